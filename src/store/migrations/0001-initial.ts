import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * The initial schema. One migration set serves both backends; it branches on the dialect only
 * where column types differ (identity ids, blob/bytea, text/jsonb, real/double precision).
 */
export function initialMigration(dialect: StoreDialect): Migration {
  const pg = dialect === 'postgres';
  const json = pg ? 'jsonb' : 'text';
  const blob = pg ? 'bytea' : 'blob';
  const real = pg ? 'double precision' : 'real';

  function withId<T extends string>(table: CreateTableBuilder<T>): CreateTableBuilder<T, 'id'> {
    return pg
      ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  }

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('base_url', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('crawl_runs'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('running', 'finished', 'failed')`),
        )
        .addColumn('stats', sql.raw(json))
        .addColumn('duration_ms', 'integer')
        .execute();
      await db.schema
        .createIndex('crawl_runs_site_status')
        .on('crawl_runs')
        .columns(['site_id', 'status'])
        .execute();

      // Crash-safe gone detection: what a run listed is written as it is seen, not at the end.
      await db.schema
        .createTable('run_listings')
        .addColumn('run_id', 'integer', (c) => c.notNull().references('crawl_runs.id'))
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('site_ad_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('run_listings_pk', ['run_id', 'site_id', 'site_ad_id'])
        .execute();

      await withId(db.schema.createTable('ads'))
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
        .addColumn('site_ad_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('gone_at', 'text')
        .addColumn('list_fingerprint', 'text')
        .addColumn('latest_version_id', 'integer')
        .addColumn('version_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('city', 'text')
        .addColumn('name', 'text')
        .addColumn('title', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('score', sql.raw(real))
        .addColumn('level', 'text')
        .addUniqueConstraint('ads_identity', ['site_id', 'site_ad_id'])
        .execute();
      for (const column of ['city', 'gone_at', 'last_seen', 'first_seen', 'score', 'level']) {
        await db.schema.createIndex(`ads_${column}`).on('ads').column(column).execute();
      }

      await withId(db.schema.createTable('ad_versions'))
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('snapshot', sql.raw(json), (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('changed_fields', sql.raw(json), (c) => c.notNull())
        .addUniqueConstraint('ad_versions_number', ['ad_id', 'number'])
        .execute();

      await db.schema
        .createTable('photos')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('phash', 'text')
        .addColumn('data', sql.raw(blob), (c) => c.notNull())
        .execute();

      // No foreign key to photos: an ad may be recorded before (or without) its photo bytes.
      await db.schema
        .createTable('ad_photos')
        .addColumn('version_id', 'integer', (c) => c.notNull().references('ad_versions.id'))
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ad_photos_pk', ['version_id', 'position'])
        .execute();
      await db.schema.createIndex('ad_photos_sha256').on('ad_photos').column('sha256').execute();
      await db.schema.createIndex('ad_photos_ad').on('ad_photos').column('ad_id').execute();

      await withId(db.schema.createTable('reviews'))
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('review_id', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'text')
        .addColumn('text', 'text')
        .addColumn('url', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addUniqueConstraint('reviews_identity', ['ad_id', 'review_id'])
        .execute();

      await withId(db.schema.createTable('indicator_results'))
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('config_version', 'text', (c) => c.notNull())
        .addColumn('computed_at', 'text', (c) => c.notNull())
        .addColumn('score', sql.raw(real), (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('indicators', sql.raw(json), (c) => c.notNull())
        .addColumn('result', sql.raw(json), (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('indicator_results_ad')
        .on('indicator_results')
        .columns(['ad_id', 'computed_at'])
        .execute();

      await withId(db.schema.createTable('users'))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_visit_at', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await withId(db.schema.createTable('notes'))
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notes_ad').on('notes').column('ad_id').execute();

      await withId(db.schema.createTable('audit_events'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('detail', sql.raw(json))
        .execute();
      await db.schema.createIndex('audit_events_subject').on('audit_events').column('subject').execute();
    },
  };
}
