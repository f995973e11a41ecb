import type { DetailPageResult, ListEntry, Politeness, ScrapedAd, SiteAdapter } from '../adapter.js';
import type { AdInput } from '../../shared/types.js';
import type { AdChange, AdSnapshot, Repository } from '../../store/repository.js';
import { CrawlError, InputError, errorMessage } from '../../shared/errors.js';
import { scrubText } from '../../shared/scrub.js';
import { GroupIndex, isEntryUnchanged } from './groups.js';
import { isEmptyValue, missingRequiredFields } from './health.js';
import { dedupeEntries, planDetailFetches, type DetailTarget, type RequestLabel } from './planning.js';
import { fetchAndStorePhoto, type PhotoFetchOptions } from './photos.js';
import type { RateGate } from './politeness.js';
import type { RobotsRules } from './robots.js';
import { countChange, countError } from './run-stats.js';
import type { RunState } from './run-state.js';
import { isDueForRefresh } from './refresh.js';

/**
 * Page handlers of the crawl router (LIST, DETAIL, REVIEW). They parse with the adapter's pure
 * parsers, write to the repository and say which requests come next; Crawlee does the fetching.
 */

/** The part of the repository the crawler uses. */
export type CrawlerRepository = Pick<
  Repository,
  | 'upsertSite'
  | 'startOrResumeRun'
  | 'finishRun'
  | 'recordListed'
  | 'getFingerprints'
  | 'setFingerprint'
  | 'getDetailsReadAt'
  | 'markUnlistedGone'
  | 'touchListed'
  | 'recordAd'
  | 'savePhoto'
  | 'hasPhoto'
  | 'knownPhotoUrls'
  | 'rememberPhotoUrl'
  | 'saveReviews'
  | 'getAdByKey'
>;

/** A request the handlers want queued. */
export interface NextRequest {
  label: RequestLabel;
  url: string;
  userData: Record<string, unknown>;
}

/** userData of a DETAIL request. */
export interface DetailData {
  fingerprints: Record<string, string | null>;
}

/** userData of a REVIEW request. */
export interface ReviewData {
  adId: number;
  siteAdId: string;
}

/** Everything a handler needs about the site being crawled. */
export interface SiteCrawl {
  adapter: SiteAdapter;
  repo: CrawlerRepository;
  runId: number;
  politeness: Politeness;
  userAgent: string;
  robots: RobotsRules;
  gate: RateGate;
  state: RunState;
  groups: GroupIndex;
  now: () => Date;
  /** Queues requests (the orchestrator adds them to the run's request queue). */
  enqueue(requests: NextRequest[]): Promise<void>;
  onAdStored?: (adId: number, change: AdChange) => Promise<void> | void;
}

/** Fields of a scraped ad that make up a stored version. */
const snapshotFields = [
  'url',
  'posted_at',
  'title',
  'text',
  'name',
  'age',
  'city',
  'country',
  'phones',
  'emails',
  'profile_id',
  'nationality',
  'languages',
  'services',
  'prices',
  'hours',
  'clinic',
  'address',
] as const satisfies readonly (keyof AdSnapshot)[];

/** The stored version of a scraped ad: its AdInput fields (no id/site/images/reviews) plus photo hashes. */
export function toSnapshot(ad: ScrapedAd, photoHashes: string[]): AdSnapshot {
  const snapshot: Record<string, unknown> = {};
  for (const field of snapshotFields) {
    const value = ad[field];
    if (value !== undefined) snapshot[field] = value;
  }
  return { ...(snapshot as Omit<AdSnapshot, 'photoHashes'>), photoHashes };
}

/** Runs an adapter parser; a throw means a malformed page (reported, skipped, not retried). */
export function parseOrReport<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (cause) {
    throw new InputError(`malformed ${what}: ${scrubText(errorMessage(cause))}`, { cause });
  }
}

/** Splits URLs into allowed ones and counts those robots.txt disallows. */
function allowedByRobots(crawl: SiteCrawl, urls: string[]): string[] {
  const allowed = urls.filter((u) => crawl.robots.isAllowed(u));
  crawl.state.counters.skippedByRobots += urls.length - allowed.length;
  return allowed;
}

/** LIST: records the listed ads, plans detail fetches, queues pagination and detail pages. */
export async function handleListPage(crawl: SiteCrawl, url: string, html: string): Promise<void> {
  const { adapter, repo, state, runId } = crawl;
  const result = parseOrReport('list page', () => adapter.parseListPage(html, url));
  const entries: ListEntry[] = dedupeEntries(result.entries);
  const ids = entries.map((e) => e.siteAdId);
  const members = entries.flatMap((e) => crawl.groups.get(e.siteAdId)?.members ?? []);
  const stored = await repo.getFingerprints(adapter.id, [...ids, ...members]);
  // Ads read long enough ago are read again, with their reviews: as if their entry had changed.
  const { refreshDays } = crawl.politeness;
  if (refreshDays > 0) {
    const now = crawl.now();
    for (const [siteAdId, readAt] of await repo.getDetailsReadAt(adapter.id, [...stored.keys()]))
      if (isDueForRefresh(siteAdId, readAt, now, refreshDays)) stored.set(siteAdId, null);
  }
  const plan = planDetailFetches(entries, (e) =>
    isEntryUnchanged(e.siteAdId, e.fingerprint, stored, crawl.groups),
  );
  // An unchanged group (a clinic) stands for its persons: they are listed too, or they would be marked gone.
  const unchangedMembers = plan.unchanged.flatMap((e) =>
    stored.has(e.siteAdId) ? [] : (crawl.groups.get(e.siteAdId)?.members ?? []),
  );
  await repo.recordListed(runId, adapter.id, [...ids, ...unchangedMembers]);
  state.counters.listPages++;
  const unchangedAds = plan.unchanged.filter((e) => stored.has(e.siteAdId)).length + unchangedMembers.length;
  state.counters.unchangedAds += unchangedAds;
  state.counters.adsSeen += plan.toFetch.length + unchangedAds;

  const next: NextRequest[] = [];
  for (const nextUrl of result.next) {
    if (!crawl.robots.isAllowed(nextUrl)) {
      // An unread list page means unknown listings: gone-marking must not run.
      state.counters.skippedByRobots++;
      state.markListFailed(nextUrl);
      continue;
    }
    state.addListQueued(nextUrl);
    next.push({ label: 'LIST', url: nextUrl, userData: {} });
  }
  const targets = plan.toFetch.filter((t) => allowedByRobots(crawl, [t.url]).length === 1);
  state.addPending(
    targets.flatMap((t) =>
      Object.entries(t.fingerprints).map(([siteAdId, fingerprint]) => ({
        siteAdId,
        url: t.url,
        fingerprint,
      })),
    ),
  );
  state.flush();
  for (const t of targets) next.push(detailRequest(t));
  await crawl.enqueue(next);
  state.markListDone(url);
}

export function detailRequest(target: DetailTarget): NextRequest {
  return {
    label: 'DETAIL',
    url: target.url,
    userData: { fingerprints: target.fingerprints } satisfies DetailData,
  };
}

/**
 * How long a photo address is trusted to give the photo it gave: within this, an ad read again
 * (edited, or refreshed for its reviews) does not download its photos again. A site that puts a
 * new photo under an old address is caught when this runs out.
 */
const photoReuseMs = 30 * 86_400_000;

/**
 * Downloads an ad's photos, except those fetched from the same address lately (see
 * photoReuseMs); a failed photo is reported and left out, never fatal.
 */
async function storePhotos(crawl: SiteCrawl, ad: ScrapedAd): Promise<{ hashes: string[]; failed: number }> {
  const options: PhotoFetchOptions = {
    userAgent: crawl.userAgent,
    timeoutMs: crawl.politeness.timeoutSecs * 1000,
    maxBytes: crawl.politeness.maxPageBytes,
    maxRetries: crawl.politeness.maxRetries,
    gate: crawl.gate,
    robots: crawl.robots,
  };
  const hashes: string[] = [];
  let failed = 0;
  const now = crawl.now();
  const known = await crawl.repo.knownPhotoUrls(crawl.adapter.id, ad.photoUrls);
  for (const photoUrl of ad.photoUrls) {
    const recent = known.get(photoUrl);
    if (recent && now.getTime() - Date.parse(recent.fetchedAt) < photoReuseMs) {
      hashes.push(recent.sha256);
      continue;
    }
    try {
      const { sha256, stored } = await fetchAndStorePhoto(photoUrl, crawl.repo, options);
      await crawl.repo.rememberPhotoUrl(crawl.adapter.id, photoUrl, sha256, now.toISOString());
      hashes.push(sha256);
      if (stored) crawl.state.counters.photosStored++;
    } catch (err) {
      failed++;
      crawl.state.counters.photoErrors++;
      countError(crawl.state.counters, photoUrl, scrubText(errorMessage(err)));
    }
  }
  return { hashes, failed };
}

/**
 * The required fields (see SiteAdapter.requiredFields) that a page lacks but the stored version of
 * the ad has. The site always shows them, so such a page is broken (a template error, a cut-off
 * download) rather than edited: recorded, it would add a version without the phones or name of the
 * one before, and the next good read another, each a false change in the ad's history.
 */
async function fieldsLost(crawl: SiteCrawl, ad: ScrapedAd): Promise<(keyof AdInput)[]> {
  const missing = missingRequiredFields(ad, crawl.adapter.requiredFields);
  if (missing.length === 0) return [];
  const stored = await crawl.repo.getAdByKey(ad.id);
  if (!stored) return [];
  const current = stored.current as Partial<Record<keyof AdInput, unknown>>;
  return missing.filter((field) => !isEmptyValue(current[field]));
}

/** DETAIL: stores every ad of the page (photos, version, reviews), then its list fingerprint. */
export async function handleDetailPage(
  crawl: SiteCrawl,
  url: string,
  html: string,
  data: DetailData,
): Promise<void> {
  const { adapter, repo, state } = crawl;
  const result: DetailPageResult = parseOrReport('detail page', () => adapter.parseDetailPage(html, url));
  state.counters.detailPages++;
  const incomplete =
    result.ads.length === 0 ||
    result.ads.some((ad) => missingRequiredFields(ad, adapter.requiredFields).length > 0);
  if (incomplete) state.counters.pagesMissingFields++;

  // List keys that are not ads of this page name a group (a clinic): its persons are listed
  // through it and take its list fingerprint.
  const pageIds = result.ads.map((a) => a.siteAdId);
  const groupKeys = Object.keys(data.fingerprints).filter((k) => !pageIds.includes(k));
  const groupFingerprint = groupKeys.length > 0 ? (data.fingerprints[groupKeys[0]!] ?? null) : undefined;
  if (groupKeys.length > 0) await repo.recordListed(crawl.runId, adapter.id, pageIds);

  for (const ad of result.ads) {
    const lost = await fieldsLost(crawl, ad);
    if (lost.length > 0) {
      // Reported and skipped: the stored version stays current, and the list fingerprint it has
      // (an older one, if the entry changed) has the page read again on the next run.
      countError(
        state.counters,
        url,
        `kept the stored version of ${ad.id}: the page lacks ${lost.join(', ')}`,
      );
      continue;
    }
    const photos = await storePhotos(crawl, ad);
    // The fingerprint marks the ad as fully saved: left unset after a failed photo so the next
    // run fetches the page again instead of keeping a version without that photo.
    const fingerprint = Object.hasOwn(data.fingerprints, ad.siteAdId)
      ? (data.fingerprints[ad.siteAdId] ?? null)
      : groupFingerprint;
    const { adId, change } = await repo.recordAd({
      siteId: adapter.id,
      siteAdId: ad.siteAdId,
      url: ad.url,
      seenAt: crawl.now().toISOString(),
      runId: crawl.runId,
      snapshot: toSnapshot(ad, photos.hashes),
      ...(ad.reviews && ad.reviews.length > 0 ? { reviews: ad.reviews } : {}),
      ...(photos.failed === 0 && fingerprint !== undefined ? { fingerprint } : {}),
    });
    countChange(state.counters, change);
    const reviewPages = (result.reviewPages ?? []).filter((r) => r.siteAdId === ad.siteAdId);
    const allowed = allowedByRobots(
      crawl,
      reviewPages.map((r) => r.url),
    );
    await crawl.enqueue(
      allowed.map((reviewUrl) => ({
        label: 'REVIEW' as const,
        url: reviewUrl,
        userData: { adId, siteAdId: ad.siteAdId } satisfies ReviewData,
      })),
    );
    state.changed();
    await crawl.onAdStored?.(adId, change);
  }
  for (const key of groupKeys)
    crawl.groups.set(key, { fingerprint: data.fingerprints[key] ?? null, members: pageIds });
}

/** REVIEW: upserts the page's reviews and follows pagination. */
export async function handleReviewPage(
  crawl: SiteCrawl,
  url: string,
  html: string,
  data: ReviewData,
): Promise<void> {
  const { adapter } = crawl;
  if (!adapter.parseReviewPage)
    throw new CrawlError(`adapter ${crawl.adapter.id} lists review pages but cannot parse them`, false);
  const result = parseOrReport('review page', () => adapter.parseReviewPage!(html, url));
  crawl.state.counters.reviewPages++;
  if (result.reviews.length > 0) await crawl.repo.saveReviews(data.adId, result.reviews);
  const next = allowedByRobots(crawl, result.next);
  await crawl.enqueue(next.map((u) => ({ label: 'REVIEW' as const, url: u, userData: { ...data } })));
}

/** A request that failed for good: recorded so that the run's end does the safe thing. */
export async function handleFailedRequest(
  crawl: SiteCrawl,
  label: RequestLabel,
  url: string,
  userData: Record<string, unknown>,
  message: string,
): Promise<void> {
  countError(crawl.state.counters, url, scrubText(message));
  if (label === 'LIST') crawl.state.markListFailed(url);
  if (label === 'DETAIL') {
    const keys = Object.keys((userData as unknown as DetailData).fingerprints);
    crawl.state.markDetailFailed(keys);
    // The persons of a group page that could not be read are still there as far as we know.
    const members = keys.flatMap((k) => crawl.groups.get(k)?.members ?? []);
    if (members.length > 0) await crawl.repo.recordListed(crawl.runId, crawl.adapter.id, members);
    // An attempt may have saved the ad with its fingerprint before failing (e.g. enqueueing its
    // review pages): forget it so the next run reads the page again.
    for (const key of keys) await crawl.repo.setFingerprint(crawl.adapter.id, key, null);
  }
  if (label === 'REVIEW') {
    // Reviews are incomplete: forget the fingerprint so the next run reads the ad again.
    const { siteAdId } = userData as unknown as ReviewData;
    await crawl.repo.setFingerprint(crawl.adapter.id, siteAdId, null);
  }
}
