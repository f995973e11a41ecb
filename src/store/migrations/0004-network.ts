import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * The persisted network (#4): each ad's link keys, its cluster, the links with their reasons and
 * the clusters with their creation order, so that new ads are linked by looking up only the ads
 * that share a key with them instead of re-linking the whole store after each crawl.
 */
export function networkMigration(dialect: StoreDialect): Migration {
  const pg = dialect === 'postgres';
  const blob = pg ? 'bytea' : 'blob';
  const real = pg ? 'double precision' : 'real';
  const big = pg ? 'bigint' : 'integer';

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Settings the network was built with (a change means a full rebuild) and review watermark.
      await db.schema
        .createTable('network_state')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      // `seq` orders clusters by creation: when two merge, the older id survives.
      await db.schema
        .createTable('network_clusters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .execute();

      // One row per linked ad: the compact features (never texts), for which ad version they were
      // computed, the cluster, and whether the ad's result must be recomputed (set in the same
      // transaction as the network change, cleared once the result is written: crash-safe).
      await db.schema
        .createTable('network_ads')
        .addColumn('ad_id', 'integer', (c) => c.primaryKey().references('ads.id'))
        .addColumn('ad_key', 'text', (c) => c.notNull())
        .addColumn('version_id', 'integer')
        .addColumn('name', 'text')
        .addColumn('city', 'text')
        .addColumn('time_ms', sql.raw(real))
        .addColumn('keys', 'text', (c) => c.notNull())
        .addColumn('signature', sql.raw(blob))
        .addColumn('images', 'text', (c) => c.notNull())
        .addColumn('cluster_id', 'text')
        .addColumn('rescore', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('network_ads_cluster').on('network_ads').column('cluster_id').execute();
      await db.schema.createIndex('network_ads_rescore').on('network_ads').column('rescore').execute();

      // Normalised contacts (`phone:+45…`, `email:…`, `handle:…`) → ads.
      await db.schema
        .createTable('network_contacts')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('ad_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('network_contacts_pk', ['key', 'ad_id'])
        .execute();

      // LSH band keys of the MinHash and photo-hash bands → ads (see network/store-keys.ts).
      // No primary key: a full rebuild drops the index, appends and re-indexes in one sort.
      await db.schema
        .createTable('network_buckets')
        .addColumn('bucket', sql.raw(big), (c) => c.notNull())
        .addColumn('ad_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('network_buckets_bucket')
        .on('network_buckets')
        .columns(['bucket', 'ad_id'])
        .execute();

      // Text and photo links, stored in both directions so that an ad's links are one lookup.
      // Contact links are not stored: ads sharing a key are found through network_contacts.
      await db.schema
        .createTable('network_links')
        .addColumn('ad_id', 'integer', (c) => c.notNull())
        .addColumn('other_id', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('text', 'image')`))
        .addColumn('similarity', sql.raw(real))
        .addColumn('mine', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('theirs', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .createIndex('network_links_ad')
        .on('network_links')
        .columns(['ad_id', 'other_id'])
        .execute();
    },
  };
}
