import type { Kysely, Migration } from 'kysely';

/**
 * The links of an ad are read from their index alone: re-scoring after a crawl reads the links
 * of every affected ad (~30,000 rows on a million-ad store), and through the old index each row
 * cost a second look-up in the table, at random (an old ad's links are spread over the years of
 * rows added after it). The new index leads with the old one's columns, which it replaces.
 */
export function coveringLinksMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('network_links_ad_cover')
        .on('network_links')
        .columns(['ad_id', 'other_id', 'type', 'similarity', 'mine', 'theirs'])
        .execute();
      await db.schema.dropIndex('network_links_ad').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('network_links_ad')
        .on('network_links')
        .columns(['ad_id', 'other_id'])
        .execute();
      await db.schema.dropIndex('network_links_ad_cover').execute();
    },
  };
}
