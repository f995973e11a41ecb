import { sql, type Kysely, type Migration } from 'kysely';
import { errorMessage } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { StoreDialect } from '../schema.js';

/** What a database owner runs by hand when the migration could not create the index itself. */
export const pgTextIndexSql =
  'create extension if not exists pg_trgm; create index ads_search_trgm on ads using gin (search_text gin_trgm_ops);';

/**
 * PostgreSQL: a trigram index of the ads' search text, so that the list's substring search
 * (`search_text like '%term%'`) reads the index instead of every ad, as SQLite's `ads_fts` does.
 * pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the owner of the
 * database can create it; where it is missing or not allowed the search still works (by a scan),
 * the migration only warns and says what to run. A savepoint keeps that failure from aborting the
 * migration's transaction.
 */
export function pgTextIndexMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`savepoint pg_text_index`.execute(db);
      try {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create index ads_search_trgm on ads using gin (search_text gin_trgm_ops)`.execute(db);
        await sql`release savepoint pg_text_index`.execute(db);
      } catch (cause) {
        await sql`rollback to savepoint pg_text_index`.execute(db);
        logger.warn(
          `no trigram index for text search (${errorMessage(cause)}): search scans every ad. ` +
            `A database owner can add it with: ${pgTextIndexSql}`,
        );
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`drop index if exists ads_search_trgm`.execute(db);
    },
  };
}
