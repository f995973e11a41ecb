import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { VersionPlace } from '../network/history-movement.js';
import { errorMessage } from '../shared/errors.js';
import type {
  AdChange,
  AdFilter,
  AdRow,
  AdSnapshot,
  AdVersionRow,
  RecordAdInput,
  RecordOutcome,
} from './repository.js';
import {
  changedFields,
  fromJson,
  likeContains,
  searchText,
  snapshotHash,
  toJson,
  toNumber,
} from './codec.js';
import { ensureSite, laterIso, writeTransaction, type Db } from './db.js';
import type { AdsTable, StoreDatabase, StoreDialect } from './schema.js';
import { upsertReviewsIn } from './media.js';
import { triageConditions } from './triage.js';

/** Ads and their versions: identity, change detection, listing with filters. */

const emptySnapshot: AdSnapshot = { photoHashes: [] };

/** The denormalised current fields that the dashboard filters on. */
function currentFields(snapshot: AdSnapshot) {
  return {
    city: snapshot.city ?? null,
    name: snapshot.name ?? null,
    title: snapshot.title ?? null,
    search_text: searchText(snapshot),
  };
}

async function insertVersion(
  trx: Db,
  adId: number,
  number: number,
  seenAt: string,
  snapshot: AdSnapshot,
  hash: string,
  changed: string[],
): Promise<number> {
  const version = await trx
    .insertInto('ad_versions')
    .values({
      ad_id: adId,
      number,
      first_seen: seenAt,
      last_seen: seenAt,
      snapshot: toJson(snapshot),
      content_hash: hash,
      changed_fields: toJson(changed),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const versionId = toNumber(version.id);
  const photos = snapshot.photoHashes;
  if (photos.length > 0) {
    await trx
      .insertInto('ad_photos')
      .values(photos.map((sha256, position) => ({ version_id: versionId, ad_id: adId, position, sha256 })))
      .execute();
  }
  return versionId;
}

/**
 * The body of `Repository.recordAd`: the ad's version, then its reviews and list fingerprint, in
 * the caller's write transaction. One transaction per crawled ad instead of three: on a large
 * store each commit writes every index page the ad touched, and commits were most of the cost.
 */
export async function recordAdIn(
  trx: Db,
  input: RecordAdInput,
  lockRow: boolean,
): Promise<{ adId: number; change: AdChange }> {
  const recorded = await recordVersionIn(trx, input, lockRow);
  if (input.reviews && input.reviews.length > 0) await upsertReviewsIn(trx, recorded.adId, input.reviews);
  if (input.fingerprint !== undefined)
    await trx
      .updateTable('ads')
      .set({
        list_fingerprint: input.fingerprint,
        details_read_at: input.fingerprint === null ? null : input.seenAt,
      })
      .where('id', '=', recorded.adId)
      .execute();
  return recorded;
}

/**
 * The body of `Repository.recordAds`: each ad as `recordAdIn` records it, in the caller's write
 * transaction, each inside a savepoint, so an ad the store refuses is reported and skipped while
 * the others of the batch are kept.
 */
export async function recordAdsIn(
  trx: Db,
  inputs: readonly RecordAdInput[],
  lockRow: boolean,
): Promise<RecordOutcome[]> {
  const out: RecordOutcome[] = [];
  for (const input of inputs) {
    await sql`savepoint record_ad`.execute(trx);
    try {
      out.push(await recordAdIn(trx, input, lockRow));
      await sql`release savepoint record_ad`.execute(trx);
    } catch (err) {
      await sql`rollback to savepoint record_ad`.execute(trx);
      await sql`release savepoint record_ad`.execute(trx);
      out.push({ error: errorMessage(err) });
    }
  }
  return out;
}

/**
 * Records the ad's current snapshot; the caller wraps it in a write transaction so that a crash
 * between statements leaves no half-recorded ad. Recording an ad in a run also counts it as
 * listed in that run, so a detail page seen is never marked gone. `lockRow` (PostgreSQL only)
 * locks the ad row; SQLite needs no lock as its write transaction is exclusive.
 */
async function recordVersionIn(
  trx: Db,
  input: RecordAdInput,
  lockRow: boolean,
): Promise<{ adId: number; change: AdChange }> {
  const { siteId, siteAdId, seenAt, snapshot } = input;
  const hash = snapshotHash(snapshot);
  if (input.runId !== null) {
    await trx
      .insertInto('run_listings')
      .values({ run_id: input.runId, site_id: siteId, site_ad_id: siteAdId })
      .onConflict((oc) => oc.columns(['run_id', 'site_id', 'site_ad_id']).doNothing())
      .execute();
  }
  const existing = await trx
    .selectFrom('ads')
    .leftJoin('ad_versions as v', 'v.id', 'ads.latest_version_id')
    .select([
      'ads.id',
      'ads.gone_at',
      'ads.last_seen',
      'ads.version_count',
      'v.id as version_id',
      'v.content_hash',
      'v.snapshot',
      'v.last_seen as version_last_seen',
    ])
    .where('ads.site_id', '=', siteId)
    .where('ads.site_ad_id', '=', siteAdId)
    // PostgreSQL: concurrent writers of one ad queue here instead of racing to the same version number.
    .$if(lockRow, (q) => q.forUpdate('ads'))
    .executeTakeFirst();

  if (!existing) {
    await ensureSite(trx, siteId);
    const ad = await trx
      .insertInto('ads')
      .values({
        key: `${siteId}:${siteAdId}`,
        site_id: siteId,
        site_ad_id: siteAdId,
        url: input.url,
        first_seen: seenAt,
        last_seen: seenAt,
        gone_at: null,
        list_fingerprint: null,
        latest_version_id: null,
        version_count: 1,
        score: null,
        level: null,
        ...currentFields(snapshot),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const adId = toNumber(ad.id);
    const versionId = await insertVersion(trx, adId, 1, seenAt, snapshot, hash, []);
    await trx.updateTable('ads').set({ latest_version_id: versionId }).where('id', '=', adId).execute();
    return { adId, change: 'new' };
  }

  const adId = toNumber(existing.id);
  const wasGone = existing.gone_at !== null;
  const lastSeen = laterIso(existing.last_seen, seenAt);
  if (existing.version_id !== null && existing.content_hash === hash) {
    await trx
      .updateTable('ad_versions')
      .set({ last_seen: laterIso(existing.version_last_seen ?? seenAt, seenAt) })
      .where('id', '=', toNumber(existing.version_id))
      .execute();
    await trx
      .updateTable('ads')
      .set({ last_seen: lastSeen, gone_at: null, url: input.url })
      .where('id', '=', adId)
      .execute();
    return { adId, change: wasGone ? 'returned' : 'unchanged' };
  }

  const previous = existing.snapshot === null ? emptySnapshot : fromJson<AdSnapshot>(existing.snapshot);
  const number = toNumber(existing.version_count) + 1;
  const versionId = await insertVersion(
    trx,
    adId,
    number,
    seenAt,
    snapshot,
    hash,
    changedFields(previous, snapshot),
  );
  await trx
    .updateTable('ads')
    .set({
      latest_version_id: versionId,
      version_count: number,
      last_seen: lastSeen,
      gone_at: null,
      url: input.url,
      ...currentFields(snapshot),
    })
    .where('id', '=', adId)
    .execute();
  return { adId, change: wasGone ? 'returned' : 'changed' };
}

type AdWithSnapshot = Selectable<AdsTable> & { snapshot: unknown };

export function toAdRow(row: AdWithSnapshot): AdRow {
  return {
    id: toNumber(row.id),
    key: row.key,
    siteId: row.site_id,
    siteAdId: row.site_ad_id,
    url: row.url,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    goneAt: row.gone_at,
    current: row.snapshot === null ? emptySnapshot : fromJson<AdSnapshot>(row.snapshot),
    versionCount: toNumber(row.version_count),
    score: row.score === null ? null : toNumber(row.score),
    level: row.level,
  };
}

export function selectAds(db: Db) {
  return db
    .selectFrom('ads')
    .leftJoin('ad_versions as v', 'v.id', 'ads.latest_version_id')
    .selectAll('ads')
    .select('v.snapshot');
}

export async function getAd(db: Db, where: { id: number } | { key: string }): Promise<AdRow | null> {
  const q = selectAds(db);
  const row = await (
    'id' in where ? q.where('ads.id', '=', where.id) : q.where('ads.key', '=', where.key)
  ).executeTakeFirst();
  return row ? toAdRow(row) : null;
}

/**
 * Where and when each version of the given ads was advertised, oldest first, for the ads that have
 * more than one version (the others have no history to read); one read per 500 ids.
 */
export async function listVersionPlaces(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, VersionPlace[]>> {
  const out = new Map<number, VersionPlace[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('ad_versions as v')
      .innerJoin('ads as a', 'a.id', 'v.ad_id')
      .select(['v.ad_id', 'v.first_seen', 'v.last_seen', 'v.snapshot'])
      .where('a.id', 'in', ids.slice(i, i + 500))
      .where('a.version_count', '>', 1)
      .orderBy('v.ad_id')
      .orderBy('v.number')
      .execute();
    for (const r of rows) {
      const adId = toNumber(r.ad_id);
      const s = fromJson<AdSnapshot>(r.snapshot);
      let places = out.get(adId);
      if (!places) out.set(adId, (places = []));
      places.push({
        city: s.city,
        title: s.title,
        text: s.text,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
      });
    }
  }
  return out;
}

/** Several ads by id in one read per 500 ids, in the order asked (ids not found are left out). */
export async function getAds(db: Db, ids: readonly number[]): Promise<AdRow[]> {
  const byId = new Map<number, AdRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await selectAds(db)
      .where('ads.id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) byId.set(toNumber(row.id), toAdRow(row));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Substring search of title, text and name. SQLite reads its trigram index (`ads_fts`, migration
 * 0003) for terms of three or more characters without LIKE wildcards, plus the text of the ads
 * not indexed yet (`ads_fts_pending`, migration 0007: few, as they are indexed after each crawl);
 * anything else scans. PostgreSQL answers the LIKE itself from its trigram index (migration 0008).
 */
function textCondition(eb: ExpressionBuilder<StoreDatabase, 'ads'>, q: string, textIndex: boolean) {
  // CROSS JOIN makes SQLite read the few pending ads first: with a plain join it chose to scan
  // every ad's text and look each up among the pending ones (~0.15 s on 100,000 ads per search).
  if (textIndex && q.length >= 3 && !/[\\%_]/.test(q)) {
    const pattern = `%${q.toLowerCase()}%`;
    return sql<SqlBool>`${eb.ref('ads.id')} in (
      select rowid from ads_fts where search_text like ${pattern}
      union all
      select p.ad_id from ads_fts_pending p cross join ads x on x.id = p.ad_id where x.search_text like ${pattern}
    )`;
  }
  return sql<SqlBool>`${eb.ref('ads.search_text')} like ${likeContains(q)} escape '\\'`;
}

function adConditions(filter: AdFilter, textIndex: boolean) {
  return (eb: ExpressionBuilder<StoreDatabase, 'ads'>) => {
    const c: Expression<SqlBool>[] = [];
    if (filter.siteId !== undefined) c.push(eb('ads.site_id', '=', filter.siteId));
    if (filter.city !== undefined) c.push(eb('ads.city', '=', filter.city));
    if (filter.status === 'active') c.push(eb('ads.gone_at', 'is', null));
    if (filter.status === 'gone') c.push(eb('ads.gone_at', 'is not', null));
    if (filter.seenFrom !== undefined) c.push(eb('ads.last_seen', '>=', filter.seenFrom));
    if (filter.seenTo !== undefined) c.push(eb('ads.last_seen', '<=', filter.seenTo));
    if (filter.level !== undefined) c.push(eb('ads.level', '=', filter.level));
    if (filter.q !== undefined && filter.q.trim() !== '')
      c.push(textCondition(eb, filter.q.trim(), textIndex));
    c.push(...triageConditions(eb, filter));
    return eb.and(c);
  };
}

/** Default page size and the cap, so that no request can pull the whole table. */
export const defaultAdLimit = 50;
export const maxAdLimit = 500;

/**
 * Counts matching ads; with `limit`, stops after limit + 1 (a list shows "10,000+" rather than
 * probe 50,000 ads for an exact figure on every page).
 */
async function countAds(
  db: Db,
  where: ReturnType<typeof adConditions>,
  limit: number | undefined,
): Promise<{ total: number; totalCapped: boolean }> {
  if (limit === undefined) {
    const row = await db
      .selectFrom('ads')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(where)
      .executeTakeFirstOrThrow();
    return { total: toNumber(row.n), totalCapped: false };
  }
  const matches = db
    .selectFrom('ads')
    .select('ads.id')
    .where(where)
    .limit(limit + 1)
    .as('m');
  const row = await db
    .selectFrom(matches)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const n = toNumber(row.n);
  return n > limit ? { total: limit, totalCapped: true } : { total: n, totalCapped: false };
}

/** `textIndex`: the store has the SQLite trigram index of ad text (`ads_fts`). */
export async function listAds(
  db: Db,
  filter: AdFilter,
  textIndex = false,
): Promise<{ total: number; ads: AdRow[]; totalCapped?: boolean }> {
  const where = adConditions(filter, textIndex);
  const { total, totalCapped } = await countAds(db, where, filter.countLimit);
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? defaultAdLimit), 1), maxAdLimit);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  // Ids first, rows after: the sort then walks an index of `ads` alone and reads the snapshots of
  // one page only, instead of carrying every matching snapshot through the sort.
  let q = db.selectFrom('ads').select('ads.id').where(where);
  const dir = filter.dir ?? 'desc';
  switch (filter.sort ?? 'lastSeen') {
    case 'firstSeen':
      q = q.orderBy('ads.first_seen', dir);
      break;
    case 'score':
      // Unscored ads go last in both directions: "no score yet" is neither low nor high.
      q = q
        .orderBy('ads.score', (ob) => (dir === 'desc' ? ob.desc() : ob.asc()).nullsLast())
        .orderBy('ads.last_seen', 'desc');
      break;
    case 'city':
      q = q.orderBy('ads.city', (ob) => (dir === 'desc' ? ob.desc() : ob.asc()).nullsLast());
      q = q.orderBy('ads.score', (ob) => ob.desc().nullsLast());
      break;
    case 'lastSeen':
      q = q.orderBy('ads.last_seen', dir);
      break;
  }
  // The id tie-break keeps pages stable when many ads share a timestamp.
  const ids = (await q.orderBy('ads.id', dir).limit(limit).offset(offset).execute()).map((r) =>
    toNumber(r.id),
  );
  if (ids.length === 0) return { total, totalCapped, ads: [] };
  const rows = await selectAds(db).where('ads.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [toNumber(r.id), r]));
  const ads = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toAdRow(row)] : [];
  });
  return { total, totalCapped, ads };
}

export async function listAdVersions(db: Db, adId: number): Promise<AdVersionRow[]> {
  const rows = await db
    .selectFrom('ad_versions')
    .selectAll()
    .where('ad_id', '=', adId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({
    id: toNumber(r.id),
    adId: toNumber(r.ad_id),
    number: toNumber(r.number),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    snapshot: fromJson<AdSnapshot>(r.snapshot),
    changedFields: fromJson<string[]>(r.changed_fields),
  }));
}

export async function listCities(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('ads')
    .select('city')
    .distinct()
    .where('city', 'is not', null)
    .orderBy('city')
    .execute();
  return rows.map((r) => r.city).filter((c): c is string => c !== null);
}

/**
 * SQLite: adds the ads recorded since the last call to the trigram text index, in one statement
 * (see migration 0007), and returns how many. PostgreSQL has no such index: 0.
 */
export async function indexPendingText(db: Db, dialect: StoreDialect): Promise<number> {
  if (dialect !== 'sqlite') return 0;
  return writeTransaction(db, dialect, async (trx) => {
    // Ascending rowids: FTS5 appends them to its segment instead of sorting them.
    const added = await sql`insert into ads_fts (rowid, search_text)
      select a.id, a.search_text from ads_fts_pending p join ads a on a.id = p.ad_id order by p.ad_id`.execute(
      trx,
    );
    await sql`delete from ads_fts_pending`.execute(trx);
    return Number(added.numAffectedRows ?? 0);
  });
}
