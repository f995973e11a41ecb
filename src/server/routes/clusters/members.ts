import type { AdRow, Repository, StoredIndicatorResult } from '../../../store/repository.js';

/** Most ads a cluster or search answer lists. */
export const maxAds = 500;

export interface ClusterMember {
  ad: AdRow;
  result: StoredIndicatorResult;
}

/**
 * The given ads with their current results, first seen first. Ads without a result yet (linked
 * moments ago, scored on the next step) are left out.
 */
export async function loadMembers(repo: Repository, adIds: readonly number[]): Promise<ClusterMember[]> {
  const results = await repo.latestIndicatorResults(adIds);
  const members: ClusterMember[] = [];
  for (const adId of adIds) {
    const result = results.get(adId);
    const ad = result ? await repo.getAd(adId) : null;
    if (ad && result) members.push({ ad, result });
  }
  return members.sort(
    (a, b) => a.ad.firstSeen.localeCompare(b.ad.firstSeen) || a.ad.key.localeCompare(b.ad.key),
  );
}
