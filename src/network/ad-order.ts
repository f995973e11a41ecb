/**
 * The order of ads in a network: earlier posting first (an ad without a posting time last), then
 * the smaller key. It picks a cluster's earliest ad (the seed of its id), in memory and in the
 * store alike, and orders the linked ads that evidence lists where ties leave a choice, so that
 * an incremental run gives what a full run gives.
 */
export interface OrderedAd {
  time: number | null;
  id: string;
}

/** Whether ad `a` comes before `b`. */
export function isEarlierAd(a: OrderedAd, b: OrderedAd): boolean {
  const ta = a.time ?? Infinity;
  const tb = b.time ?? Infinity;
  return ta !== tb ? ta < tb : a.id < b.id;
}

/** `isEarlierAd` as a sort comparator. */
export function compareAds(a: OrderedAd, b: OrderedAd): number {
  return isEarlierAd(a, b) ? -1 : isEarlierAd(b, a) ? 1 : 0;
}
