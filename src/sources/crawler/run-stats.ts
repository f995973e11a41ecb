import type { CrawlRunStats } from '../../store/repository.js';
import type { AdChange } from '../../store/repository.js';
import { evaluateHealth } from './health.js';

/** Maximum error samples kept per run. */
export const maxErrorSamples = 20;

/** Counters of a run; serialisable so a resumed run continues the counts of the crashed one. */
export interface RunCounters {
  pages: number;
  listPages: number;
  detailPages: number;
  reviewPages: number;
  newAds: number;
  changedAds: number;
  unchangedAds: number;
  /** Listed entries plus parsed ads, for the health rule. */
  adsSeen: number;
  errors: number;
  /** Attempts that failed and were tried again. */
  retries: number;
  pagesMissingFields: number;
  skippedByRobots: number;
  oversizedPages: number;
  malformedPages: number;
  photoErrors: number;
  photosStored: number;
  errorSamples: { url: string; message: string }[];
}

export function emptyCounters(): RunCounters {
  return {
    pages: 0,
    listPages: 0,
    detailPages: 0,
    reviewPages: 0,
    newAds: 0,
    changedAds: 0,
    unchangedAds: 0,
    adsSeen: 0,
    errors: 0,
    retries: 0,
    pagesMissingFields: 0,
    skippedByRobots: 0,
    oversizedPages: 0,
    malformedPages: 0,
    photoErrors: 0,
    photosStored: 0,
    errorSamples: [],
  };
}

/** Counts one recordAd outcome. A returned ad is a change of status, counted as changed. */
export function countChange(counters: RunCounters, change: AdChange): void {
  if (change === 'new') counters.newAds++;
  else if (change === 'unchanged') counters.unchangedAds++;
  else counters.changedAds++;
}

/** Counts an error and keeps the first few as samples (URL and message, never page content). */
export function countError(counters: RunCounters, url: string, message: string): void {
  counters.errors++;
  if (counters.errorSamples.length < maxErrorSamples) counters.errorSamples.push({ url, message });
}

/** Final stats of a run, with the health verdict. */
export function toRunStats(
  counters: RunCounters,
  extra: { goneAds: number; failedListPages: number; robotsProblem?: string | null },
): CrawlRunStats {
  const health = evaluateHealth({
    adsSeen: counters.adsSeen,
    detailPages: counters.detailPages,
    pagesMissingFields: counters.pagesMissingFields,
    failedListPages: extra.failedListPages,
    robotsProblem: extra.robotsProblem ?? null,
  });
  return {
    pages: counters.pages,
    newAds: counters.newAds,
    changedAds: counters.changedAds,
    unchangedAds: counters.unchangedAds,
    goneAds: extra.goneAds,
    errors: counters.errors,
    pagesMissingFields: counters.pagesMissingFields,
    detailPages: counters.detailPages,
    healthy: health.healthy,
    healthReasons: health.reasons,
    errorSamples: counters.errorSamples,
  };
}
