import type { AdFilter, AdRow, Repository, StoredIndicatorResult } from '../store/repository.js';

/** An ad with its current indicator result (null when it was never scored). */
export interface AdWithResult {
  ad: AdRow;
  result: StoredIndicatorResult | null;
}

/** The store's page cap (`maxAdLimit`): the biggest page one `listAds` call answers. */
export const walkPageSize = 500;

/**
 * Walks every ad matching a filter, one store page at a time, so an export of 100,000 ads never
 * holds more than one page in memory. Pages are read by offset: ads recorded during the walk can
 * shift a page, so an ad seen twice is skipped (an ad moved backwards may be missed; the export is
 * a snapshot of a moving store, not a transaction).
 */
export async function* walkAds(
  repo: Repository,
  filter: Omit<AdFilter, 'limit' | 'offset'>,
  options: { pageSize?: number; max?: number } = {},
): AsyncGenerator<AdWithResult[]> {
  const pageSize = Math.min(options.pageSize ?? walkPageSize, walkPageSize);
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const seen = new Set<number>();
  let yielded = 0;
  for (let offset = 0; yielded < max; offset += pageSize) {
    const { ads } = await repo.listAds({ ...filter, limit: pageSize, offset });
    const fresh = ads.filter((ad) => !seen.has(ad.id)).slice(0, max - yielded);
    for (const ad of fresh) seen.add(ad.id);
    if (fresh.length > 0) {
      // One query for the page's results, not one per ad.
      const results = await repo.latestIndicatorResults(fresh.map((ad) => ad.id));
      yield fresh.map((ad) => ({ ad, result: results.get(ad.id) ?? null }));
    }
    yielded += fresh.length;
    if (ads.length < pageSize) return;
  }
}
