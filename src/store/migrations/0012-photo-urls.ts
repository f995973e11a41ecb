import type { Kysely, Migration } from 'kysely';

/**
 * Which photo each address of a site gave, and when: the crawler does not download a photo again
 * that it fetched from the same address not long ago (a refreshed or edited ad keeps most of its
 * photos, and photos are most of a site's bytes).
 */
export function photoUrlsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('photo_urls')
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('photo_urls_pk', ['site_id', 'url'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('photo_urls').execute();
    },
  };
}
