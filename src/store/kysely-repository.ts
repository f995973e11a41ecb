import { Migrator } from 'kysely';
import type { AdReview } from '../shared/types.js';
import * as ads from './ads.js';
import * as casework from './casework.js';
import type {
  AdCase,
  CaseActor,
  CaseChange,
  CaseEvent,
  CaseStatus,
  Casework,
  OutcomeSample,
  PhotoTag,
  ScoreHistoryEntry,
  WorkerMarks,
  XFactorRow,
} from './casework-store.js';
import { isUniqueViolation, StoreError } from './codec.js';
import { writeTransaction, type Db } from './db.js';
import * as media from './media.js';
import * as network from './network.js';
import type {
  NetworkAdInput,
  NetworkCluster,
  NetworkRebuild,
  NetworkUpdateResult,
  StaleNetworkAds,
  ContactQuery,
} from './network-store.js';
import type { VersionPlace } from '../network/history-movement.js';
import type { NetworkOptions } from '../network/options.js';
import type { NetworkNeighbourhood } from '../network/persisted-view.js';
import { migrationProvider } from './migrations/index.js';
import { listOutcomeSamples } from './outcomes.js';
import * as people from './people.js';
import { purgeGoneAds } from './retention.js';
import type {
  AdChange,
  AdFilter,
  AdRow,
  AdVersionRow,
  AuditEvent,
  RecordAdInput,
  CrawlRun,
  CrawlRunStats,
  NoteRow,
  PhotoRow,
  RecordOutcome,
  Repository,
  SiteRow,
  StoredIndicatorResult,
  UserRow,
} from './repository.js';
import * as runs from './runs.js';
import type { StoreDialect } from './schema.js';
import * as triage from './triage.js';
import type { AdStatistics, FacetKind, StatsQuery, TodayQuery, TodayResult } from './triage-store.js';

/**
 * The `Repository` over Kysely. Both backends share every query; dialect differences live in the
 * migration (column types) and in `writeTransaction` (SQLite takes the write lock up front).
 */
export class KyselyRepository implements Repository {
  readonly dialect: StoreDialect;
  readonly db: Db;

  constructor(db: Db, dialect: StoreDialect) {
    this.db = db;
    this.dialect = dialect;
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    const { error, results } = await migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new StoreError(`migration ${failed} failed`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  upsertSite(site: SiteRow): Promise<void> {
    return runs.upsertSite(this.db, site);
  }
  listSites(): Promise<SiteRow[]> {
    return runs.listSites(this.db);
  }
  startOrResumeRun(siteId: string, at: string): Promise<{ run: CrawlRun; resumed: boolean }> {
    return runs.startOrResumeRun(this.db, this.dialect, siteId, at);
  }
  finishRun(runId: number, at: string, status: 'finished' | 'failed', stats: CrawlRunStats): Promise<void> {
    return runs.finishRun(this.db, runId, at, status, stats);
  }
  listRuns(opts?: { siteId?: string; limit?: number }): Promise<CrawlRun[]> {
    return runs.listRuns(this.db, opts);
  }
  latestRuns(): Promise<CrawlRun[]> {
    return runs.latestRuns(this.db);
  }

  recordListed(runId: number, siteId: string, siteAdIds: string[]): Promise<void> {
    return runs.recordListed(this.db, runId, siteId, siteAdIds);
  }
  getFingerprints(siteId: string, siteAdIds: string[]): Promise<Map<string, string | null>> {
    return runs.getFingerprints(this.db, siteId, siteAdIds);
  }
  getDetailsReadAt(siteId: string, siteAdIds: string[]): Promise<Map<string, string>> {
    return runs.getDetailsReadAt(this.db, siteId, siteAdIds);
  }
  setFingerprint(siteId: string, siteAdId: string, fingerprint: string | null): Promise<void> {
    return runs.setFingerprint(this.db, siteId, siteAdId, fingerprint);
  }
  markUnlistedGone(runId: number, siteId: string, at: string): Promise<string[]> {
    return runs.markUnlistedGone(this.db, runId, siteId, at);
  }
  touchListed(runId: number, siteId: string, at: string): Promise<number> {
    return runs.touchListed(this.db, this.dialect, runId, siteId, at);
  }

  async recordAd(input: RecordAdInput): Promise<{ adId: number; change: AdChange }> {
    const lock = this.dialect === 'postgres';
    const attempt = () => writeTransaction(this.db, this.dialect, (trx) => ads.recordAdIn(trx, input, lock));
    try {
      return await attempt();
    } catch (err) {
      // Writers met on a brand-new ad (possible on PostgreSQL): on retry the ad exists and is locked.
      if (isUniqueViolation(err)) return attempt();
      throw err;
    }
  }
  recordAds(inputs: readonly RecordAdInput[]): Promise<RecordOutcome[]> {
    return writeTransaction(this.db, this.dialect, (trx) =>
      ads.recordAdsIn(trx, inputs, this.dialect === 'postgres'),
    );
  }
  indexPendingText(): Promise<number> {
    return ads.indexPendingText(this.db, this.dialect);
  }
  getAd(adId: number): Promise<AdRow | null> {
    return ads.getAd(this.db, { id: adId });
  }
  listVersionPlaces(adIds: readonly number[]): Promise<Map<number, VersionPlace[]>> {
    return ads.listVersionPlaces(this.db, adIds);
  }
  getAds(adIds: readonly number[]): Promise<AdRow[]> {
    return ads.getAds(this.db, adIds);
  }
  getAdByKey(key: string): Promise<AdRow | null> {
    return ads.getAd(this.db, { key });
  }
  listAds(filter: AdFilter): Promise<{ total: number; ads: AdRow[]; totalCapped?: boolean }> {
    // SQLite stores carry a trigram index of ad text (migration 0003-triage).
    return ads.listAds(this.db, filter, this.dialect === 'sqlite');
  }
  listAdVersions(adId: number): Promise<AdVersionRow[]> {
    return ads.listAdVersions(this.db, adId);
  }
  listCities(): Promise<string[]> {
    return ads.listCities(this.db);
  }

  savePhoto(photo: PhotoRow, data: Buffer): Promise<void> {
    return media.savePhoto(this.db, photo, data);
  }
  getPhoto(sha256: string): Promise<{ photo: PhotoRow; data: Buffer } | null> {
    return media.getPhoto(this.db, sha256);
  }
  knownPhotoUrls(
    siteId: string,
    urls: readonly string[],
  ): Promise<Map<string, { sha256: string; fetchedAt: string }>> {
    return media.knownPhotoUrls(this.db, siteId, urls);
  }
  rememberPhotoUrl(siteId: string, url: string, sha256: string, at: string): Promise<void> {
    return media.rememberPhotoUrl(this.db, siteId, url, sha256, at);
  }
  hasPhoto(sha256: string): Promise<boolean> {
    return media.hasPhoto(this.db, sha256);
  }
  saveReviews(adId: number, reviews: AdReview[]): Promise<void> {
    return media.saveReviews(this.db, this.dialect, adId, reviews);
  }
  listReviews(adId: number): Promise<AdReview[]> {
    return media.listReviews(this.db, adId);
  }
  listReviewsOf(adIds: readonly number[]): Promise<Map<number, AdReview[]>> {
    return media.listReviewsOf(this.db, adIds);
  }
  saveIndicatorResult(result: StoredIndicatorResult): Promise<boolean> {
    return media.saveIndicatorResult(this.db, this.dialect, result);
  }
  getIndicatorResult(adId: number): Promise<StoredIndicatorResult | null> {
    return media.getIndicatorResult(this.db, adId);
  }

  createUser(user: { username: string; role: UserRow['role']; passwordHash: string }): Promise<UserRow> {
    return people.createUser(this.db, user);
  }
  getUserByName(username: string): Promise<UserRow | null> {
    return people.getUser(this.db, { username });
  }
  getUser(id: number): Promise<UserRow | null> {
    return people.getUser(this.db, { id });
  }
  listUsers(): Promise<UserRow[]> {
    return people.listUsers(this.db);
  }
  touchUserVisit(id: number, at: string): Promise<void> {
    return people.touchUserVisit(this.db, id, at);
  }
  setUserDisabled(id: number, disabled: boolean): Promise<void> {
    return people.setUserDisabled(this.db, id, disabled);
  }
  setUserPasswordHash(id: number, passwordHash: string): Promise<void> {
    return people.setUserPasswordHash(this.db, id, passwordHash);
  }
  addNote(note: { adId: number; userId: number; body: string; at: string }): Promise<NoteRow> {
    return people.addNote(this.db, note);
  }
  listNotes(adId: number): Promise<NoteRow[]> {
    return people.listNotes(this.db, adId);
  }
  audit(event: Omit<AuditEvent, 'id'>): Promise<void> {
    return people.audit(this.db, event);
  }
  listAudit(opts?: { subject?: string; limit?: number }): Promise<AuditEvent[]> {
    return people.listAudit(this.db, opts);
  }
  purgeGoneAds(opts: { goneBefore: string }): Promise<number> {
    return purgeGoneAds(this.db, this.dialect, opts);
  }

  // ---- casework (#5: status, assignment, x-factor, photo tags) ----
  getCasework(adId: number): Promise<Casework> {
    return casework.getCasework(this.db, adId);
  }
  workerMarksOf(adIds: readonly number[]): Promise<Map<number, WorkerMarks>> {
    return casework.workerMarksOf(this.db, adIds);
  }
  caseStatusesOf(adIds: readonly number[]): Promise<Map<number, CaseStatus>> {
    return casework.caseStatusesOf(this.db, adIds);
  }
  listCaseEvents(adId: number): Promise<CaseEvent[]> {
    return casework.listCaseEvents(this.db, adId);
  }
  updateCase(change: CaseChange): Promise<AdCase> {
    return casework.updateCase(this.db, this.dialect, change);
  }
  listOutcomeSamples(): Promise<OutcomeSample[]> {
    return listOutcomeSamples(this.db);
  }
  setXFactor(change: CaseActor & { adId: number; note: string }): Promise<XFactorRow> {
    return casework.setXFactor(this.db, this.dialect, change);
  }
  removeXFactor(change: CaseActor & { adId: number }): Promise<boolean> {
    return casework.removeXFactor(this.db, this.dialect, change);
  }
  addPhotoTag(change: CaseActor & { adId: number; sha256: string; tag: PhotoTag }): Promise<boolean> {
    return casework.addPhotoTag(this.db, this.dialect, change);
  }
  removePhotoTag(change: CaseActor & { adId: number; sha256: string; tag: PhotoTag }): Promise<boolean> {
    return casework.removePhotoTag(this.db, this.dialect, change);
  }
  adHasPhoto(adId: number, sha256: string): Promise<boolean> {
    return casework.adHasPhoto(this.db, adId, sha256);
  }
  listScoreHistory(adId: number, limit?: number): Promise<ScoreHistoryEntry[]> {
    return casework.listScoreHistory(this.db, adId, limit);
  }

  // ---- triage (#5: list filters, Today, statistics) ----
  getTodayMark(userId: number): Promise<string | null> {
    return triage.getTodayMark(this.db, userId);
  }
  setTodayMark(userId: number, at: string): Promise<void> {
    return triage.setTodayMark(this.db, userId, at);
  }
  oldestUnscoredChange(): Promise<string | null> {
    return network.oldestUnscoredChange(this.db);
  }
  listToday(query: TodayQuery): Promise<TodayResult> {
    return triage.listToday(this.db, query);
  }
  adStatistics(query: StatsQuery): Promise<AdStatistics> {
    return triage.adStatistics(this.db, query);
  }
  listFacetValues(kind: FacetKind): Promise<{ value: string; count: number }[]> {
    return triage.listFacetValues(this.db, kind);
  }

  // ---- network (#4: persisted network index) ----
  updateNetwork(
    ads: readonly NetworkAdInput[],
    options: NetworkOptions,
    recentBucketLimit?: number,
  ): Promise<NetworkUpdateResult> {
    return network.updateNetwork(this.db, this.dialect, ads, options, recentBucketLimit);
  }
  replaceNetwork(rebuild: NetworkRebuild): Promise<void> {
    return network.replaceNetwork(this.db, this.dialect, rebuild);
  }
  networkBuiltWith(): Promise<string | null> {
    return network.networkBuiltWith(this.db);
  }
  listStaleNetworkAds(): Promise<StaleNetworkAds> {
    return network.listStaleNetworkAds(this.db);
  }
  saveNetworkVersionMark(mark: number): Promise<void> {
    return network.saveVersionMark(this.db, mark);
  }
  markReviewedAds(): Promise<number> {
    return network.markReviewedAds(this.db, this.dialect);
  }
  latestReviewId(): Promise<number> {
    return network.reviewMark(this.db);
  }
  clearNetworkRescore(adIds: readonly number[]): Promise<void> {
    return network.clearNetworkRescore(this.db, adIds);
  }
  loadNetworkNeighbourhood(
    adIds: readonly number[],
  ): Promise<{ hood: NetworkNeighbourhood; clusters: Map<number, string | null> }> {
    return network.loadNeighbourhood(this.db, adIds);
  }
  networkClusterPresets(): Promise<Map<string, { id: string; seq: number }>> {
    return network.networkClusterPresets(this.db);
  }
  getNetworkCluster(id: string, limit: number): Promise<NetworkCluster | null> {
    return network.getNetworkCluster(this.db, id, limit);
  }
  findAdsByContact(contact: ContactQuery, limit: number): Promise<number[]> {
    return network.findAdsByContact(this.db, contact, limit);
  }
  adVersionIds(): Promise<Map<number, number | null>> {
    return network.adVersionIds(this.db);
  }
  photoPhashes(sha256s: readonly string[]): Promise<Map<string, string>> {
    return network.photoPhashes(this.db, sha256s);
  }
  latestIndicatorResults(adIds: readonly number[]): Promise<Map<number, StoredIndicatorResult>> {
    return media.latestResults(this.db, adIds);
  }
  saveIndicatorResults(results: readonly StoredIndicatorResult[]): Promise<number[]> {
    return media.saveResults(this.db, this.dialect, results);
  }
  markNetworkRescore(adIds: readonly number[]): Promise<void> {
    return network.markNetworkRescore(this.db, adIds);
  }
}
