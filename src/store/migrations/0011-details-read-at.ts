import { sql, type Kysely, type Migration } from 'kysely';

/**
 * When each ad's detail page (with its reviews) was last read in full: the crawler reads it again
 * after some days even when the list says the ad is unchanged, because new client reviews do not
 * change an ad's list entry (see `Politeness.refreshDays`). Ads read before this release count as
 * read when they were last seen, so the first crawl after it does not re-read every ad at once.
 */
export function detailsReadAtMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('ads').addColumn('details_read_at', 'text').execute();
      await sql`update ads set details_read_at = last_seen where list_fingerprint is not null`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('ads').dropColumn('details_read_at').execute();
    },
  };
}
