import { sql } from 'kysely';
import type { AdFeatures } from '../network/features.js';
import { shortHash } from '../network/hash.js';
import { planLinks, splitCluster, type LinkRow } from '../network/incremental.js';
import { MinHasher } from '../network/minhash.js';
import type { NetworkOptions } from '../network/options.js';
import type { NetworkNeighbourhood } from '../network/persisted-view.js';
import { photoProbes, storedBuckets, textBuckets } from '../network/store-keys.js';
import { chunks, toNumber } from './codec.js';
import { writeTransaction, type Db } from './db.js';
import {
  encodeNetworkAd,
  insertBuckets,
  mergeRecentBuckets,
  BUCKET_TABLES,
  deleteLinksOf,
  insertContacts,
  insertLinks,
  netDb,
  readBucketMembers,
  readKeyMembers,
  readLinks,
  readNetworkAds,
  readState,
  writeState,
} from './network-rows.js';
import type {
  NetworkAdInput,
  NetworkCluster,
  NetworkRebuild,
  NetworkUpdateResult,
  StaleNetworkAds,
  ContactQuery,
} from './network-store.js';
import type { StoreDialect } from './schema.js';

/**
 * The persisted network: incremental updates (look up candidates by key, link, union or split,
 * write what changed and mark the affected ads for re-scoring), the full rebuild, and the reads
 * behind the cluster page and the cross-ad indicators. Both backends share every query but the
 * bucket-list parameter (see readBucketMembers).
 */

/** An aggregate `max(…)`: typed as a number by Kysely, but null on an empty table. */
function maxOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** Members of one contact key that `crossAdIndicators` reads (see network/cross-ad.ts). */
export const maxKeyScan = 5_000;

/**
 * Bucket rows gathered in `network_buckets_recent` before they move into the big table (about
 * 8,000 ads' worth: weeks of crawling). The crawl that crosses it pays for one sorted merge.
 */
export const RECENT_BUCKET_LIMIT = 250_000;

/** Serialises network writers: SQLite's write lock is taken up front; PostgreSQL needs a lock. */
async function lockNetwork(trx: Db, dialect: StoreDialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(40404)`.execute(trx);
}

/** Marks linked ads for re-scoring; ids without a network row are left out (not linked yet). */
async function markRescore(trx: Db, adIds: Iterable<number>): Promise<void> {
  for (const part of chunks([...new Set(adIds)], 500)) {
    await netDb(trx)
      .insertInto('network_rescore')
      .columns(['ad_id'])
      .expression((eb) => eb.selectFrom('network_ads').select('ad_id').where('ad_id', 'in', part))
      .onConflict((oc) => oc.column('ad_id').doNothing())
      .execute();
  }
}

async function membersOf(trx: Db, clusters: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const part of chunks([...clusters], 400)) {
    const rows = await netDb(trx)
      .selectFrom('network_ads')
      .select('ad_id')
      .where('cluster_id', 'in', part)
      .execute();
    for (const r of rows) out.push(toNumber(r.ad_id));
  }
  return out;
}

async function setCluster(trx: Db, adIds: readonly number[], cluster: string | null): Promise<void> {
  for (const part of chunks([...adIds], 500)) {
    await netDb(trx)
      .updateTable('network_ads')
      .set({ cluster_id: cluster })
      .where('ad_id', 'in', part)
      .execute();
  }
}

async function refreshSize(trx: Db, cluster: string): Promise<void> {
  const row = await netDb(trx)
    .selectFrom('network_ads')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('cluster_id', '=', cluster)
    .executeTakeFirstOrThrow();
  const n = toNumber(row.n);
  if (n < 2) {
    await setCluster(trx, await membersOf(trx, [cluster]), null);
    await netDb(trx).deleteFrom('network_clusters').where('id', '=', cluster).execute();
  } else {
    await netDb(trx).updateTable('network_clusters').set({ size: n }).where('id', '=', cluster).execute();
  }
}

/** Creates clusters with ids from their earliest ad (as NetworkIndex names them), never reused. */
class ClusterMaker {
  private seq: number | null = null;
  constructor(private readonly trx: Db) {}

  async create(earliestKey: string, adIds: readonly number[]): Promise<string> {
    const db = netDb(this.trx);
    if (this.seq === null) {
      const row = await db
        .selectFrom('network_clusters')
        .select((eb) => eb.fn.max('seq').as('m'))
        .executeTakeFirst();
      this.seq = row === undefined ? 0 : maxOrNull(row.m) === null ? 0 : toNumber(row.m) + 1;
    }
    let id = `c-${shortHash(earliestKey)}`;
    for (let n = 2; ; n++) {
      const taken = await db
        .selectFrom('network_clusters')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!taken) break;
      id = `c-${shortHash(earliestKey)}-${n}`;
    }
    await db.insertInto('network_clusters').values({ id, seq: this.seq++, size: adIds.length }).execute();
    await setCluster(this.trx, adIds, id);
    return id;
  }
}

/**
 * Takes changed ads out of the network (keys, buckets, links, cluster) and re-checks the clusters
 * they leave: a cluster may fall apart. Returns the ads whose flags or cluster may change.
 */
async function detach(
  trx: Db,
  hasher: MinHasher,
  adIds: readonly number[],
  maker: ClusterMaker,
): Promise<Set<number>> {
  const affected = new Set<number>();
  const old = await readNetworkAds(trx, adIds);
  if (old.length === 0) return affected;
  const db = netDb(trx);
  const ids = old.map((o) => o.adId);
  for (const link of await readLinks(trx, ids)) affected.add(link.otherId);
  const oldKeys = old.flatMap((o) => o.features.keys);
  for (const members of (await readKeyMembers(trx, oldKeys, maxKeyScan)).values())
    for (const m of members) affected.add(m);
  for (const o of old) {
    for (const part of chunks(o.features.keys, 400))
      await db.deleteFrom('network_contacts').where('ad_id', '=', o.adId).where('key', 'in', part).execute();
    const buckets = storedBuckets(o.features, hasher);
    for (const table of BUCKET_TABLES)
      for (const part of chunks(buckets, 400))
        await db.deleteFrom(table).where('ad_id', '=', o.adId).where('bucket', 'in', part).execute();
  }
  await deleteLinksOf(trx, ids);
  await setCluster(trx, ids, null);
  const clusters = [...new Set(old.map((o) => o.cluster).filter((c): c is string => c !== null))];
  for (const cluster of clusters) {
    const members = await readNetworkAds(trx, await membersOf(trx, [cluster]), false);
    const memberIds = members.map((m) => m.adId);
    const edges: [number, number][] = [];
    const byKey = new Map<string, number>();
    for (const m of members) {
      for (const k of m.features.keys) {
        const first = byKey.get(k);
        if (first === undefined) byKey.set(k, m.adId);
        else edges.push([first, m.adId]);
      }
    }
    for (const l of await readLinks(trx, memberIds)) edges.push([l.adId, l.otherId]);
    const split = splitCluster(
      members.map((m) => ({ adId: m.adId, key: m.features.id, time: m.features.time })),
      edges,
    );
    if (split.parts.length === 0 && split.alone.length === 0) {
      await refreshSize(trx, cluster);
      continue;
    }
    for (const adId of memberIds) affected.add(adId);
    await setCluster(trx, split.alone, null);
    for (const part of split.parts) await maker.create(part.earliestKey, part.adIds);
    await refreshSize(trx, cluster);
  }
  return affected;
}

/** Links new and changed ads into the persisted network (see NetworkStore.updateNetwork). */
export async function updateNetwork(
  db: Db,
  dialect: StoreDialect,
  ads: readonly NetworkAdInput[],
  options: NetworkOptions,
  recentBucketLimit = RECENT_BUCKET_LIMIT,
): Promise<NetworkUpdateResult> {
  if (ads.length === 0) return { affected: [], merged: [], created: [] };
  const hasher = new MinHasher(options.minhash);
  return writeTransaction(db, dialect, async (trx) => {
    await lockNetwork(trx, dialect);
    const n = netDb(trx);
    const maker = new ClusterMaker(trx);
    const freshIds = new Set(ads.map((a) => a.adId));
    const affected = await detach(trx, hasher, [...freshIds], maker);

    // Candidates: one stored member per contact key (all of a key share a cluster), and the
    // newest members of each text and photo bucket, as the in-memory index scans them.
    const keys = [...new Set(ads.flatMap((a) => a.features.keys))];
    const candidateIds = new Set<number>();
    for (const members of (await readKeyMembers(trx, keys, 1)).values())
      for (const m of members) candidateIds.add(m);
    const textProbe = ads.flatMap((a) =>
      a.features.signature ? textBuckets(a.features.signature, hasher) : [],
    );
    const photoProbe = ads.flatMap((a) => a.features.images.flatMap((img) => photoProbes(img.hash)));
    for (const id of await readBucketMembers(
      trx,
      dialect,
      [...textProbe, ...photoProbe],
      options.maxBucketScan,
    ))
      candidateIds.add(id);
    for (const id of freshIds) candidateIds.delete(id);
    // In id order: each read of a few hundred then touches neighbouring pages of the table.
    const candidates = await readNetworkAds(
      trx,
      [...candidateIds].sort((a, b) => a - b),
    );
    const clusterIds = [...new Set(candidates.map((c) => c.cluster).filter((c): c is string => c !== null))];
    const clusterSeq = new Map<string, number>();
    for (const part of chunks(clusterIds, 400)) {
      for (const r of await n
        .selectFrom('network_clusters')
        .select(['id', 'seq'])
        .where('id', 'in', part)
        .execute())
        clusterSeq.set(r.id, toNumber(r.seq));
    }
    const plan = planLinks({ options, candidates, clusterSeq, fresh: ads });

    // Write the new ads, their keys, buckets and links.
    for (const part of chunks([...ads], 200)) {
      const rows = part.map((a) => encodeNetworkAd(a.adId, a.versionId, a.features, null));
      await n
        .insertInto('network_ads')
        .values(rows)
        .onConflict((oc) =>
          oc.column('ad_id').doUpdateSet((eb) => ({
            ad_key: eb.ref('excluded.ad_key'),
            version_id: eb.ref('excluded.version_id'),
            name: eb.ref('excluded.name'),
            city: eb.ref('excluded.city'),
            time_ms: eb.ref('excluded.time_ms'),
            keys: eb.ref('excluded.keys'),
            signature: eb.ref('excluded.signature'),
            images: eb.ref('excluded.images'),
            moved_from: eb.ref('excluded.moved_from'),
            cluster_id: null,
          })),
        )
        .execute();
    }
    await markRescore(trx, freshIds);
    await insertContacts(
      trx,
      ads.flatMap((a) => a.features.keys.map((key) => ({ key, ad_id: a.adId }))),
    );
    await insertBuckets(
      trx,
      dialect,
      ads.flatMap((a) => storedBuckets(a.features, hasher).map((b): [number, number] => [b, a.adId])),
      'network_buckets_recent',
    );
    await mergeRecentBuckets(trx, recentBucketLimit);
    await insertLinks(trx, plan.links);

    // Clusters: merge into the oldest, or create from the earliest ad.
    const merged: NetworkUpdateResult['merged'] = [];
    const created: string[] = [];
    for (const c of plan.components) {
      for (const adId of c.loose) if (!freshIds.has(adId)) affected.add(adId);
      if (c.into !== null) {
        if (c.absorbed.length > 0) {
          for (const adId of await membersOf(trx, c.absorbed)) affected.add(adId);
          for (const part of chunks(c.absorbed, 400)) {
            await n
              .updateTable('network_ads')
              .set({ cluster_id: c.into })
              .where('cluster_id', 'in', part)
              .execute();
            await n.deleteFrom('network_clusters').where('id', 'in', part).execute();
          }
          for (const from of c.absorbed) merged.push({ from, into: c.into });
        }
        await setCluster(trx, c.loose, c.into);
        await refreshSize(trx, c.into);
      } else if (c.loose.length >= 2) {
        created.push(await maker.create(c.earliestKey, c.loose));
      }
    }

    // Ads whose cross-ad evidence may change: linked ones, and co-members of the new ads' keys
    // among the members that crossAdIndicators reads.
    for (const adId of plan.touched) affected.add(adId);
    for (const members of (await readKeyMembers(trx, keys, maxKeyScan)).values()) {
      if (members.some((m) => freshIds.has(m))) for (const m of members) affected.add(m);
    }
    for (const adId of freshIds) affected.delete(adId);
    await markRescore(trx, affected);
    return { affected: [...freshIds, ...[...affected].sort((a, b) => a - b)], merged, created };
  });
}

/** Replaces the whole network with a full rebuild (see NetworkStore.replaceNetwork). */
export async function replaceNetwork(db: Db, dialect: StoreDialect, rebuild: NetworkRebuild): Promise<void> {
  const hasher = new MinHasher(rebuild.options.minhash);
  await writeTransaction(db, dialect, async (trx) => {
    await lockNetwork(trx, dialect);
    const n = netDb(trx);
    for (const table of [
      'network_rescore',
      'network_links',
      'network_buckets',
      'network_buckets_recent',
      'network_contacts',
      'network_ads',
      'network_clusters',
    ] as const)
      await n.deleteFrom(table).execute();
    // Appending to a bare table and indexing once is far faster than a million index inserts.
    await n.schema.dropIndex('network_buckets_bucket').execute();
    const clusters = new Map<string, { seq: number; size: number }>();
    for (const part of chunks([...rebuild.ads], 200)) {
      await n
        .insertInto('network_ads')
        .values(part.map((a) => encodeNetworkAd(a.adId, a.versionId, a.features, a.cluster?.id ?? null)))
        .execute();
      for (const a of part) {
        if (!a.cluster) continue;
        const c = clusters.get(a.cluster.id) ?? { seq: a.cluster.seq, size: 0 };
        c.size++;
        clusters.set(a.cluster.id, c);
      }
      await insertContacts(
        trx,
        part.flatMap((a) => a.features.keys.map((key) => ({ key, ad_id: a.adId }))),
      );
      await insertBuckets(
        trx,
        dialect,
        part.flatMap((a) => storedBuckets(a.features, hasher).map((b): [number, number] => [b, a.adId])),
      );
    }
    for (const part of chunks([...clusters], 500))
      await n
        .insertInto('network_clusters')
        .values(part.map(([id, c]) => ({ id, seq: c.seq, size: c.size })))
        .execute();
    await insertLinks(trx, rebuild.links);
    await n.schema
      .createIndex('network_buckets_bucket')
      .on('network_buckets')
      .columns(['bucket', 'ad_id'])
      .execute();
    await writeState(trx, 'builtWith', rebuild.builtWith);
    await writeState(trx, 'versionMark', String(rebuild.versionMark));
    await writeState(trx, 'reviewMark', String(rebuild.reviewMark));
  });
}

/**
 * Versions below the watermark minus this many are not looked at again. PostgreSQL hands out ids
 * before commit, so a version may commit after a higher one was seen; re-checking a margin below
 * the mark (cheap: compared with the network's version ids) catches such late commits.
 */
const versionSlack = 10_000;

/**
 * Ads to (re)link: versions written since the watermark whose ad has no network entry or one
 * from an older version; and ads marked for re-scoring. Reads only recent versions, not the store.
 */
export async function listStaleNetworkAds(db: Db): Promise<StaleNetworkAds> {
  const n = netDb(db);
  const mark = Number((await readState(db, 'versionMark')) ?? '0');
  const top = await db
    .selectFrom('ad_versions')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  const changed = await n
    .selectFrom('ad_versions as v')
    .innerJoin('ads', 'ads.id', 'v.ad_id')
    .leftJoin('network_ads as n', 'n.ad_id', 'ads.id')
    .select(['ads.id', 'ads.latest_version_id'])
    .distinct()
    .where('v.id', '>', Math.max(0, mark - versionSlack))
    .where((eb) =>
      eb.or([
        eb('n.ad_id', 'is', null),
        eb('n.version_id', 'is distinct from', eb.ref('ads.latest_version_id')),
      ]),
    )
    .orderBy('ads.id')
    .execute();
  const rescore = await n.selectFrom('network_rescore').select('ad_id').orderBy('ad_id').execute();
  return {
    changed: changed.map((r) => ({
      adId: toNumber(r.id),
      versionId: r.latest_version_id === null ? null : toNumber(r.latest_version_id),
    })),
    rescore: rescore.map((r) => toNumber(r.ad_id)),
    versionMark: maxOrNull(top?.m) ?? 0,
  };
}

/**
 * First-seen time of the oldest current version of an active ad that the scoring has not finished
 * with (null when none): not linked yet (as listStaleNetworkAds finds them) and without a result
 * computed since it was seen, or linked and still marked for re-scoring. Such an ad has no level yet, or its old one, so it is not on Today.
 * Only recent versions are read, as there.
 */
export async function oldestUnscoredChange(db: Db): Promise<string | null> {
  const mark = Number((await readState(db, 'versionMark')) ?? '0');
  const row = await netDb(db)
    .selectFrom('ad_versions as v')
    .innerJoin('ads', 'ads.latest_version_id', 'v.id')
    .leftJoin('network_ads as n', 'n.ad_id', 'ads.id')
    .leftJoin('network_rescore as s', 's.ad_id', 'ads.id')
    .select((eb) => eb.fn.min('v.first_seen').as('m'))
    .where('v.id', '>', Math.max(0, mark - versionSlack))
    .where('ads.gone_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('s.ad_id', 'is not', null),
        eb.and([
          eb.or([eb('n.ad_id', 'is', null), eb('n.version_id', 'is distinct from', eb.ref('v.id'))]),
          // A store scored without the network (older stores, seeded ones) has results instead.
          eb.not(
            eb.exists(
              eb
                .selectFrom('indicator_results as r')
                .select('r.id')
                .whereRef('r.ad_id', '=', 'ads.id')
                .whereRef('r.computed_at', '>=', 'v.first_seen'),
            ),
          ),
        ]),
      ]),
    )
    .executeTakeFirst();
  return row?.m ?? null;
}

/** Records that every version up to `mark` is linked (see listStaleNetworkAds). */
export async function saveVersionMark(db: Db, mark: number): Promise<void> {
  await writeState(db, 'versionMark', String(mark));
}

/** Marks ads with reviews added since the last call for re-scoring; returns how many. */
export async function markReviewedAds(db: Db, dialect: StoreDialect): Promise<number> {
  return writeTransaction(db, dialect, async (trx) => {
    const mark = Number((await readState(trx, 'reviewMark')) ?? '0');
    const rows = await netDb(trx)
      .selectFrom('reviews')
      .select(['ad_id', (eb) => eb.fn.max('id').as('top')])
      .where('id', '>', mark)
      .groupBy('ad_id')
      .execute();
    if (rows.length === 0) return 0;
    await markRescore(
      trx,
      rows.map((r) => toNumber(r.ad_id)),
    );
    await writeState(trx, 'reviewMark', String(Math.max(...rows.map((r) => toNumber(r.top)))));
    return rows.length;
  });
}

/** The highest review id (the watermark a full rebuild starts from). */
export async function reviewMark(db: Db): Promise<number> {
  const row = await db
    .selectFrom('reviews')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  return maxOrNull(row?.m) ?? 0;
}

export async function clearNetworkRescore(db: Db, adIds: readonly number[]): Promise<void> {
  for (const part of chunks([...adIds], 500))
    await netDb(db).deleteFrom('network_rescore').where('ad_id', 'in', part).execute();
}

/** Features, key members and links around some ads, for their cross-ad indicators. */
export async function loadNeighbourhood(
  db: Db,
  adIds: readonly number[],
): Promise<{ hood: NetworkNeighbourhood; clusters: Map<number, string | null> }> {
  const own = await readNetworkAds(db, adIds, false);
  const ads = new Map<number, AdFeatures>(own.map((a) => [a.adId, a.features]));
  const clusters = new Map<number, string | null>(own.map((a) => [a.adId, a.cluster]));
  const keyMembers = await readKeyMembers(
    db,
    own.flatMap((a) => a.features.keys),
    maxKeyScan,
  );
  const links = await readLinks(
    db,
    own.map((a) => a.adId),
  );
  const missing = new Set<number>();
  for (const members of keyMembers.values()) for (const m of members) if (!ads.has(m)) missing.add(m);
  for (const l of links) if (!ads.has(l.otherId)) missing.add(l.otherId);
  for (const a of await readNetworkAds(db, [...missing], false)) ads.set(a.adId, a.features);
  return { hood: { ads, keyMembers, links }, clusters };
}

/** Every ad's cluster (by ad key) with its creation order: kept by a full rebuild. */
export async function networkClusterPresets(db: Db): Promise<Map<string, { id: string; seq: number }>> {
  const rows = await netDb(db)
    .selectFrom('network_ads as a')
    .innerJoin('network_clusters as c', 'c.id', 'a.cluster_id')
    .select(['a.ad_key', 'c.id', 'c.seq'])
    .execute();
  return new Map(rows.map((r) => [r.ad_key, { id: r.id, seq: toNumber(r.seq) }]));
}

export async function getNetworkCluster(db: Db, id: string, limit: number): Promise<NetworkCluster | null> {
  const n = netDb(db);
  const cluster = await n.selectFrom('network_clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cluster) return null;
  const rows = await n
    .selectFrom('network_ads as a')
    .innerJoin('ads', 'ads.id', 'a.ad_id')
    .select('a.ad_id')
    .where('a.cluster_id', '=', id)
    .orderBy('ads.first_seen')
    .orderBy('ads.key')
    .limit(limit)
    .execute();
  return {
    id,
    seq: toNumber(cluster.seq),
    size: toNumber(cluster.size),
    adIds: rows.map((r) => toNumber(r.ad_id)),
  };
}

/**
 * Ads with a contact: an e-mail exactly, a phone by the ending of its digits (so "22 33 44 55"
 * finds `+4522334455`). Reads the phone part of the contact index only.
 */
export async function findAdsByContact(db: Db, contact: ContactQuery, limit: number): Promise<number[]> {
  const n = netDb(db);
  const q =
    contact.kind !== 'phone'
      ? n
          .selectFrom('network_contacts')
          .select('ad_id')
          .where('key', '=', contact.kind === 'email' ? `email:${contact.email}` : `handle:${contact.handle}`)
      : n
          .selectFrom('network_contacts')
          .select('ad_id')
          .where('key', '>=', 'phone:')
          .where('key', '<', 'phone;')
          // Without an international (00) or national trunk (0) prefix: "0803 123 4567" as a
          // Nigerian ad writes it finds +2348031234567.
          .where('key', 'like', `phone:%${contact.digits.replace(/^00?/, '')}`);
  const rows = await q.distinct().orderBy('ad_id').limit(limit).execute();
  return rows.map((r) => toNumber(r.ad_id));
}

export async function networkBuiltWith(db: Db): Promise<string | null> {
  return readState(db, 'builtWith');
}

/** Current version id of every ad. */
export async function adVersionIds(db: Db): Promise<Map<number, number | null>> {
  const rows = await db.selectFrom('ads').select(['id', 'latest_version_id']).execute();
  return new Map(
    rows.map((r) => [toNumber(r.id), r.latest_version_id === null ? null : toNumber(r.latest_version_id)]),
  );
}

export type { LinkRow };

/** Perceptual hashes of stored photos by content hash (photos without one are left out). */
export async function photoPhashes(db: Db, sha256s: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(sha256s)], 400)) {
    const rows = await db
      .selectFrom('photos')
      .select(['sha256', 'phash'])
      .where('sha256', 'in', part)
      .where('phash', 'is not', null)
      .execute();
    for (const r of rows) if (r.phash) out.set(r.sha256, r.phash);
  }
  return out;
}

/** Marks ads for re-scoring by the next incremental run (see NetworkStore.markNetworkRescore). */
export async function markNetworkRescore(db: Db, adIds: readonly number[]): Promise<void> {
  await markRescore(db, adIds);
}
