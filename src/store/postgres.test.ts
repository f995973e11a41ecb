import { sql } from 'kysely';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestDatabase, openRepository, type TestDatabase } from './index.js';
import { KyselyRepository } from './kysely-repository.js';
import { runRepositoryContract } from './repository.contract.js';

/**
 * Runs when OPSPOR_TEST_PG_URL names a PostgreSQL server (CI sets it); `OPSPOR_TEST_PG=1` alone
 * (`npm run test:pg`) means the local development server.
 */
const localServer = 'postgres://opspor:opspor@127.0.0.1:5432/opspor_test';
const pgUrl =
  process.env.OPSPOR_TEST_PG_URL || (process.env.OPSPOR_TEST_PG === '1' ? localServer : undefined);

const emptyOrder = [
  'network_links',
  'network_buckets',
  'network_buckets_recent',
  'network_contacts',
  'network_rescore',
  'network_ads',
  'network_clusters',
  'network_state',
  'case_events',
  'photo_tags',
  'ad_x_factors',
  'ad_cases',
  'ad_facets',
  'triage_marks',
  'audit_events',
  'notes',
  'users',
  'indicator_results',
  'reviews',
  'ad_photos',
  'photos',
  'ad_versions',
  'ads',
  'run_listings',
  'crawl_runs',
  'sites',
];

if (pgUrl !== undefined) {
  // One database for the file, emptied before each test: CREATE DATABASE per test is slow.
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres', pgUrl);
  });
  afterAll(async () => {
    await database.drop();
  });

  runRepositoryContract('postgres', async () => {
    const repo = await openRepository(database.url);
    await repo.migrate();
    if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
    // Children before parents; DELETE beats TRUNCATE on tables this small.
    for (const table of emptyOrder) await sql`delete from ${sql.table(table)}`.execute(repo.db);
    return { repo, cleanup: () => repo.close() };
  });
} else {
  describe.skip('Repository contract: postgres (skipped: set OPSPOR_TEST_PG_URL=postgres://… to run)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
