import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { KyselyRepository } from './kysely-repository.js';
import { migrationProvider } from './migrations/index.js';
import { openMigratedTestRepository } from './test-database.js';

// PostgreSQL's text search reads a trigram index (migration 0008) where pg_trgm can be created,
// and still works (by a scan) where it cannot.

const pgUrl = process.env.OPSPOR_TEST_PG_URL || undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function open(upTo?: string): Promise<KyselyRepository> {
  const { repo, cleanup } = await openMigratedTestRepository('postgres', {
    ...(upTo === undefined ? {} : { upTo }),
  });
  cleanups.push(cleanup);
  return repo;
}

const texts: Record<string, string> = {
  a: 'Ny i byen, Sofia fra Rumænien. Ring 22 33 44 55',
  b: 'Discreet massage by Anna, 100% private',
  c: 'Thai massage_studio Nørrebro, åbent 10-22',
};

async function recordAll(repo: KyselyRepository): Promise<void> {
  for (const [id, text] of Object.entries(texts))
    await repo.recordAd({
      siteId: 'site-a',
      siteAdId: id,
      url: `https://a.example/${id}`,
      seenAt: '2026-11-01T10:00:00.000Z',
      runId: null,
      snapshot: { title: `Annonce ${id}`, text, photoHashes: [] },
    });
}

async function found(repo: KyselyRepository, q: string): Promise<string[]> {
  const { ads } = await repo.listAds({ status: 'all', q });
  return ads.map((a) => a.key).sort();
}

async function hasIndex(repo: KyselyRepository): Promise<boolean> {
  const r = await sql<{
    n: string;
  }>`select count(*) as n from pg_indexes where indexname = 'ads_search_trgm'`.execute(repo.db);
  return Number(r.rows[0]!.n) === 1;
}

async function searchPlan(repo: KyselyRepository, q: string): Promise<string> {
  // Three ads make a scan cheapest; with scans priced out the plan shows whether the index can serve.
  return repo.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const r = await sql<{
      'QUERY PLAN': string;
    }>`explain select id from ads where search_text like ${`%${q}%`} escape '\\'`.execute(trx);
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe.skipIf(pgUrl === undefined)('PostgreSQL text search index', () => {
  it('searches through a trigram index of the ad text', async () => {
    const repo = await open();
    expect(await hasIndex(repo)).toBe(true);
    await recordAll(repo);
    expect(await searchPlan(repo, 'rumænien')).toContain('ads_search_trgm');
    expect(await found(repo, 'RUMÆNIEN')).toEqual(['site-a:a']);
    expect(await found(repo, 'massage')).toEqual(['site-a:b', 'site-a:c']);
    // LIKE wildcards in the term are literal characters, also with the index.
    expect(await found(repo, '100%')).toEqual(['site-a:b']);
    expect(await found(repo, 'e_s')).toEqual(['site-a:c']);
    // Terms shorter than a trigram still work (by a scan).
    expect(await found(repo, 'ny')).toEqual(['site-a:a']);
    expect(await found(repo, 'nowhere')).toEqual([]);
  });

  it('migrates without the index when it cannot be created, and search still works', async () => {
    const repo = await open('0007-deferred-text-index');
    // A table of the index's name makes CREATE INDEX fail inside the migration's transaction.
    await sql`create table ads_search_trgm (x integer)`.execute(repo.db);
    await repo.migrate();
    expect(await hasIndex(repo)).toBe(false);
    await recordAll(repo);
    expect(await found(repo, 'rumænien')).toEqual(['site-a:a']);
    const done = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      repo.db,
    );
    expect(done.rows.map((r) => r.name)).toContain('0008-pg-text-index');
  });

  it('drops the index when migrated down', async () => {
    const repo = await open();
    await new Migrator({ db: repo.db, provider: migrationProvider('postgres') }).migrateTo(
      '0007-deferred-text-index',
    );
    expect(await hasIndex(repo)).toBe(false);
  });
});
