import { sql } from 'kysely';
import { chunks, toNumber } from './codec.js';
import { writeTransaction, type Db } from './db.js';
import { deleteLinksOf } from './network-rows.js';
import type { StoreDialect } from './schema.js';

/**
 * Storage limitation: ads that went offline are deleted once they have been gone long enough,
 * with everything stored about them (versions, photos no other ad uses, reviews, results, notes,
 * casework, facets, network rows). Only the audit trail keeps that the ad existed (`ad:<key>`
 * subjects), never its content. Ads still online are never touched.
 */

/** Marks the members of a cluster for re-scoring by the next incremental run. */
async function markClusterForRescore(trx: Db, cluster: string): Promise<void> {
  await sql`insert into network_rescore (ad_id) select ad_id from network_ads where cluster_id = ${cluster}
    on conflict (ad_id) do nothing`.execute(trx);
}

/** Tables keyed by `ad_id` (children of `ads`), deleted child first. */
const adTables = [
  'photo_tags',
  'ad_x_factors',
  'ad_cases',
  'case_events',
  'notes',
  'ad_facets',
  'indicator_results',
  'reviews',
  'ad_photos',
  'ad_versions',
  'network_contacts',
  'network_buckets',
  'network_buckets_recent',
] as const;

/** Deletes ads gone before `goneBefore` (ISO instant); returns how many were deleted. */
export async function purgeGoneAds(
  db: Db,
  dialect: StoreDialect,
  opts: { goneBefore: string },
): Promise<number> {
  const rows = await db
    .selectFrom('ads')
    .select('id')
    .where('gone_at', 'is not', null)
    .where('gone_at', '<', opts.goneBefore)
    .execute();
  const ids = rows.map((r) => toNumber(r.id));
  for (const part of chunks(ids, 200)) {
    await writeTransaction(db, dialect, async (trx) => {
      const list = sql.join(part);
      // Network: drop the ads' links and membership; shrink their clusters, and have the ads left
      // in them re-scored (their neighbours are gone).
      const clusters = await sql<{ cluster_id: string }>`
        select distinct cluster_id from network_ads where ad_id in (${list}) and cluster_id is not null`.execute(
        trx,
      );
      await deleteLinksOf(trx, part);
      await sql`delete from network_rescore where ad_id in (${list})`.execute(trx);
      await sql`delete from network_ads where ad_id in (${list})`.execute(trx);
      for (const { cluster_id: id } of clusters.rows) {
        const left = await sql<{ n: number | string }>`
          select count(*) as n from network_ads where cluster_id = ${id}`.execute(trx);
        const n = toNumber(left.rows[0]?.n ?? 0);
        if (n < 2) {
          // A network of one is none (as a full run sees it): the ad left alone loses the id.
          await markClusterForRescore(trx, id);
          await sql`update network_ads set cluster_id = null where cluster_id = ${id}`.execute(trx);
          await sql`delete from network_clusters where id = ${id}`.execute(trx);
        } else {
          await sql`update network_clusters set size = ${n} where id = ${id}`.execute(trx);
          await markClusterForRescore(trx, id);
        }
      }
      for (const table of adTables) {
        await sql`delete from ${sql.table(table)} where ad_id in (${list})`.execute(trx);
      }
      // SQLite's trigger on ads removes the row from the text index.
      await sql`delete from ads where id in (${list})`.execute(trx);
    });
  }
  if (ids.length > 0) {
    // Photos no remaining ad shows (a photo is stored once per content hash, shared by ads).
    await sql`delete from photos where sha256 not in (select sha256 from ad_photos)
      and sha256 not in (select sha256 from photo_tags)`.execute(db);
    // The crawler's memory of which address gave a deleted photo goes with it.
    await sql`delete from photo_urls where sha256 not in (select sha256 from photos)`.execute(db);
  }
  return ids.length;
}
