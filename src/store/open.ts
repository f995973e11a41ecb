import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { KyselyRepository } from './kysely-repository.js';
import type { Repository } from './repository.js';
import type { StoreDatabase } from './schema.js';
import { withStatementCache } from './statement-cache.js';

/**
 * Opens the store. `postgres://…` / `postgresql://…` → PostgreSQL; anything else (`sqlite:PATH`,
 * a plain path, `:memory:`) → SQLite, creating the parent directory. Does not migrate: callers run
 * `await repo.migrate()` (idempotent) so that the start-up order stays explicit.
 */
export async function openRepository(databaseUrl: string): Promise<Repository> {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
    return Promise.resolve(new KyselyRepository(db, 'postgres'));
  }
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:') {
    // The store holds personal data (ads, photos, notes, password hashes): owner only. SQLite gives
    // its -wal and -shm files the database file's mode, so they follow.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
    tightenMode(path);
  }
  const database = new Database(path);
  // WAL lets the dashboard read while a crawl writes; busy_timeout makes a second writer wait.
  if (path !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // SQLite's default page cache is 2 MB; a store of a million ads has a bucket index of tens of
  // millions of rows, and incremental linking after a crawl probes it at random. 128 MB (a bound,
  // not an allocation) keeps the hot index pages in memory.
  database.pragma('cache_size = -131072');
  const db = new Kysely<StoreDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  return Promise.resolve(new KyselyRepository(db, 'sqlite'));
}

/** Removes group and other access from an existing store file (created before this check). */
function tightenMode(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch {
    // Not our file (e.g. a read-only mount): SQLite reports what it cannot do when it opens it.
  }
}

/** The file path of a SQLite database URL (`sqlite:PATH`, `sqlite://PATH`, a plain path). */
export function sqlitePath(databaseUrl: string): string {
  const path = databaseUrl.replace(/^sqlite:(\/\/)?/i, '');
  return path === '' ? ':memory:' : path;
}
