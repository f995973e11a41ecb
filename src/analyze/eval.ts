import { readFileSync } from 'node:fs';
import { prepareAll } from '../extract/index.js';
import type { BatchLinker, IndicatorKind, PreparedAd } from '../indicators/define.js';
import { combineIndicators, detectTextIndicatorsOfAll } from '../indicators/engine.js';
import { indicators } from '../indicators/index.js';
import { loadScoringConfig, type ScoringConfig } from '../indicators/scoring-config.js';
import { InputError } from '../shared/errors.js';
import type { AdInput, FiredIndicator } from '../shared/types.js';
import { parseAdLine } from './input.js';

/** Precision, recall and F1 of one indicator over a labelled corpus. */
export interface IndicatorScore {
  id: string;
  kind: IndicatorKind;
  tp: number;
  fp: number;
  fn: number;
  /** Ads labelled with the indicator. */
  support: number;
  /** Null where there is nothing to measure (it never fired; no ad is labelled with it). */
  precision: number | null;
  recall: number | null;
  /** Null only when it neither fired nor was labelled anywhere. */
  f1: number | null;
}

export interface EvalResult {
  ads: number;
  indicators: IndicatorScore[];
  /** Micro-average over the text and review indicators (the ones read from the ad itself). */
  micro: {
    tp: number;
    fp: number;
    fn: number;
    precision: number | null;
    recall: number | null;
    f1: number | null;
  };
  /** Ids of labelled ads that fired a wrong set, for tuning (ids only, no text). */
  mismatches: { id: string; missed: string[]; extra: string[] }[];
}

export interface EvalOptions {
  /** Also evaluates cross-ad indicators, linked within the corpus. */
  linker?: BatchLinker;
  config?: ScoringConfig;
}

/**
 * Precision, recall and F1 from counts. An undefined ratio is null, not 1: an indicator that no
 * ad is labelled with and that never fired was not measured, and must not look perfect. F1 is
 * 2tp / (2tp + fp + fn), the harmonic mean where both are defined and 0 when either is 0.
 */
function scoresOf(
  tp: number,
  fp: number,
  fn: number,
): { precision: number | null; recall: number | null; f1: number | null } {
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

function readJsonLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch (cause) {
        throw new InputError(`${file}: line ${i + 1} is not valid JSON`, { cause });
      }
    });
}

/**
 * Runs the detectors over a labelled corpus (`ads.jsonl` + `labels.jsonl` with
 * `{ id, indicators: string[] }` per ad) and scores each indicator. Cross-ad indicators are scored
 * only when a linker is given.
 */
export function evaluateIndicators(
  adsPath: string,
  labelsPath: string,
  options: EvalOptions = {},
): EvalResult {
  const config = options.config ?? loadScoringConfig();
  const labels = new Map<string, Set<string>>();
  for (const row of readJsonLines(labelsPath)) {
    const r = row as { id?: unknown; indicators?: unknown };
    if (typeof r.id === 'string' && Array.isArray(r.indicators))
      labels.set(r.id, new Set(r.indicators.map(String)));
  }
  const ads: AdInput[] = [];
  for (const line of readFileSync(adsPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseAdLine(line);
    if (parsed.ok) ads.push(parsed.ad);
  }

  const prepared: PreparedAd[] = prepareAll(ads);
  const textFired = detectTextIndicatorsOfAll(prepared, config);
  const { linker } = options;
  if (linker) {
    for (const p of prepared) linker.add(p);
    linker.finish();
  }

  const evaluated = indicators.filter(
    (d) =>
      ((d.kind === 'text' || d.kind === 'review') && d.detect) ||
      (linker !== undefined && d.kind === 'cross-ad'),
  );
  const counts = new Map(evaluated.map((d) => [d.id, { tp: 0, fp: 0, fn: 0 }]));
  const mismatches: EvalResult['mismatches'] = [];

  ads.forEach((ad, i) => {
    const want = labels.get(ad.id);
    if (!want) return;
    const crossAd: FiredIndicator[] = linker ? linker.resultFor(ad.id).indicators : [];
    const fired = new Set(
      combineIndicators([...textFired[i]!, ...crossAd], config).indicators.map((f) => f.id),
    );
    const missed: string[] = [];
    const extra: string[] = [];
    for (const [id, c] of counts) {
      const got = fired.has(id);
      const expected = want.has(id);
      if (got && expected) c.tp += 1;
      else if (got) {
        c.fp += 1;
        extra.push(id);
      } else if (expected) {
        c.fn += 1;
        missed.push(id);
      }
    }
    if (missed.length > 0 || extra.length > 0) mismatches.push({ id: ad.id, missed, extra });
  });

  const scores: IndicatorScore[] = evaluated.map((d) => {
    const c = counts.get(d.id)!;
    return { id: d.id, kind: d.kind, ...c, support: c.tp + c.fn, ...scoresOf(c.tp, c.fp, c.fn) };
  });
  const own = scores.filter((s) => s.kind === 'text' || s.kind === 'review');
  const tp = own.reduce((n, s) => n + s.tp, 0);
  const fp = own.reduce((n, s) => n + s.fp, 0);
  const fn = own.reduce((n, s) => n + s.fn, 0);
  return {
    ads: ads.length,
    indicators: scores,
    micro: { tp, fp, fn, ...scoresOf(tp, fp, fn) },
    mismatches,
  };
}

/** A plain-text table of an evaluation, for `npm run eval`. */
export function formatEvalTable(result: EvalResult): string {
  const header = ['indicator', 'kind', 'support', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];
  const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
  const rows = result.indicators.map((s) => [
    s.id,
    s.kind,
    String(s.support),
    String(s.tp),
    String(s.fp),
    String(s.fn),
    fmt(s.precision),
    fmt(s.recall),
    fmt(s.f1),
  ]);
  const m = result.micro;
  rows.push([
    'micro (text + review)',
    '',
    String(m.tp + m.fn),
    String(m.tp),
    String(m.fp),
    String(m.fn),
    fmt(m.precision),
    fmt(m.recall),
    fmt(m.f1),
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, col) => (col < 2 ? c.padEnd(widths[col]!) : c.padStart(widths[col]!))).join('  ');
  return [`${result.ads} ads`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join(
    '\n',
  );
}
