import type { AdRow, Repository, StoredIndicatorResult } from '../../../store/repository.js';

/** Most ads a cluster or search answer lists. */
export const maxAds = 500;
const pageSize = 200;

export interface ScannedAd {
  ad: AdRow;
  result: StoredIndicatorResult;
}

/**
 * Walks every stored ad (active and gone) with its current indicator result and
 * keeps those that match, up to `maxAds`. A linear scan: fine at today's size; a store index on
 * cluster and contacts replaces it later.
 */
export async function scanAds(
  repo: Repository,
  match: (ad: AdRow, result: StoredIndicatorResult) => boolean,
): Promise<{ found: ScannedAd[]; truncated: boolean }> {
  const found: ScannedAd[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const { ads } = await repo.listAds({ status: 'all', sort: 'firstSeen', limit: pageSize, offset });
    for (const ad of ads) {
      const result = await repo.getIndicatorResult(ad.id);
      if (!result || !match(ad, result)) continue;
      if (found.length >= maxAds) return { found: byFirstSeen(found), truncated: true };
      found.push({ ad, result });
    }
    if (ads.length < pageSize) return { found: byFirstSeen(found), truncated: false };
  }
}

function byFirstSeen(found: ScannedAd[]): ScannedAd[] {
  return found.sort(
    (a, b) => a.ad.firstSeen.localeCompare(b.ad.firstSeen) || a.ad.key.localeCompare(b.ad.key),
  );
}
