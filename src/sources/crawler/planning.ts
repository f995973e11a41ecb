import type { ListEntry } from '../adapter.js';

/**
 * Incremental planning: which detail pages to fetch after reading a list page. List pages are
 * always re-read; a detail page is fetched only when one of its ads is new or changed.
 */

/** Request labels of the crawl router. */
export type RequestLabel = 'LIST' | 'DETAIL' | 'REVIEW';

/**
 * Unique key of a request in the run's queue. It includes the run id so that a new run re-reads
 * every page, while a resumed run (same id, same queue) does not fetch a handled page twice.
 */
export function requestKey(runId: number, label: RequestLabel, url: string): string {
  return `${runId}:${label}:${url}`;
}

/** A detail page to fetch, with the list fingerprint of each ad listed under it. */
export interface DetailTarget {
  url: string;
  /** siteAdId → list fingerprint, stored once the ad is fully saved. */
  fingerprints: Record<string, string | null>;
}

export interface DetailPlan {
  toFetch: DetailTarget[];
  /** Entries whose detail page is not fetched because nothing changed on the list. */
  unchanged: ListEntry[];
}

/** Default rule: an entry is unchanged when its ad is stored with the same (known) fingerprint. */
export function storedUnchanged(stored: Map<string, string | null>): (entry: ListEntry) => boolean {
  return (entry) =>
    entry.fingerprint !== null &&
    stored.has(entry.siteAdId) &&
    stored.get(entry.siteAdId) === entry.fingerprint;
}

/**
 * Decides which detail pages to fetch: an entry is fetched unless `isUnchanged` says its stored
 * state matches the list (see `storedUnchanged`; group entries use `isEntryUnchanged`). A null
 * fingerprint means "unknown": always fetch. Entries sharing a detail URL become one fetch.
 */
export function planDetailFetches(
  entries: ListEntry[],
  isUnchanged: (entry: ListEntry) => boolean,
): DetailPlan {
  const byUrl = new Map<string, DetailTarget>();
  const unchanged: ListEntry[] = [];
  for (const entry of entries) {
    if (isUnchanged(entry)) {
      unchanged.push(entry);
      continue;
    }
    const target = byUrl.get(entry.url) ?? { url: entry.url, fingerprints: {} };
    target.fingerprints[entry.siteAdId] = entry.fingerprint;
    byUrl.set(entry.url, target);
  }
  // An unchanged entry on a page that is fetched anyway is saved (and counted) with that page.
  const fetched = new Set(byUrl.keys());
  const reallyUnchanged: ListEntry[] = [];
  for (const entry of unchanged) {
    const target = fetched.has(entry.url) ? byUrl.get(entry.url) : undefined;
    if (target) target.fingerprints[entry.siteAdId] = entry.fingerprint;
    else reallyUnchanged.push(entry);
  }
  return { toFetch: [...byUrl.values()], unchanged: reallyUnchanged };
}

/** Removes repeated entries (an ad listed on two list pages), keeping the first. */
export function dedupeEntries(entries: ListEntry[]): ListEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.siteAdId) ? false : (seen.add(e.siteAdId), true)));
}
