import { Migrator } from 'kysely';
import type { AdReview } from '../shared/types.js';
import * as ads from './ads.js';
import { isUniqueViolation, StoreError } from './codec.js';
import { writeTransaction, type Db } from './db.js';
import * as media from './media.js';
import { migrationProvider } from './migrations/index.js';
import * as people from './people.js';
import type {
  AdChange,
  AdFilter,
  AdRow,
  AdVersionRow,
  AuditEvent,
  CrawlRun,
  CrawlRunStats,
  NoteRow,
  PhotoRow,
  Repository,
  SiteRow,
  StoredIndicatorResult,
  UserRow,
} from './repository.js';
import * as runs from './runs.js';
import type { StoreDialect } from './schema.js';

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
  setFingerprint(siteId: string, siteAdId: string, fingerprint: string | null): Promise<void> {
    return runs.setFingerprint(this.db, siteId, siteAdId, fingerprint);
  }
  markUnlistedGone(runId: number, siteId: string, at: string): Promise<string[]> {
    return runs.markUnlistedGone(this.db, runId, siteId, at);
  }
  touchListed(runId: number, siteId: string, at: string): Promise<number> {
    return runs.touchListed(this.db, this.dialect, runId, siteId, at);
  }

  async recordAd(input: ads.RecordAdInput): Promise<{ adId: number; change: AdChange }> {
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
  getAd(adId: number): Promise<AdRow | null> {
    return ads.getAd(this.db, { id: adId });
  }
  getAdByKey(key: string): Promise<AdRow | null> {
    return ads.getAd(this.db, { key });
  }
  listAds(filter: AdFilter): Promise<{ total: number; ads: AdRow[] }> {
    return ads.listAds(this.db, filter);
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
  hasPhoto(sha256: string): Promise<boolean> {
    return media.hasPhoto(this.db, sha256);
  }
  saveReviews(adId: number, reviews: AdReview[]): Promise<void> {
    return media.saveReviews(this.db, this.dialect, adId, reviews);
  }
  listReviews(adId: number): Promise<AdReview[]> {
    return media.listReviews(this.db, adId);
  }
  saveIndicatorResult(result: StoredIndicatorResult): Promise<void> {
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
}
