import type { AdRow } from './repository.js';

/** Kinds of indexed facts of an ad that the list filters on (see `ad_facets`). */
export type FacetKind = 'indicator' | 'nationality' | 'language' | 'phone';

/** Counts per level; `none` = not scored yet. */
export interface LevelCounts {
  red: number;
  yellow: number;
  green: number;
  none: number;
  total: number;
}

/** A group of the Today page (a city or a site) with its counts. `key` null = unknown city. */
export interface TodayGroup {
  key: string | null;
  red: number;
  yellow: number;
  total: number;
}

export interface TodayQuery {
  /** Changes after this instant count (exclusive). */
  since: string;
  /** …up to this instant (inclusive), so a page and its "mark as seen" agree. */
  until: string;
  /** Most ads returned (the counts cover all). */
  limit: number;
}

export interface TodayResult {
  total: number;
  counts: { red: number; yellow: number; new: number; changed: number };
  byCity: TodayGroup[];
  bySite: TodayGroup[];
  /** Red first, then by score; each says whether the ad is new or changed since the mark. */
  ads: { ad: AdRow; change: 'new' | 'changed' }[];
}

export interface StatsQuery {
  /** First-seen day series starts here (ISO). */
  from: string;
  /** Longest group lists (cities, nationalities). */
  top: number;
}

export interface AdStatistics {
  /** New ads per first-seen day (UTC), by level. */
  byDay: (LevelCounts & { day: string })[];
  /** Active ads by city, nationality and site, by level; largest first. */
  byCity: (LevelCounts & { key: string | null })[];
  byNationality: (LevelCounts & { key: string })[];
  bySite: (LevelCounts & { key: string })[];
}

/** Repository methods for triage: Today marks and groups, statistics, facet values for filters. */
export interface TriageStore {
  /** The worker's "seen until" mark of the Today page, or null before her first mark. */
  getTodayMark(userId: number): Promise<string | null>;
  setTodayMark(userId: number, at: string): Promise<void>;
  /**
   * First-seen time of the oldest new or changed version of an active ad that the scoring has not
   * reached yet (null when none): such an ad has no level or its old one, so it is not on Today.
   */
  oldestUnscoredChange(): Promise<string | null>;
  /** New and changed active red and yellow ads in (since, until], grouped and counted. */
  listToday(query: TodayQuery): Promise<TodayResult>;
  adStatistics(query: StatsQuery): Promise<AdStatistics>;
  /** Values of one facet kind among active ads, most frequent first (filter choices). */
  listFacetValues(kind: FacetKind): Promise<{ value: string; count: number }[]>;
}
