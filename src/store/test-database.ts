import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import pg from 'pg';
import { StoreError } from './codec.js';
import { KyselyRepository } from './kysely-repository.js';
import { migrationProvider } from './migrations/index.js';
import { openRepository } from './open.js';
import type { Repository } from './repository.js';

/** A throw-away database for tests: its URL and how to remove it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an isolated database. SQLite: a file in a fresh temp directory. PostgreSQL: a new
 * database `opspor_t_<random>` on the server of env `OPSPOR_TEST_PG_URL` (or `serverUrl`).
 */
export async function createTestDatabase(
  kind: 'sqlite' | 'postgres' = 'sqlite',
  serverUrl: string | undefined = process.env.OPSPOR_TEST_PG_URL,
): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'opspor-store-'));
    return { url: `sqlite:${join(dir, 'test.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  if (serverUrl === undefined || serverUrl === '') {
    throw new StoreError('OPSPOR_TEST_PG_URL is not set: no PostgreSQL server for tests');
  }
  const name = `opspor_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdmin(serverUrl, async (c) => {
        await untilDisconnected(c, name);
        await c.query(`drop database if exists ${name} with (force)`);
      });
    },
  };
}

/**
 * Waits (up to 3 s) until no session is connected to database `name`. A closed pool has asked its
 * sessions to end but does not wait for the server to let them go (pg-pool resolves `end()` once
 * it has told each client to end); dropping `with (force)` at that moment terminates them, and the
 * "terminating connection due to administrator command" they then receive surfaced as an
 * unhandled error of whichever test file was running (seen once in CI, in the crawler's e2e test).
 */
async function untilDisconnected(admin: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ n: string }>(
      'select count(*) as n from pg_stat_activity where datname = $1',
      [name],
    );
    if (Number(rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The backends a store test runs on: SQLite always, PostgreSQL when OPSPOR_TEST_PG_URL names a server. */
export const testBackends: readonly ('sqlite' | 'postgres')[] = process.env.OPSPOR_TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A migrated repository on a fresh test database; `cleanup` closes it and drops the database. */
export async function openTestRepository(
  kind: 'sqlite' | 'postgres' = 'sqlite',
  serverUrl: string | undefined = process.env.OPSPOR_TEST_PG_URL,
): Promise<{ repo: Repository; cleanup: () => Promise<void> }> {
  const database = await createTestDatabase(kind, serverUrl);
  const repo = await openRepository(database.url);
  await repo.migrate();
  return {
    repo,
    cleanup: async () => {
      await repo.close();
      await database.drop();
    },
  };
}

/**
 * A Kysely repository on a fresh test database, migrated to the latest or only up to the
 * migration named `upTo` (for tests of a migration and of what it leaves behind).
 */
export async function openMigratedTestRepository(
  kind: 'sqlite' | 'postgres',
  options: { upTo?: string; serverUrl?: string } = {},
): Promise<{ repo: KyselyRepository; cleanup: () => Promise<void> }> {
  const database = await createTestDatabase(kind, options.serverUrl ?? process.env.OPSPOR_TEST_PG_URL);
  const repo = await openRepository(database.url);
  const cleanup = async (): Promise<void> => {
    await repo.close();
    await database.drop();
  };
  if (!(repo instanceof KyselyRepository)) {
    await cleanup();
    throw new TypeError('expected the Kysely repository');
  }
  if (options.upTo === undefined) await repo.migrate();
  else await new Migrator({ db: repo.db, provider: migrationProvider(kind) }).migrateTo(options.upTo);
  return { repo, cleanup };
}
