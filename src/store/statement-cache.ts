import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite database as Kysely sees it, with prepared statements kept for reuse. Kysely's SQLite
 * driver prepares every query anew, and preparing costs about as much as running a small insert:
 * recording an ad runs half a dozen statements, so a crawl into a large store spent a fifth of
 * its recording time preparing the same SQL again. A statement still being iterated (a streamed
 * query) is never handed out twice: a fresh one is prepared instead. The cache is bounded because
 * `in (...)` lists make SQL texts of many lengths.
 */
export function withStatementCache(database: Database, limit = 256): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string) => {
      const cached = cache.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Most recently used last, so the oldest goes first when full.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached === undefined) {
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
