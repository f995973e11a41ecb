import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The ads marked for re-scoring move from a flag column of `network_ads` to a table of their
 * own. After a crawl thousands of linked ads are marked and then cleared: as a column, each mark
 * rewrote a page of the big network table and of an index over a 0/1 value spread across all of
 * it (on a million-ad store, ~2,000 pages written twice per run, half a second); a row in a small
 * table costs a few pages in all. A mark names a linked ad only (`network_ads`), and goes with it.
 * The old column stays (always 0): dropping it rewrites the whole table on SQLite.
 */
export function rescoreTableMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('network_rescore')
        .addColumn('ad_id', 'integer', (c) =>
          c.primaryKey().references('network_ads.ad_id').onDelete('cascade'),
        )
        .execute();
      await sql`insert into network_rescore (ad_id)
        select ad_id from network_ads where rescore = 1 order by ad_id`.execute(db);
      await sql`update network_ads set rescore = 0 where rescore = 1`.execute(db);
      await db.schema.dropIndex('network_ads_rescore').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('network_ads_rescore').on('network_ads').column('rescore').execute();
      await sql`update network_ads set rescore = 1 where ad_id in (select ad_id from network_rescore)`.execute(
        db,
      );
      await db.schema.dropTable('network_rescore').execute();
    },
  };
}
