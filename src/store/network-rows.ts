import { sql, type Kysely } from 'kysely';
import type { AdFeatures } from '../network/features.js';
import type { LinkRow, StoredNetworkAd } from '../network/incremental.js';
import { parsePhash, type Phash64 } from '../network/phash.js';
import { chunks, fromJson, toJson, toNumber } from './codec.js';
import type { Db } from './db.js';
import type { StoreDatabase, StoreDialect } from './schema.js';

/** Tables of the persisted network (migration 0004) and the row codec shared by its queries. */

export interface NetworkAdsTable {
  ad_id: number;
  ad_key: string;
  version_id: number | null;
  name: string | null;
  city: string | null;
  time_ms: number | null;
  /** JSON array of contact keys. */
  keys: string;
  signature: Buffer | null;
  /** JSON array of `{ id, phash }` (16 hex digits). */
  images: string;
  /** JSON array of towns (`AdFeatures.movedFrom`), or null for none. */
  moved_from: string | null;
  cluster_id: string | null;
}

export type NetworkTables = {
  network_state: { name: string; value: string };
  network_clusters: { id: string; seq: number; size: number };
  network_ads: NetworkAdsTable;
  /** Linked ads whose result must be recomputed (migration 0014; see NetworkStore). */
  network_rescore: { ad_id: number };
  network_contacts: { key: string; ad_id: number };
  network_buckets: { bucket: number; ad_id: number };
  /** Bucket rows added since the last merge into network_buckets (migration 0006). */
  network_buckets_recent: { bucket: number; ad_id: number };
  network_links: {
    ad_id: number;
    other_id: number;
    type: 'text' | 'image';
    similarity: number | null;
    mine: string;
    theirs: string;
  };
};

export type NetDb = Kysely<StoreDatabase & NetworkTables>;

/** The store's Kysely instance with the network tables typed. */
export function netDb(db: Db): NetDb {
  return db.withTables<NetworkTables>();
}

function phashHex(h: Phash64): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}

/** A network row for an ad's features (cluster set by the caller). */
export function encodeNetworkAd(
  adId: number,
  versionId: number | null,
  f: AdFeatures,
  cluster: string | null,
): NetworkAdsTable {
  const sig = f.signature ? Uint32Array.from(f.signature) : null;
  return {
    ad_id: adId,
    ad_key: f.id,
    version_id: versionId,
    name: f.name,
    city: f.city,
    time_ms: f.time,
    keys: toJson(f.keys),
    // Little-endian uint32s: the platform order on every machine Node runs on here.
    signature: sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength) : null,
    images: toJson(f.images.map((img) => ({ id: img.id, phash: phashHex(img.hash) }))),
    moved_from: f.movedFrom && f.movedFrom.length > 0 ? toJson(f.movedFrom) : null,
    cluster_id: cluster,
  };
}

type NetworkAdRead = Omit<NetworkAdsTable, 'signature' | 'version_id'> & {
  signature: Buffer | Uint8Array | null;
};

/** Whether this machine stores a Uint32Array in little-endian order (the stored order). */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A stored signature as uint32s; without signature bytes, an empty array stands for "has text". */
function decodeSignature(bytes: Uint8Array): Uint32Array {
  if (littleEndian)
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

export function decodeNetworkAd(row: NetworkAdRead): StoredNetworkAd {
  const signature = row.signature ? decodeSignature(row.signature) : null;
  const images: AdFeatures['images'] = [];
  for (const img of fromJson<{ id: string; phash: string }[]>(row.images)) {
    const hash = parsePhash(img.phash);
    if (hash) images.push({ id: img.id, hash });
  }
  return {
    adId: toNumber(row.ad_id),
    cluster: row.cluster_id,
    features: {
      id: row.ad_key,
      name: row.name,
      city: row.city,
      time: row.time_ms === null ? null : toNumber(row.time_ms),
      keys: fromJson<string[]>(row.keys),
      signature,
      images,
      ...(row.moved_from === null ? {} : { movedFrom: fromJson<string[]>(row.moved_from) }),
    },
  };
}

/**
 * Network rows of the given ads (those that have one). Without `signatures` the MinHash bytes are
 * not read (the cross-ad rules only ask whether an ad has text): an empty signature says it has.
 */
export async function readNetworkAds(
  db: Db,
  adIds: readonly number[],
  signatures = true,
): Promise<StoredNetworkAd[]> {
  const out: StoredNetworkAd[] = [];
  const noBytes = new Uint8Array(0);
  for (const part of chunks([...adIds], 500)) {
    const base = netDb(db)
      .selectFrom('network_ads')
      .select(['ad_id', 'ad_key', 'name', 'city', 'time_ms', 'keys', 'images', 'moved_from', 'cluster_id'])
      .where('ad_id', 'in', part);
    if (signatures) {
      for (const row of await base.select('signature').execute()) out.push(decodeNetworkAd(row));
    } else {
      const rows = await base
        .select(sql<number>`case when signature is null then 0 else 1 end`.as('has_text'))
        .execute();
      for (const row of rows)
        out.push(decodeNetworkAd({ ...row, signature: toNumber(row.has_text) === 1 ? noBytes : null }));
    }
  }
  return out.sort((a, b) => a.adId - b.adId);
}

/**
 * Members of contact keys, oldest first, at most `perKey` of each (a window over the primary-key
 * order, so an agency number on 50,000 ads still reads only `perKey` rows).
 */
export async function readKeyMembers(
  db: Db,
  keys: readonly string[],
  perKey: number,
): Promise<Map<string, number[]>> {
  const members = new Map<string, number[]>();
  for (const part of chunks([...new Set(keys)], 400)) {
    const rows = await netDb(db)
      .selectFrom((eb) =>
        eb
          .selectFrom('network_contacts')
          .select(['key', 'ad_id', sql<number>`row_number() over (partition by key order by ad_id)`.as('rn')])
          .where('key', 'in', part)
          .as('m'),
      )
      .select(['m.key', 'm.ad_id'])
      .where('m.rn', '<=', perKey)
      .orderBy('m.key')
      .orderBy('m.ad_id')
      .execute();
    for (const r of rows) {
      const list = members.get(r.key) ?? [];
      list.push(toNumber(r.ad_id));
      members.set(r.key, list);
    }
  }
  return members;
}

/**
 * Newest `perBucket` ads of each bucket (as the in-memory index scans buckets newest first). Per
 * bucket the index is walked down `perBucket` entries only, so a template bucket with 100,000
 * members costs no more than a small one.
 */
export async function readBucketMembers(
  db: Db,
  dialect: StoreDialect,
  buckets: readonly number[],
  perBucket: number,
): Promise<number[]> {
  // Probed in index order (see insertBuckets).
  const unique = [...new Set(buckets)].sort((a, b) => a - b);
  // The newest of each bucket in each table; the newest of both together are among them.
  const byBucket = new Map<string, number[]>();
  for (const table of BUCKET_TABLES) {
    // One statement per few thousand buckets: the list travels as one JSON or array parameter.
    for (const part of chunks(unique, 5000)) {
      if (dialect === 'postgres') {
        const rows = await sql<{ bucket: number | string; ad_id: number | string }>`
          select n.bucket, n.ad_id from unnest(${part.map(String)}::bigint[]) as j(value)
          join ${sql.table(table)} n on n.bucket = j.value
          where n.ad_id >= coalesce((
            select x.ad_id from ${sql.table(table)} x where x.bucket = j.value
            order by x.ad_id desc limit 1 offset ${perBucket - 1}), 0)`.execute(db);
        for (const r of rows.rows) addMember(byBucket, String(r.bucket), toNumber(r.ad_id));
        continue;
      }
      // SQLite: one backward walk of the index per bucket, its ids as one string (a join on the
      // walk's lowest id took a second seek per bucket and a row per member).
      const rows = await sql<{ bucket: number | string; ids: string | null }>`
        select j.value as bucket, (select group_concat(ad_id) from (
          select x.ad_id from ${sql.table(table)} x where x.bucket = j.value
          order by x.ad_id desc limit ${perBucket})) as ids
        from json_each(${JSON.stringify(part)}) as j`.execute(db);
      for (const r of rows.rows) {
        if (r.ids === null) continue;
        const key = String(r.bucket);
        for (const id of r.ids.split(',')) addMember(byBucket, key, Number(id));
      }
    }
  }
  const out = new Set<number>();
  for (const members of byBucket.values()) {
    members.sort((a, b) => b - a);
    for (const id of members.slice(0, perBucket)) out.add(id);
  }
  return [...out];
}

function addMember(byBucket: Map<string, number[]>, bucket: string, adId: number): void {
  const members = byBucket.get(bucket);
  if (members) members.push(adId);
  else byBucket.set(bucket, [adId]);
}

/** Where bucket rows live: the big table, and the rows added since its last merge. */
export const BUCKET_TABLES = ['network_buckets', 'network_buckets_recent'] as const;

/**
 * Moves the recent bucket rows into the big table once there are more than `limit` of them: one
 * insert in index order, so the big index is walked once instead of hit at random per crawl.
 */
export async function mergeRecentBuckets(db: Db, limit: number): Promise<boolean> {
  const n = netDb(db);
  const row = await n
    .selectFrom('network_buckets_recent')
    .select((eb) => eb.fn.countAll<number | string>().as('rows'))
    .executeTakeFirst();
  if (toNumber(row?.rows ?? 0) <= limit) return false;
  await sql`insert into network_buckets (bucket, ad_id)
    select bucket, ad_id from network_buckets_recent order by bucket, ad_id`.execute(db);
  await n.deleteFrom('network_buckets_recent').execute();
  return true;
}

/** Text and photo links of the given ads. */
export async function readLinks(db: Db, adIds: readonly number[]): Promise<LinkRow[]> {
  const out: LinkRow[] = [];
  for (const part of chunks([...adIds], 500)) {
    const rows = await netDb(db).selectFrom('network_links').selectAll().where('ad_id', 'in', part).execute();
    for (const r of rows) {
      out.push({
        adId: toNumber(r.ad_id),
        otherId: toNumber(r.other_id),
        type: r.type,
        similarity: r.similarity === null ? null : toNumber(r.similarity),
        mine: r.mine,
        theirs: r.theirs,
      });
    }
  }
  return out;
}

/**
 * Deletes every link of some ads, in both directions. Links are stored in pairs (see insertLinks),
 * so the rows pointing at these ads are found from the ads' own rows and deleted through the
 * `ad_id` index: `where other_id in (…)` has no index and read the whole table (1.6 million rows
 * on a million-ad store, ~140 ms per statement), for every ad that changed or was purged.
 */
export async function deleteLinksOf(db: Db, adIds: readonly number[]): Promise<void> {
  const gone = new Set(adIds);
  // Per linked ad that stays: the ads among `adIds` it points at.
  const pointing = new Map<number, number[]>();
  for (const l of await readLinks(db, adIds)) {
    if (gone.has(l.otherId)) continue;
    const targets = pointing.get(l.otherId);
    if (targets) targets.push(l.adId);
    else pointing.set(l.otherId, [l.adId]);
  }
  const n = netDb(db);
  for (const part of chunks([...gone], 400))
    await n.deleteFrom('network_links').where('ad_id', 'in', part).execute();
  for (const others of chunks([...pointing.keys()], 400)) {
    const targets = [...new Set(others.flatMap((o) => pointing.get(o)!))];
    for (const part of chunks(targets, 400))
      await n
        .deleteFrom('network_links')
        .where('ad_id', 'in', others)
        .where('other_id', 'in', part)
        .execute();
  }
}

/** Appends link rows (both directions are given by the caller). */
export async function insertLinks(db: Db, links: readonly LinkRow[]): Promise<void> {
  for (const part of chunks([...links], 500)) {
    await netDb(db)
      .insertInto('network_links')
      .values(
        part.map((l) => ({
          ad_id: l.adId,
          other_id: l.otherId,
          type: l.type,
          similarity: l.similarity,
          mine: l.mine,
          theirs: l.theirs,
        })),
      )
      .execute();
  }
}

/**
 * Appends bucket rows. The numbers travel as one JSON (SQLite) or two array (PostgreSQL)
 * parameters: one short statement per 20,000 rows instead of a long one to parse.
 */
export async function insertBuckets(
  db: Db,
  dialect: StoreDialect,
  rows: readonly [number, number][],
  table: (typeof BUCKET_TABLES)[number] = 'network_buckets',
): Promise<void> {
  // In index order: consecutive inserts then walk the bucket index forward instead of jumping
  // about it, and rows that share a page are written together.
  const sorted = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const part of chunks(sorted, 20_000)) {
    if (dialect === 'postgres') {
      await sql`insert into ${sql.table(table)} (bucket, ad_id)
        select * from unnest(${part.map((r) => String(r[0]))}::bigint[], ${part.map((r) => r[1])}::integer[])`.execute(
        db,
      );
    } else {
      await sql`insert into ${sql.table(table)} (bucket, ad_id)
        select value ->> 0, value ->> 1 from json_each(${JSON.stringify(part)})`.execute(db);
    }
  }
}

export async function insertContacts(db: Db, rows: readonly { key: string; ad_id: number }[]): Promise<void> {
  for (const part of chunks([...rows], 1000)) {
    await netDb(db)
      .insertInto('network_contacts')
      .values(part)
      .onConflict((oc) => oc.columns(['key', 'ad_id']).doNothing())
      .execute();
  }
}

/** Reads one value of network_state. */
export async function readState(db: Db, name: string): Promise<string | null> {
  const row = await netDb(db)
    .selectFrom('network_state')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeState(db: Db, name: string, value: string): Promise<void> {
  await netDb(db)
    .insertInto('network_state')
    .values({ name, value })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
    .execute();
}
