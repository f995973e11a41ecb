import { sql, type Kysely } from 'kysely';
import type { StoreDatabase, StoreDialect } from './schema.js';

export type Db = Kysely<StoreDatabase>;

/**
 * Runs `fn` in one write transaction. SQLite takes the write lock up front (`begin immediate`):
 * a deferred transaction that reads and then writes fails at once with SQLITE_BUSY when another
 * process (crawler beside server) wrote in between, instead of waiting for busy_timeout.
 */
export async function writeTransaction<T>(
  db: Db,
  dialect: StoreDialect,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/** Creates a placeholder site row so that ads and runs of a not-yet-registered site still store. */
export async function ensureSite(db: Db, siteId: string): Promise<void> {
  await db
    .insertInto('sites')
    .values({ id: siteId, name: siteId, base_url: '' })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The later of two ISO timestamps (by instant; by text when one does not parse). */
export function laterIso(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a >= b ? a : b;
  return tb > ta ? b : a;
}
