import type { AdInput, AdResult, AdReview, FiredIndicator, Level } from '../shared/types.js';
import type { VersionPlace } from '../network/history-movement.js';
import type { CaseStatus, CaseworkStore } from './casework-store.js';
import type { NetworkStore } from './network-store.js';
import type { TriageStore } from './triage-store.js';

/**
 * The one storage interface. Two backends implement it (SQLite through better-sqlite3, PostgreSQL
 * through pg, both via Kysely with the same migrations) and one contract suite runs against both.
 * Ads are never deleted by the crawler: a disappeared ad is marked gone.
 */

/** The fields of an ad that make up a version; a change in any of them is a new version. */
export type AdSnapshot = Omit<AdInput, 'id' | 'site' | 'images' | 'reviews'> & {
  /** Content hashes (sha256 hex) of the ad's photos, in page order. */
  photoHashes: string[];
};

export type AdChange = 'new' | 'changed' | 'unchanged' | 'returned';

/** What happened to one ad of a batch (`recordAds`): recorded, or an error that skipped it. */
export type RecordOutcome = { adId: number; change: AdChange } | { error: string };

export interface SiteRow {
  id: string;
  name: string;
  baseUrl: string;
}

export interface CrawlRunStats {
  pages: number;
  newAds: number;
  changedAds: number;
  unchangedAds: number;
  goneAds: number;
  errors: number;
  /** Pages whose parse missed a required field. */
  pagesMissingFields: number;
  detailPages: number;
  healthy: boolean;
  /** Why the run is unhealthy, human-readable; empty when healthy. */
  healthReasons: string[];
  /** First errors of the run (url and message), capped. */
  errorSamples: { url: string; message: string }[];
}

export interface CrawlRun {
  id: number;
  siteId: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'finished' | 'failed';
  stats: CrawlRunStats | null;
  durationMs: number | null;
}

export interface AdRow {
  /** Internal numeric id. */
  id: number;
  /** `site:siteAdId`. */
  key: string;
  siteId: string;
  siteAdId: string;
  url: string;
  firstSeen: string;
  lastSeen: string;
  /** Set when the ad disappeared from the site's lists; cleared when it comes back. */
  goneAt: string | null;
  /** Current (latest) version's content. */
  current: AdSnapshot;
  versionCount: number;
  score: number | null;
  level: Level | null;
}

export interface AdVersionRow {
  id: number;
  adId: number;
  /** 1-based. */
  number: number;
  firstSeen: string;
  lastSeen: string;
  snapshot: AdSnapshot;
  /** Field names that differ from the previous version (empty for the first). */
  changedFields: string[];
}

export interface PhotoRow {
  sha256: string;
  mime: string;
  width: number | null;
  height: number | null;
  phash: string | null;
  bytes: number;
}

export interface AdFilter {
  siteId?: string;
  city?: string;
  status?: 'active' | 'gone' | 'all';
  /** ISO date-time bounds on lastSeen. */
  seenFrom?: string;
  seenTo?: string;
  level?: Level;
  /** Free text in title/text/name. */
  q?: string;
  // ---- triage (#5) ----
  /** Inclusive score bounds. */
  scoreMin?: number;
  scoreMax?: number;
  /** ISO date-time bounds on firstSeen. */
  firstSeenFrom?: string;
  firstSeenTo?: string;
  /** A fired indicator id of the current result. */
  indicator?: string;
  /** ISO 3166 alpha-2 / ISO 639-1 code among the extracted facts. */
  nationality?: string;
  language?: string;
  /** An E.164 phone among the extracted facts (the caller normalises what the user typed). */
  phone?: string;
  /** Follow-up status of the ad's case; `new` includes ads without a case. */
  followUp?: CaseStatus;
  /** Ads whose case is assigned to this user. */
  assigneeId?: number;
  sort?: 'lastSeen' | 'firstSeen' | 'score' | 'city';
  /** Sort direction; default descending. */
  dir?: 'asc' | 'desc';
  /** Counts at most this many matches (then `totalCapped`); exact when absent. */
  countLimit?: number;
  limit?: number;
  offset?: number;
}

export interface StoredIndicatorResult {
  adId: number;
  configVersion: string;
  computedAt: string;
  score: number;
  level: Level;
  indicators: FiredIndicator[];
  result: AdResult;
  /**
   * `result` as JSON text, when it was read as text or is about to be written: re-scoring compares
   * and writes thousands of results, and serialising each again cost more than the comparison.
   */
  resultJson?: string;
  /** The stored row's id, when read from the store. */
  id?: number;
  /**
   * When saving: the id of the stored result this one was computed from (null: the ad had none).
   * Given, the save is skipped when another result was stored for the ad since (a worker's re-rank
   * during a crawl's scoring, or the reverse), so neither overwrites the other with stale flags.
   */
  replaces?: number | null;
}

export interface UserRow {
  id: number;
  username: string;
  role: 'admin' | 'analyst' | 'outreach' | 'read-only';
  passwordHash: string;
  createdAt: string;
  lastVisitAt: string | null;
  disabled: boolean;
}

export interface NoteRow {
  id: number;
  adId: number;
  userId: number;
  body: string;
  createdAt: string;
}

export interface AuditEvent {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown> | null;
}

/** One ad as a crawl or an import sees it, for `recordAd`. */
export interface RecordAdInput {
  siteId: string;
  siteAdId: string;
  url: string;
  seenAt: string;
  runId: number | null;
  snapshot: AdSnapshot;
  /** Reviews read with the ad, upserted by review id in the same transaction. */
  reviews?: AdReview[];
  /** The list fingerprint to store once the ad is saved; left as it is when undefined. */
  fingerprint?: string | null;
}

export interface Repository extends CaseworkStore, TriageStore, NetworkStore {
  readonly dialect: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;

  // sites and crawl runs
  upsertSite(site: SiteRow): Promise<void>;
  listSites(): Promise<SiteRow[]>;
  /** Starts a run, or returns the unfinished run of this site so a crashed crawl resumes. */
  startOrResumeRun(siteId: string, at: string): Promise<{ run: CrawlRun; resumed: boolean }>;
  finishRun(runId: number, at: string, status: 'finished' | 'failed', stats: CrawlRunStats): Promise<void>;
  listRuns(opts?: { siteId?: string; limit?: number }): Promise<CrawlRun[]>;
  /** Latest finished run per site (for health display). */
  latestRuns(): Promise<CrawlRun[]>;

  // listing bookkeeping for incremental crawls (survives a crash of the run)
  /** Records that these ads were listed in this run. Idempotent. */
  recordListed(runId: number, siteId: string, siteAdIds: string[]): Promise<void>;
  /** Stored list fingerprints of a site's ads, by siteAdId. */
  getFingerprints(siteId: string, siteAdIds: string[]): Promise<Map<string, string | null>>;
  setFingerprint(siteId: string, siteAdId: string, fingerprint: string | null): Promise<void>;
  /**
   * When the detail pages of a site's ads were last read in full (recorded with a list
   * fingerprint), by siteAdId; ads never read so are left out.
   */
  getDetailsReadAt(siteId: string, siteAdIds: string[]): Promise<Map<string, string>>;
  /** Marks active ads of the site that were not listed in this run as gone. Returns their keys. */
  markUnlistedGone(runId: number, siteId: string, at: string): Promise<string[]>;
  /** Marks listed ads that were gone as active again (a re-post under the same id). */
  touchListed(runId: number, siteId: string, at: string): Promise<number>;

  // ads and versions
  /**
   * Stores what was seen of an ad. Identity is (siteId, siteAdId). A new version is written only
   * when the snapshot differs from the latest version; otherwise the latest version's lastSeen moves.
   * Idempotent: recording the same snapshot twice never duplicates.
   */
  recordAd(input: RecordAdInput): Promise<{ adId: number; change: AdChange }>;
  /**
   * Records many ads as `recordAd` does, in one transaction (a batch import: one commit instead
   * of one per ad). An ad the store refuses is skipped with its error; the others are kept.
   */
  recordAds(inputs: readonly RecordAdInput[]): Promise<RecordOutcome[]>;
  /**
   * Adds the ads recorded since the last call to the text search index in one batch (SQLite;
   * search covers them before that too). Returns how many; 0 where there is no such index.
   */
  indexPendingText(): Promise<number>;
  getAd(adId: number): Promise<AdRow | null>;
  /** Several ads by id, in the order asked; ids not found are left out. */
  getAds(adIds: readonly number[]): Promise<AdRow[]>;
  /** Each version's place and time, oldest first, of the given ads that have more than one. */
  listVersionPlaces(adIds: readonly number[]): Promise<Map<number, VersionPlace[]>>;
  getAdByKey(key: string): Promise<AdRow | null>;
  /** `totalCapped`: more than `filter.countLimit` ads match and `total` is that limit. */
  listAds(filter: AdFilter): Promise<{ total: number; ads: AdRow[]; totalCapped?: boolean }>;
  listAdVersions(adId: number): Promise<AdVersionRow[]>;
  /** Distinct cities of stored ads, for filters. */
  listCities(): Promise<string[]>;

  // photos (stored once by content hash) and reviews
  savePhoto(photo: PhotoRow, data: Buffer): Promise<void>;
  getPhoto(sha256: string): Promise<{ photo: PhotoRow; data: Buffer } | null>;
  hasPhoto(sha256: string): Promise<boolean>;
  /** The stored photo each of these addresses of a site gave when last fetched, and when. */
  knownPhotoUrls(
    siteId: string,
    urls: readonly string[],
  ): Promise<Map<string, { sha256: string; fetchedAt: string }>>;
  rememberPhotoUrl(siteId: string, url: string, sha256: string, at: string): Promise<void>;
  /** Upserts reviews of an ad by review id. */
  saveReviews(adId: number, reviews: AdReview[]): Promise<void>;
  listReviews(adId: number): Promise<AdReview[]>;
  /** The reviews of several ads in one read (every requested id is a key, with [] when none). */
  listReviewsOf(adIds: readonly number[]): Promise<Map<number, AdReview[]>>;

  // indicator results
  /** Stores a result (history is kept); false when skipped because `replaces` is stale. */
  saveIndicatorResult(result: StoredIndicatorResult): Promise<boolean>;
  getIndicatorResult(adId: number): Promise<StoredIndicatorResult | null>;

  // people and their work
  createUser(user: { username: string; role: UserRow['role']; passwordHash: string }): Promise<UserRow>;
  getUserByName(username: string): Promise<UserRow | null>;
  getUser(id: number): Promise<UserRow | null>;
  listUsers(): Promise<UserRow[]>;
  touchUserVisit(id: number, at: string): Promise<void>;
  /** Disables (true) or re-enables an account; a disabled account loses its sessions at once. */
  setUserDisabled(id: number, disabled: boolean): Promise<void>;
  /** Replaces an account's password hash. */
  setUserPasswordHash(id: number, passwordHash: string): Promise<void>;
  addNote(note: { adId: number; userId: number; body: string; at: string }): Promise<NoteRow>;
  listNotes(adId: number): Promise<NoteRow[]>;
  audit(event: Omit<AuditEvent, 'id'>): Promise<void>;
  listAudit(opts?: { subject?: string; limit?: number }): Promise<AuditEvent[]>;
  /**
   * Deletes ads gone (offline) before `goneBefore` with all their data and the photos no other ad
   * uses; returns how many ads were deleted. Ads still online are kept.
   */
  purgeGoneAds(opts: { goneBefore: string }): Promise<number>;
}
