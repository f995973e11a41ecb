import type { Level } from '../shared/types.js';

/**
 * Indicators and levels measured against what workers found on contact or visit (the case
 * outcome): how often an ad that shows an indicator turned out to be a concern, compared with how
 * often any ad did. Pure; the store reads the samples (`listOutcomeSamples`).
 *
 * Only `concern` and `no-concern` outcomes are evidence; `not-reached` says nothing about the ad
 * and is counted apart, as are ads with an outcome but no stored result. With fewer than
 * `minOutcomes` evaluated ads the figures are flagged: they describe a handful of cases, not the
 * indicators.
 */

/** Below this many evaluated ads (concern + no-concern) the figures are not evidence. */
export const minOutcomes = 20;

/** One ad with a recorded outcome, as the evaluation reads it (see `OutcomeSample` in the store). */
export interface OutcomeInput {
  outcome: 'concern' | 'no-concern' | 'not-reached';
  /** Indicator ids of the ad's current stored result; null when it was never scored. */
  indicators: readonly string[] | null;
  score: number | null;
  level: Level | null;
}

/**
 * How one rule (an indicator firing, or a level at or above a threshold) splits the evaluated ads.
 * Rates are null where their denominator is 0.
 */
export interface OutcomeRates {
  firedConcern: number;
  firedNoConcern: number;
  notFiredConcern: number;
  notFiredNoConcern: number;
  /** Share of the ads where it fired that had concern. */
  precision: number | null;
  /** Share of the concern ads where it fired. */
  recall: number | null;
  /** Precision over the base rate: 1 = no better than picking ads at random. */
  lift: number | null;
}

export interface OutcomeEvaluation {
  /** Ads with concern or no-concern and a stored result: the ones measured. */
  evaluated: number;
  concern: number;
  noConcern: number;
  /** Ads whose outcome is `not-reached`: excluded. */
  notReached: number;
  /** Ads with concern or no-concern but no stored result: excluded. */
  unscored: number;
  /** Share of the evaluated ads with concern; null when none was evaluated. */
  baseRate: number | null;
  /** Fewer than `minOutcomes` evaluated ads: the figures prove nothing either way. */
  fewOutcomes: boolean;
  minOutcomes: number;
  indicators: (OutcomeRates & { id: string })[];
  levels: (OutcomeRates & { threshold: LevelThreshold })[];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The four counts and the rates of one rule over the evaluated ads. */
function ratesOf<A extends { concern: boolean }>(
  ads: readonly A[],
  fires: (ad: A) => boolean,
  baseRate: number | null,
): OutcomeRates {
  let firedConcern = 0;
  let firedNoConcern = 0;
  let notFiredConcern = 0;
  let notFiredNoConcern = 0;
  for (const ad of ads) {
    if (fires(ad)) {
      if (ad.concern) firedConcern++;
      else firedNoConcern++;
    } else if (ad.concern) notFiredConcern++;
    else notFiredNoConcern++;
  }
  const precision = ratio(firedConcern, firedConcern + firedNoConcern);
  return {
    firedConcern,
    firedNoConcern,
    notFiredConcern,
    notFiredNoConcern,
    precision,
    recall: ratio(firedConcern, firedConcern + notFiredConcern),
    lift: precision === null || baseRate === null || baseRate === 0 ? null : precision / baseRate,
  };
}

/** The levels as thresholds: red alone, or red and yellow together. */
export const levelThresholds = ['red', 'red-yellow'] as const;
export type LevelThreshold = (typeof levelThresholds)[number];

const thresholds: Record<LevelThreshold, readonly Level[]> = {
  red: ['red'],
  'red-yellow': ['red', 'yellow'],
};

/**
 * Counts and rates per indicator and per level threshold. `indicatorIds` lists the indicators to
 * report in that order (the catalogue, so one that never fired shows too); an indicator fired on
 * an evaluated ad but not listed is added after them, by id.
 */
export function evaluateOutcomes(
  samples: readonly OutcomeInput[],
  indicatorIds: readonly string[] = [],
): OutcomeEvaluation {
  let notReached = 0;
  let unscored = 0;
  const ads: { concern: boolean; fired: ReadonlySet<string>; level: Level | null }[] = [];
  for (const s of samples) {
    if (s.outcome === 'not-reached') notReached++;
    else if (s.indicators === null) unscored++;
    else ads.push({ concern: s.outcome === 'concern', fired: new Set(s.indicators), level: s.level });
  }
  const concern = ads.filter((a) => a.concern).length;
  const baseRate = ratio(concern, ads.length);

  const listed = new Set(indicatorIds);
  const extra = new Set<string>();
  for (const a of ads) for (const id of a.fired) if (!listed.has(id)) extra.add(id);
  const ids = [...new Set(indicatorIds), ...[...extra].sort()];

  return {
    evaluated: ads.length,
    concern,
    noConcern: ads.length - concern,
    notReached,
    unscored,
    baseRate,
    fewOutcomes: ads.length < minOutcomes,
    minOutcomes,
    indicators: ids.map((id) => ({ id, ...ratesOf(ads, (a) => a.fired.has(id), baseRate) })),
    levels: levelThresholds.map((threshold) => ({
      threshold,
      ...ratesOf(ads, (a) => a.level !== null && thresholds[threshold].includes(a.level), baseRate),
    })),
  };
}
