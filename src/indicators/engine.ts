import { detailsOf } from '../extract/index.js';
import { AD_BATCH } from '../shared/ad-batch.js';
import type { FiredIndicator, Level } from '../shared/types.js';
import type { IndicatorDefinition, PreparedAd } from './define.js';
import { getIndicator, indicators } from './index.js';
import type { ScoringConfig } from './scoring-config.js';

/** An ad's score under one scoring configuration. */
export interface ScoredAd {
  score: number;
  level: Level;
  /** Fired indicators only, each at most once, weighted by the configuration. */
  indicators: FiredIndicator[];
}

/** Flags decided outside the text detectors. */
export interface ExtraIndicators {
  /** From the batch linker or network analysis (shared-contact, copied-text...). */
  crossAd?: FiredIndicator[];
  /** Set by people or image models (x-factor, appears-young...). */
  manual?: FiredIndicator[];
}

/** The detectors that read the ad itself, computed once. */
const detectors: readonly IndicatorDefinition[] = indicators.filter(
  (i) => (i.kind === 'text' || i.kind === 'review') && i.detect !== undefined,
);

/** Level of a score: red at `thresholds.red` or more, yellow at `thresholds.yellow` or more, else green. */
export function levelFor(score: number, config: Pick<ScoringConfig, 'thresholds'>): Level {
  if (score >= config.thresholds.red) return 'red';
  if (score >= config.thresholds.yellow) return 'yellow';
  return 'green';
}

/** Weight of an indicator under the configuration; falls back to the catalogue default. */
export function weightFor(id: string, config: ScoringConfig, fallback = 1): number {
  return config.weights[id] ?? getIndicator(id)?.defaultWeight ?? fallback;
}

/** Runs the enabled text and review detectors; weights come from the configuration. */
export function detectTextIndicators(prepared: PreparedAd, config: ScoringConfig): FiredIndicator[] {
  const detection = detectTextIndicatorsBatch([prepared], config)[0]!;
  if ('error' in detection) throw detection.error;
  return detection.fired;
}

/** What detection gave one ad of a batch: its flags, or what a detector threw on it. */
export type Detection = { fired: FiredIndicator[] } | { error: unknown };

/**
 * `detectTextIndicators` over a batch of ads, one detector over every ad before the next (see
 * shared/ad-batch.ts for why): the same flags in the same order. An error fails its ad only.
 */
export function detectTextIndicatorsBatch(
  prepared: readonly PreparedAd[],
  config: ScoringConfig,
): Detection[] {
  const out: Detection[] = [];
  const fired: FiredIndicator[][] = [];
  // Whether the detectors still read the ad: not after an error, nor for a post that is no offer.
  const live: boolean[] = [];
  for (const ad of prepared) {
    const flags: FiredIndicator[] = [];
    fired.push(flags);
    out.push({ fired: flags });
    try {
      // A client's post or a support service's describes someone else: nothing in it is about a
      // person who sells sex (see AdKind).
      live.push(detailsOf(ad).kind === 'offer');
    } catch (error) {
      live.push(false);
      out[out.length - 1] = { error };
    }
  }
  for (const def of detectors) {
    if (!config.enabled.has(def.id) || !def.detect) continue;
    const weight = weightFor(def.id, config, def.defaultWeight);
    for (let i = 0; i < prepared.length; i += 1) {
      if (!live[i]) continue;
      try {
        const evidence = def.detect(prepared[i]!);
        if (evidence.length > 0) fired[i]!.push({ id: def.id, weight, evidence });
      } catch (error) {
        live[i] = false;
        out[i] = { error };
      }
    }
  }
  return out;
}

/**
 * `detectTextIndicators` for many ads, `AD_BATCH` at a time (see shared/ad-batch.ts), for callers
 * that score a stored page or a labelled set: the flags of each ad in order; throws the first error.
 */
export function detectTextIndicatorsOfAll(
  prepared: readonly PreparedAd[],
  config: ScoringConfig,
): FiredIndicator[][] {
  const fired: FiredIndicator[][] = [];
  for (let from = 0; from < prepared.length; from += AD_BATCH)
    for (const detection of detectTextIndicatorsBatch(prepared.slice(from, from + AD_BATCH), config)) {
      if ('error' in detection) throw detection.error;
      fired.push(detection.fired);
    }
  return fired;
}

/**
 * Combines flags from any source into a score: drops disabled indicators, lets each indicator fire
 * once (evidence of repeated flags is merged), re-weights from the configuration and sums.
 * Used again when a configuration changes, without re-running detectors.
 */
export function combineIndicators(fired: readonly FiredIndicator[], config: ScoringConfig): ScoredAd {
  const byId = new Map<string, FiredIndicator>();
  for (const flag of fired) {
    if (!config.enabled.has(flag.id) || flag.evidence.length === 0) continue;
    const seen = byId.get(flag.id);
    if (seen) seen.evidence.push(...flag.evidence);
    else
      byId.set(flag.id, {
        id: flag.id,
        weight: weightFor(flag.id, config, flag.weight),
        evidence: [...flag.evidence],
      });
  }
  const list = [...byId.values()];
  const score = list.reduce((sum, f) => sum + f.weight, 0);
  return { score, level: levelFor(score, config), indicators: list };
}

/**
 * Scores one ad: enabled text/review detectors, plus cross-ad and manual/image flags
 * (x-factor counts like any indicator). An indicator fires at most once.
 */
export function scoreAd(prepared: PreparedAd, config: ScoringConfig, extra: ExtraIndicators = {}): ScoredAd {
  return combineIndicators(
    [...detectTextIndicators(prepared, config), ...(extra.crossAd ?? []), ...(extra.manual ?? [])],
    config,
  );
}
