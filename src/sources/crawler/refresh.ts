/**
 * When an unchanged ad is read again (see `Politeness.refreshDays`). A list entry says nothing of
 * client reviews posted since the ad was read, so each ad's detail page, which leads to its
 * reviews, is read again after `refreshDays` to twice that: spread by a hash of its id, so that the
 * ads of a site read in one first crawl come due over several days, not on one.
 */
export function isDueForRefresh(siteAdId: string, readAt: string, now: Date, refreshDays: number): boolean {
  if (!(refreshDays > 0)) return false;
  const read = Date.parse(readAt);
  // A time that does not parse is no reason to wait.
  if (!Number.isFinite(read)) return true;
  const wait = refreshDays * (1 + spread(siteAdId)) * 86_400_000;
  return now.getTime() - read >= wait;
}

/** A fraction in [0, 1) fixed by the id (FNV-1a). */
function spread(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}
