import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * A small table for the LSH and photo bucket rows of ads linked since the last merge (see
 * `updateNetwork`). On a store of a million ads the bucket index holds tens of millions of rows
 * in random order, and each new ad's ~30 rows landed on ~30 different pages of it, each written
 * back at commit: most of the cost of adding ads. New rows go here instead, where they stay in
 * cache, and move into the big table in one sorted batch once enough have gathered.
 */
export function recentBucketsMigration(dialect: StoreDialect): Migration {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('network_buckets_recent')
        .addColumn('bucket', sql.raw(big), (c) => c.notNull())
        .addColumn('ad_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('network_buckets_recent_bucket')
        .on('network_buckets_recent')
        .columns(['bucket', 'ad_id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('network_buckets_recent').execute();
    },
  };
}
