import type { AdReview, AdResult, FiredIndicator, Level } from '../shared/types.js';
import type { PhotoRow, StoredIndicatorResult } from './repository.js';
import { chunks, fromJson, toJson, toNumber } from './codec.js';
import { sql, type Selectable } from 'kysely';
import { writeTransaction, type Db } from './db.js';
import type { IndicatorResultsTable, StoreDialect } from './schema.js';
import { replaceFacets } from './triage.js';

/** Photos (once per content hash), reviews (upsert by review id) and indicator results. */

export async function savePhoto(db: Db, photo: PhotoRow, data: Buffer): Promise<void> {
  await db
    .insertInto('photos')
    .values({
      sha256: photo.sha256,
      mime: photo.mime,
      size: photo.bytes,
      width: photo.width,
      height: photo.height,
      phash: photo.phash,
      data,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function getPhoto(db: Db, sha256: string): Promise<{ photo: PhotoRow; data: Buffer } | null> {
  const row = await db.selectFrom('photos').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  if (!row) return null;
  return {
    photo: {
      sha256: row.sha256,
      mime: row.mime,
      width: row.width === null ? null : toNumber(row.width),
      height: row.height === null ? null : toNumber(row.height),
      phash: row.phash,
      bytes: toNumber(row.size),
    },
    data: Buffer.from(row.data),
  };
}

export async function hasPhoto(db: Db, sha256: string): Promise<boolean> {
  const row = await db.selectFrom('photos').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
  return row !== undefined;
}

/**
 * The stored photos that addresses of a site gave when last fetched, by address, with when (only
 * addresses whose photo is still stored).
 */
export async function knownPhotoUrls(
  db: Db,
  siteId: string,
  urls: readonly string[],
): Promise<Map<string, { sha256: string; fetchedAt: string }>> {
  const out = new Map<string, { sha256: string; fetchedAt: string }>();
  for (const part of chunks([...new Set(urls)])) {
    const rows = await db
      .selectFrom('photo_urls as u')
      .innerJoin('photos as p', 'p.sha256', 'u.sha256')
      .select(['u.url', 'u.sha256', 'u.fetched_at'])
      .where('u.site_id', '=', siteId)
      .where('u.url', 'in', part)
      .execute();
    for (const r of rows) out.set(r.url, { sha256: r.sha256, fetchedAt: r.fetched_at });
  }
  return out;
}

/** Records which photo an address of a site gave, and when. */
export async function rememberPhotoUrl(
  db: Db,
  siteId: string,
  url: string,
  sha256: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('photo_urls')
    .values({ site_id: siteId, url, sha256, fetched_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'url']).doUpdateSet({ sha256, fetched_at: at }))
    .execute();
}

export async function saveReviews(
  db: Db,
  dialect: StoreDialect,
  adId: number,
  reviews: AdReview[],
): Promise<void> {
  if (reviews.length === 0) return;
  await writeTransaction(db, dialect, (trx) => upsertReviewsIn(trx, adId, reviews));
}

/**
 * Upserts reviews of an ad by review id, in the caller's transaction. A review read again
 * unchanged writes nothing; a new or edited one marks the ad for re-scoring by the stored network
 * (new review ids are also caught by the review watermark, an edit of a known id only here).
 */
export async function upsertReviewsIn(trx: Db, adId: number, reviews: readonly AdReview[]): Promise<void> {
  const firstSeen = new Date().toISOString();
  let written = 0n;
  for (const r of reviews) {
    const values = { posted_at: r.posted_at ?? null, text: r.text ?? null, url: r.url ?? null };
    const result = await trx
      .insertInto('reviews')
      .values({ ad_id: adId, review_id: r.id, first_seen: firstSeen, ...values })
      .onConflict((oc) =>
        oc
          .columns(['ad_id', 'review_id'])
          .doUpdateSet(values)
          .where((eb) =>
            eb.or([
              eb('reviews.text', 'is distinct from', eb.ref('excluded.text')),
              eb('reviews.posted_at', 'is distinct from', eb.ref('excluded.posted_at')),
              eb('reviews.url', 'is distinct from', eb.ref('excluded.url')),
            ]),
          ),
      )
      .executeTakeFirst();
    written += result.numInsertedOrUpdatedRows ?? 0n;
  }
  if (written > 0n) await markAdForRescore(trx, adId);
}

/** Marks a linked ad for re-scoring by the next incremental run (no-op before it is linked). */
async function markAdForRescore(trx: Db, adId: number): Promise<void> {
  await sql`insert into network_rescore (ad_id) select ad_id from network_ads where ad_id = ${adId}
    on conflict (ad_id) do nothing`.execute(trx);
}

export async function listReviews(db: Db, adId: number): Promise<AdReview[]> {
  const rows = await db.selectFrom('reviews').selectAll().where('ad_id', '=', adId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.review_id, posted_at: r.posted_at, text: r.text, url: r.url }));
}

/** Ids per `in (...)` list: well under SQLite's bound-parameter limit. */
const IN_CHUNK = 500;

export async function listReviewsOf(db: Db, adIds: readonly number[]): Promise<Map<number, AdReview[]>> {
  const out = new Map<number, AdReview[]>(adIds.map((id) => [id, []]));
  for (let i = 0; i < adIds.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom('reviews')
      .selectAll()
      .where('ad_id', 'in', adIds.slice(i, i + IN_CHUNK))
      .orderBy('ad_id')
      .orderBy('id')
      .execute();
    for (const r of rows)
      out.get(toNumber(r.ad_id))?.push({ id: r.review_id, posted_at: r.posted_at, text: r.text, url: r.url });
  }
  return out;
}

function latestResult(db: Db, adId: number) {
  return db
    .selectFrom('indicator_results')
    .selectAll()
    .where('ad_id', '=', adId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1);
}

/**
 * The ads among `results` whose `replaces` no longer names their latest stored result: another
 * result was stored since they were computed. Runs inside the saving transaction. SQLite writes
 * one transaction at a time; PostgreSQL first locks the ads' rows (in id order), so two savers
 * of one ad check and write one after the other.
 */
export async function staleReplacements(
  trx: Db,
  dialect: StoreDialect,
  results: readonly StoredIndicatorResult[],
): Promise<Set<number>> {
  const guarded = results.filter((r) => r.replaces !== undefined);
  if (guarded.length === 0) return new Set();
  const ids = [...new Set(guarded.map((r) => r.adId))].sort((a, b) => a - b);
  if (dialect === 'postgres')
    await trx.selectFrom('ads').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  const rows = await trx
    .selectFrom('ads as a')
    .select((eb) => [
      'a.id',
      eb
        .selectFrom('indicator_results as r')
        .select('r.id')
        .whereRef('r.ad_id', '=', 'a.id')
        .orderBy('r.computed_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('latest'),
    ])
    .where('a.id', 'in', ids)
    .execute();
  const latest = new Map<number, number>();
  for (const r of rows) if (r.latest !== null) latest.set(toNumber(r.id), toNumber(r.latest));
  const stale = new Set<number>();
  for (const r of guarded) if ((latest.get(r.adId) ?? null) !== r.replaces) stale.add(r.adId);
  return stale;
}

/**
 * Saves many results in one transaction: every result is kept as history, and the latest by
 * computedAt is copied into the ad row and its facets.
 * Returns the ads whose result was skipped because its `replaces` is stale.
 */
export async function saveResults(
  db: Db,
  dialect: StoreDialect,
  results: readonly StoredIndicatorResult[],
): Promise<number[]> {
  if (results.length === 0) return [];
  return writeTransaction(db, dialect, async (trx) => {
    const skipped: number[] = [];
    for (const chunk of chunks([...results], 200)) {
      const stale = await staleReplacements(trx, dialect, chunk);
      const part = stale.size === 0 ? chunk : chunk.filter((r) => !stale.has(r.adId));
      skipped.push(...stale);
      if (part.length === 0) continue;
      await trx
        .insertInto('indicator_results')
        .values(
          part.map((r) => ({
            ad_id: r.adId,
            config_version: r.configVersion,
            computed_at: r.computedAt,
            score: r.score,
            level: r.level,
            indicators: toJson(r.indicators),
            result: r.resultJson ?? toJson(r.result),
          })),
        )
        .execute();
      // The list filters read the current result's facts from indexed facets. A result saved with
      // an earlier clock than one already stored is not the current one: the facets stay those of
      // the newer result.
      const newest = new Map<number, string>();
      for (const r of await trx
        .selectFrom('indicator_results')
        .select(['ad_id', (eb) => eb.fn.max('computed_at').as('m')])
        .where(
          'ad_id',
          'in',
          part.map((r) => r.adId),
        )
        .groupBy('ad_id')
        .execute())
        newest.set(toNumber(r.ad_id), r.m);
      const current = new Map<number, StoredIndicatorResult>();
      for (const r of part) if (newest.get(r.adId) === r.computedAt) current.set(r.adId, r);
      await replaceFacets(
        trx,
        [...current.values()].map((r) => ({ adId: r.adId, indicators: r.indicators, result: r.result })),
      );
      const latest = <T>(column: 'score' | 'level') =>
        sql<T>`(select ${sql.ref(`r.${column}`)} from indicator_results r where r.ad_id = ads.id order by r.computed_at desc, r.id desc limit 1)`;
      // Rows whose score and level stay are left alone: re-scoring after a crawl mostly changes
      // evidence, and each rewrite of an ad's score touches five of its indexes.
      await trx
        .updateTable('ads')
        .set({ score: latest<number | null>('score'), level: latest<Level | null>('level') })
        .where(
          'id',
          'in',
          part.map((r) => r.adId),
        )
        .where((eb) =>
          eb.or([
            eb('score', 'is distinct from', latest<number | null>('score')),
            eb('level', 'is distinct from', latest<Level | null>('level')),
          ]),
        )
        .execute();
    }
    return skipped;
  });
}

/**
 * Keeps every result as history; the latest by computedAt is current and copied into the ad row.
 * False (nothing written) when the result's `replaces` is stale. One save path for one result and
 * many (`saveResults`), so both keep the ad row and its facets alike.
 */
export async function saveIndicatorResult(
  db: Db,
  dialect: StoreDialect,
  result: StoredIndicatorResult,
): Promise<boolean> {
  return (await saveResults(db, dialect, [result])).length === 0;
}

/** A stored result as read back. */
function storedResultOf(row: Selectable<IndicatorResultsTable>): StoredIndicatorResult {
  return {
    id: toNumber(row.id),
    adId: toNumber(row.ad_id),
    configVersion: row.config_version,
    computedAt: row.computed_at,
    score: toNumber(row.score),
    level: row.level,
    indicators: fromJson<FiredIndicator[]>(row.indicators),
    result: fromJson<AdResult>(row.result),
  };
}

export async function getIndicatorResult(db: Db, adId: number): Promise<StoredIndicatorResult | null> {
  const row = await latestResult(db, adId).executeTakeFirst();
  return row ? storedResultOf(row) : null;
}

/**
 * Latest indicator result of many ads at once (as `getIndicatorResult` picks it: by computedAt,
 * then id), for re-scoring the ads a network change touched.
 */
export async function latestResults(
  db: Db,
  adIds: readonly number[],
): Promise<Map<number, StoredIndicatorResult>> {
  const out = new Map<number, StoredIndicatorResult>();
  for (const part of chunks([...adIds], 500)) {
    const rows = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('indicator_results')
          .selectAll()
          .select(
            sql<number>`row_number() over (partition by ad_id order by computed_at desc, id desc)`.as('rn'),
          )
          .where('ad_id', 'in', part)
          .as('r'),
      )
      .selectAll()
      .where('r.rn', '=', 1)
      .execute();
    for (const row of rows) {
      // SQLite hands back the text as written: re-scoring compares it instead of serialising again.
      out.set(toNumber(row.ad_id), {
        ...storedResultOf(row),
        ...(typeof row.result === 'string' ? { resultJson: row.result } : {}),
      });
    }
  }
  return out;
}
