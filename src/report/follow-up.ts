import { caseStatuses, type CaseStatus } from '../store/casework-store.js';
import type { AdFilter, Repository } from '../store/repository.js';
import { walkPageSize } from './ad-walk.js';

/**
 * The follow-up status of every ad that has a case, read once before an export: one filtered
 * list walk per status other than `new` (the store has no batch read of cases, and reading the
 * case of each exported ad took about 1 ms per ad). Ads with a case are the few a team works on,
 * so the map stays small; an ad missing from it is `new`.
 */
export async function followUpStatuses(
  repo: Repository,
  filter: Omit<AdFilter, 'limit' | 'offset' | 'followUp'>,
): Promise<Map<number, CaseStatus>> {
  const statuses = new Map<number, CaseStatus>();
  for (const followUp of caseStatuses) {
    if (followUp === 'new') continue;
    for (let offset = 0; ; offset += walkPageSize) {
      const { ads } = await repo.listAds({ ...filter, followUp, limit: walkPageSize, offset });
      for (const ad of ads) statuses.set(ad.id, followUp);
      if (ads.length < walkPageSize) break;
    }
  }
  return statuses;
}
