import { sql, type Kysely, type Migration } from 'kysely';
import { caseStatuses, photoTags } from '../casework-store.js';
import type { StoreDialect } from '../schema.js';

/** `value in ('a', 'b')` for a check constraint; the lists are constants of the code, not input. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

/**
 * Tables for case status, assignment, x-factor, photo tags and their history (#5). An ad without
 * an `ad_cases` row is `new` and unassigned, so the crawler never has to create case rows.
 */
export function caseworkMigration(dialect: StoreDialect): Migration {
  const pg = dialect === 'postgres';
  const json = pg ? 'jsonb' : 'text';

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('ad_cases')
        .addColumn('ad_id', 'integer', (c) => c.primaryKey().references('ads.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', caseStatuses)))
        .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The ad list filters on both with a LEFT JOIN.
      await db.schema.createIndex('ad_cases_status').on('ad_cases').column('status').execute();
      await db.schema.createIndex('ad_cases_assignee').on('ad_cases').column('assignee_id').execute();

      await db.schema
        .createTable('ad_x_factors')
        .addColumn('ad_id', 'integer', (c) => c.primaryKey().references('ads.id'))
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('set_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('set_at', 'text', (c) => c.notNull())
        .execute();

      // No foreign key to photos: a photo may be listed in a version before its bytes are stored.
      await db.schema
        .createTable('photo_tags')
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('tag', 'text', (c) => c.notNull().check(oneOf('tag', photoTags)))
        .addColumn('set_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('set_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('photo_tags_pk', ['ad_id', 'sha256', 'tag'])
        .execute();

      const events = pg
        ? db.schema
            .createTable('case_events')
            .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        : db.schema
            .createTable('case_events')
            .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await events
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('detail', sql.raw(json), (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_ad').on('case_events').columns(['ad_id', 'id']).execute();
    },
  };
}
