import type { Kysely, Migration } from 'kysely';

/**
 * Drops the single-column ad indexes of 0001 that are the first column of a wider index of 0003
 * (`score` of `ads_score_order`, `first_seen` of `ads_first_seen_level`, `gone_at` of the
 * `ads_active_*` ones): the planner uses the wider index for the same look-ups, and every index
 * is one more page to write for each ad a crawl records (15 indexes on a million-ad store made
 * index pages most of the cost of recording an ad).
 */
export function leanIndexesMigration(): Migration {
  const dropped = { ads_score: 'score', ads_first_seen: 'first_seen', ads_gone_at: 'gone_at' };
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const name of Object.keys(dropped)) await db.schema.dropIndex(name).ifExists().execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const [name, column] of Object.entries(dropped))
        await db.schema.createIndex(name).ifNotExists().on('ads').column(column).execute();
    },
  };
}
