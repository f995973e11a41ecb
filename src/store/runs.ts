import type { CrawlRun, CrawlRunStats, SiteRow } from './repository.js';
import { chunks, toCrawlRun, toJson } from './codec.js';
import { ensureSite, writeTransaction, type Db } from './db.js';
import type { StoreDialect } from './schema.js';

/** Sites, crawl runs and the per-run listing bookkeeping. */

export async function upsertSite(db: Db, site: SiteRow): Promise<void> {
  await db
    .insertInto('sites')
    .values({ id: site.id, name: site.name, base_url: site.baseUrl })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: site.name, base_url: site.baseUrl }))
    .execute();
}

export async function listSites(db: Db): Promise<SiteRow[]> {
  const rows = await db.selectFrom('sites').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, baseUrl: r.base_url }));
}

export async function startOrResumeRun(
  db: Db,
  dialect: StoreDialect,
  siteId: string,
  at: string,
): Promise<{ run: CrawlRun; resumed: boolean }> {
  return writeTransaction(db, dialect, async (trx) => {
    const running = await trx
      .selectFrom('crawl_runs')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('status', '=', 'running')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (running) return { run: toCrawlRun(running), resumed: true };
    await ensureSite(trx, siteId);
    const row = await trx
      .insertInto('crawl_runs')
      .values({
        site_id: siteId,
        started_at: at,
        status: 'running',
        stats: null,
        finished_at: null,
        duration_ms: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { run: toCrawlRun(row), resumed: false };
  });
}

export async function finishRun(
  db: Db,
  runId: number,
  at: string,
  status: 'finished' | 'failed',
  stats: CrawlRunStats,
): Promise<void> {
  const run = await db
    .selectFrom('crawl_runs')
    .select('started_at')
    .where('id', '=', runId)
    .executeTakeFirst();
  const duration = run ? Date.parse(at) - Date.parse(run.started_at) : Number.NaN;
  await db
    .updateTable('crawl_runs')
    .set({
      finished_at: at,
      status,
      stats: toJson(stats),
      duration_ms: Number.isFinite(duration) ? Math.max(0, Math.round(duration)) : null,
    })
    .where('id', '=', runId)
    .execute();
}

export async function listRuns(db: Db, opts: { siteId?: string; limit?: number } = {}): Promise<CrawlRun[]> {
  let q = db.selectFrom('crawl_runs').selectAll();
  if (opts.siteId !== undefined) q = q.where('site_id', '=', opts.siteId);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(opts.limit ?? 50, 1), 1000))
    .execute();
  return rows.map(toCrawlRun);
}

export async function latestRuns(db: Db): Promise<CrawlRun[]> {
  const rows = await db
    .selectFrom('crawl_runs')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('crawl_runs')
        .select((e) => e.fn.max('id').as('id'))
        .where('status', '!=', 'running')
        .groupBy('site_id'),
    )
    .orderBy('site_id')
    .execute();
  return rows.map(toCrawlRun);
}

export async function recordListed(
  db: Db,
  runId: number,
  siteId: string,
  siteAdIds: string[],
): Promise<void> {
  const unique = [...new Set(siteAdIds)];
  for (const part of chunks(unique)) {
    await db
      .insertInto('run_listings')
      .values(part.map((siteAdId) => ({ run_id: runId, site_id: siteId, site_ad_id: siteAdId })))
      .onConflict((oc) => oc.columns(['run_id', 'site_id', 'site_ad_id']).doNothing())
      .execute();
  }
}

export async function getFingerprints(
  db: Db,
  siteId: string,
  siteAdIds: string[],
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const part of chunks([...new Set(siteAdIds)])) {
    const rows = await db
      .selectFrom('ads')
      .select(['site_ad_id', 'list_fingerprint'])
      .where('site_id', '=', siteId)
      .where('site_ad_id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.site_ad_id, r.list_fingerprint);
  }
  return out;
}

/**
 * When the detail pages of the given ads (by site ad id) were last read in full, for those that
 * have been (see migration 0011).
 */
export async function getDetailsReadAt(
  db: Db,
  siteId: string,
  siteAdIds: string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(siteAdIds)])) {
    const rows = await db
      .selectFrom('ads')
      .select(['site_ad_id', 'details_read_at'])
      .where('site_id', '=', siteId)
      .where('site_ad_id', 'in', part)
      .where('details_read_at', 'is not', null)
      .execute();
    for (const r of rows) out.set(r.site_ad_id, r.details_read_at!);
  }
  return out;
}

export async function setFingerprint(
  db: Db,
  siteId: string,
  siteAdId: string,
  fingerprint: string | null,
): Promise<void> {
  await db
    .updateTable('ads')
    .set({ list_fingerprint: fingerprint })
    .where('site_id', '=', siteId)
    .where('site_ad_id', '=', siteAdId)
    .execute();
}

function listedIds(db: Db, runId: number, siteId: string) {
  return db
    .selectFrom('run_listings')
    .select('site_ad_id')
    .where('run_id', '=', runId)
    .where('site_id', '=', siteId);
}

export async function markUnlistedGone(db: Db, runId: number, siteId: string, at: string): Promise<string[]> {
  const rows = await db
    .updateTable('ads')
    .set({ gone_at: at })
    .where('site_id', '=', siteId)
    .where('gone_at', 'is', null)
    .where('site_ad_id', 'not in', listedIds(db, runId, siteId))
    .returning('key')
    .execute();
  return rows.map((r) => r.key).sort();
}

export async function touchListed(
  db: Db,
  dialect: StoreDialect,
  runId: number,
  siteId: string,
  at: string,
): Promise<number> {
  return writeTransaction(db, dialect, async (trx) => {
    const revived = await trx
      .updateTable('ads')
      .set({ gone_at: null })
      .where('site_id', '=', siteId)
      .where('gone_at', 'is not', null)
      .where('site_ad_id', 'in', listedIds(trx, runId, siteId))
      .returning('id')
      .execute();
    // Listed but not re-fetched (unchanged fingerprint) still counts as seen.
    await trx
      .updateTable('ad_versions')
      .set({ last_seen: at })
      .where('last_seen', '<', at)
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('ads')
          .select('latest_version_id')
          .where('site_id', '=', siteId)
          .where('site_ad_id', 'in', listedIds(trx, runId, siteId)),
      )
      .execute();
    await trx
      .updateTable('ads')
      .set({ last_seen: at })
      .where('site_id', '=', siteId)
      .where('last_seen', '<', at)
      .where('site_ad_id', 'in', listedIds(trx, runId, siteId))
      .execute();
    return revived.length;
  });
}
