/**
 * Where analyze spends its time, one thread: `npx tsx bench/profile-analyze.ts [--count N]`.
 * Prints µs per ad for each stage of `analyzeLine` (parse, prepare, detect, output) over generated
 * demo ads, then for each extractor and detector on its own (on other ads, so that caches of
 * recent texts do not flatter either figure). A development aid; `bench/analyze.ts` is the
 * benchmark.
 */
import { parseAdLine } from '../src/analyze/input.js';
import { publishedFacts, resultLine } from '../src/analyze/output.js';
import {
  extractEmails,
  extractMessaging,
  extractPhones,
  extractPrices,
  findAges,
  findCities,
  findLanguages,
  findNationalities,
  findServiceMenu,
  listFields,
  prepareAd,
} from '../src/extract/index.js';
import { combineIndicators, detectTextIndicators } from '../src/indicators/engine.js';
import { indicators } from '../src/indicators/index.js';
import { loadScoringConfig } from '../src/indicators/scoring-config.js';
import { generateBatchAds } from '../src/sources/demo/batch.js';

const args = process.argv.slice(2);
const countArg = args.indexOf('--count');
const count = countArg >= 0 ? Number(args[countArg + 1]) : 20_000;
const linesOf = (seed: number): string[] =>
  [...generateBatchAds({ count, seed })].map((item) => JSON.stringify(item.ad));

const totals = new Map<string, number>();
function time<T>(name: string, fn: () => T): T {
  const t = process.hrtime.bigint();
  const r = fn();
  totals.set(name, (totals.get(name) ?? 0) + Number(process.hrtime.bigint() - t));
  return r;
}
function report(title: string): void {
  console.log(title);
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  for (const [name, ns] of rows) console.log(`${(ns / 1000 / count).toFixed(1).padStart(8)} µs  ${name}`);
  totals.clear();
}

const config = loadScoringConfig();
const detectors = indicators.filter((i) => i.detect);

function stages(lines: readonly string[]): void {
  for (const line of lines) {
    const parsed = time('parse', () => parseAdLine(line));
    if (!parsed.ok) continue;
    const prepared = time('prepare', () => prepareAd(parsed.ad));
    const fired = time('detect', () => detectTextIndicators(prepared, config));
    time('output', () =>
      resultLine(parsed.ad.id, combineIndicators(fired, config), null, publishedFacts(prepared.facts)),
    );
  }
}

function parts(lines: readonly string[]): void {
  for (const line of lines) {
    const parsed = parseAdLine(line);
    if (!parsed.ok) continue;
    const ad = parsed.ad;
    for (const f of listFields(ad)) {
      if (f.path !== 'title' && f.path !== 'text') continue;
      const phones = time('extract phones', () => extractPhones(f.text, 'DK'));
      time('extract ages', () => findAges(f.text, phones));
      time('extract prices', () => extractPrices([f]));
      time('extract emails', () => extractEmails(f.text));
      time('extract messaging', () => extractMessaging(f.text, 'DK'));
      time('extract nationalities', () => findNationalities(f.text));
      time('extract languages', () => findLanguages(f.text));
      time('extract cities', () => findCities(f.text));
    }
    if (typeof ad.text === 'string') time('extract services', () => findServiceMenu(ad.text!));
    const prepared = prepareAd(ad);
    // The first detector pays for the shared preparation of the text (joined fields, prefix scan).
    for (const d of detectors) time(`detect ${d.id}`, () => d.detect!(prepared));
  }
}

stages(linesOf(11));
totals.clear();
stages(linesOf(7));
report(`stages, µs per ad (${count} ads)`);
parts(linesOf(13));
totals.clear();
parts(linesOf(17));
report('extractors and detectors on their own, µs per ad');
