import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import { detectTextIndicators } from '../indicators/engine.js';
import { getIndicator } from '../indicators/index.js';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { parseAdLine } from './input.js';

/**
 * Floors on the probe sets of test/probes (see its README): sets of unseen ads, each written and
 * labelled from the catalogue without the code, measured once, then used to fix the detectors.
 * They are development sets now; these floors keep what was fixed from breaking again. Per set:
 * micro F1 of the text and review indicators (low-price is left out: it needs a site's medians)
 * and how many ads get their phones, hourly price, age, origins and languages exactly right.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const probesDir = path.join(repoRoot, 'test', 'probes');
const sets = existsSync(probesDir)
  ? readdirSync(probesDir).filter((name) => existsSync(path.join(probesDir, name, 'labels.jsonl')))
  : [];

// Age is lower: p58 labels a duo's or couple's lowest age where the code, like the other sets'
// labels, gives none (two ages are no one person's age).
const FLOORS = { microF1: 0.95, phones: 0.97, price: 0.95, age: 0.8, origins: 0.85, languages: 0.85 };

/**
 * Lower floors for a set whose labels part from a rule the project keeps (test/probes/README.md,
 * "Labels not followed"). p101 labels agencies' recruiting posts and workers' posts seeking a flat
 * as no offers, with no indicators; the project reads both as offers (7 ads, F1 0.947).
 */
const SET_FLOORS: Record<string, Partial<typeof FLOORS>> = {
  p101: { microF1: 0.94 },
  // p156 is mostly hard negatives (41 labelled flags): its misses left are UNSURE labels and kept
  // rules ("kun dansk, ingen engelsk", a duo, a desk that books), 5 flags (F1 0.938).
  p156: { microF1: 0.93 },
  // p159 lists no DK for women who state they are Danish (9 ads) nor region codes (see the README).
  p159: { origins: 0.75 },
};

interface Label {
  id: string;
  indicators: string[];
  phones: string[];
  hourly_price_dkk: number | null;
}
interface Facts {
  id: string;
  age: number | null;
  nationalities: string[];
  languages: string[];
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

function measure(set: string) {
  const dir = path.join(probesDir, set);
  const labels = new Map(jsonLines<Label>(path.join(dir, 'labels.jsonl')).map((l) => [l.id, l]));
  const facts = new Map(jsonLines<Facts>(path.join(dir, 'facts.jsonl')).map((f) => [f.id, f]));
  const config = loadScoringConfig();
  const counted = (id: string): boolean => {
    const kind = getIndicator(id)?.kind;
    return id !== 'low-price' && (kind === 'text' || kind === 'review');
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const right = { phones: 0, price: 0, age: 0, origins: 0, languages: 0 };
  const misses: string[] = [];
  let ads = 0;
  for (const line of readFileSync(path.join(dir, 'ads.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseAdLine(line);
    if (!parsed.ok) throw new Error(`${set}: ${parsed.message}`);
    const label = labels.get(parsed.ad.id)!;
    const fact = facts.get(parsed.ad.id)!;
    const prepared = prepareAd(parsed.ad);
    const fired = new Set(detectTextIndicators(prepared, config).map((f) => f.id));
    const wanted = new Set(label.indicators.filter(counted));
    for (const id of fired) {
      if (!counted(id)) continue;
      if (wanted.has(id)) tp += 1;
      else fp += 1;
    }
    for (const id of wanted) if (!fired.has(id)) fn += 1;
    const got = [...fired].filter(counted);
    if (!sameSet(got, [...wanted]))
      misses.push(`${label.id}: fired ${got.join(',')} labelled ${[...wanted].join(',')}`);
    const f = prepared.facts;
    ads += 1;
    if (sameSet(f.phones, label.phones)) right.phones += 1;
    if (f.hourly_price_dkk === label.hourly_price_dkk) right.price += 1;
    if (f.age === fact.age) right.age += 1;
    if (sameSet(f.nationalities, fact.nationalities)) right.origins += 1;
    if (sameSet(f.languages, fact.languages)) right.languages += 1;
  }
  const microF1 = (2 * tp) / (2 * tp + fp + fn);
  const share = Object.fromEntries(Object.entries(right).map(([k, v]) => [k, v / ads])) as typeof right;
  return { microF1, ...share, misses };
}

describe.skipIf(sets.length === 0)('probe sets of test/probes', () => {
  it.each(sets)('%s holds its floors', (set) => {
    const { misses, ...figures } = measure(set);
    const below = Object.entries({ ...FLOORS, ...SET_FLOORS[set] })
      .filter(([key, floor]) => figures[key as keyof typeof FLOORS] < floor)
      .map(([key, floor]) => `${key} ${figures[key as keyof typeof FLOORS].toFixed(3)} < ${floor}`);
    expect(below, misses.join('\n')).toEqual([]);
  });
});
