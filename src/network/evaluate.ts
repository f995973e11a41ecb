import { readFileSync } from 'node:fs';
import { prepareAd } from '../extract/index.js';
import type { PreparedAd } from '../indicators/define.js';
import { InputError } from '../shared/errors.js';
import type { AdInput } from '../shared/types.js';
import { createBatchLinker } from './batch-linker.js';
import type { NetworkOptions } from './options.js';

/** The four cross-ad indicator ids. */
export const crossAdIndicatorIds = [
  'shared-contact',
  'copied-text',
  'reused-images',
  'multi-city-movement',
] as const;

export interface IndicatorScore {
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Pairwise cluster agreement: pairs of ads together in the labels vs together in the output. */
export interface PairScore {
  truePairs: number;
  predictedPairs: number;
  precision: number;
  recall: number;
}

export interface NetworkEvaluation {
  ads: number;
  indicators: Record<string, IndicatorScore>;
  clusters: PairScore;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function pairCount(groups: Map<string, number>): number {
  let n = 0;
  for (const size of groups.values()) n += (size * (size - 1)) / 2;
  return n;
}

/** Pairwise precision and recall of predicted clusters against true ones (null = unlinked). */
export function scorePairs(truth: (string | null)[], predicted: (string | null)[]): PairScore {
  const count = (xs: (string | null)[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of xs) if (x !== null) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const both = truth.map((t, i) => (t !== null && predicted[i] != null ? `${t}\u0000${predicted[i]}` : null));
  const agree = pairCount(count(both));
  const truePairs = pairCount(count(truth));
  const predictedPairs = pairCount(count(predicted));
  return {
    truePairs,
    predictedPairs,
    precision: ratio(agree, predictedPairs),
    recall: ratio(agree, truePairs),
  };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      try {
        return JSON.parse(l) as T;
      } catch (cause) {
        throw new InputError(`${path}:${n + 1} is not JSON`, { cause });
      }
    });
}

/**
 * Runs the cross-ad analysis over a labelled corpus (`ads-labelled.jsonl` and its labels file)
 * and scores the four cross-ad indicators and the clusters. `prepare` defaults to `extract/`'s
 * `prepareAd`, so the score covers the whole chain the analysis runs.
 */
export function evaluateNetwork(
  adsPath: string,
  labelsPath: string,
  options: { prepare?: (ad: AdInput) => PreparedAd; network?: Partial<NetworkOptions> } = {},
): NetworkEvaluation {
  const prepare = options.prepare ?? prepareAd;
  const ads = readJsonl<AdInput>(adsPath);
  const labels = new Map(
    readJsonl<{ id: string; indicators: string[]; cluster: string | null }>(labelsPath).map((l) => [l.id, l]),
  );
  const linker = createBatchLinker(options.network);
  for (const ad of ads) linker.add(prepare(ad));
  linker.finish();

  const indicators: Record<string, IndicatorScore> = {};
  for (const id of crossAdIndicatorIds)
    indicators[id] = { support: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
  const truth: (string | null)[] = [];
  const predicted: (string | null)[] = [];
  for (const ad of ads) {
    const label = labels.get(ad.id);
    if (!label) throw new InputError(`no label for ad ${ad.id}`);
    const result = linker.resultFor(ad.id);
    truth.push(label.cluster);
    predicted.push(result.cluster);
    const fired = new Set(result.indicators.map((i) => i.id));
    for (const id of crossAdIndicatorIds) {
      const s = indicators[id]!;
      const expected = label.indicators.includes(id);
      if (expected) s.support++;
      if (expected && fired.has(id)) s.tp++;
      else if (fired.has(id)) s.fp++;
      else if (expected) s.fn++;
    }
  }
  for (const s of Object.values(indicators)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  }
  return { ads: ads.length, indicators, clusters: scorePairs(truth, predicted) };
}
