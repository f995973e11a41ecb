import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { KyselyRepository } from './kysely-repository.js';
import { migrationProvider } from './migrations/index.js';
import { openMigratedTestRepository } from './test-database.js';

// The trigram text index takes new ads in batches (migration 0007): search must find every ad
// before and after the batch, and the index must stay consistent with the ads it indexes.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function open(upTo?: string): Promise<KyselyRepository> {
  const { repo, cleanup } = await openMigratedTestRepository('sqlite', {
    ...(upTo === undefined ? {} : { upTo }),
  });
  cleanups.push(cleanup);
  return repo;
}

let seen = 0;
function record(repo: KyselyRepository, siteAdId: string, text: string) {
  seen += 1;
  return repo.recordAd({
    siteId: 'site-a',
    siteAdId,
    url: `https://a.example/${siteAdId}`,
    seenAt: `2026-11-0${1 + (seen % 9)}T10:00:00.000Z`,
    runId: null,
    snapshot: { title: `Annonce ${siteAdId}`, text, photoHashes: [] },
  });
}

async function found(repo: KyselyRepository, q: string): Promise<string[]> {
  const { ads } = await repo.listAds({ status: 'all', q });
  return ads.map((a) => a.key).sort();
}

/** FTS5 compares an external-content index with its table: throws when they disagree. */
async function checkIndex(repo: KyselyRepository): Promise<void> {
  await sql`insert into ads_fts (ads_fts) values ('integrity-check')`.execute(repo.db);
}

/** Rows of the text index itself that hold `term` (each ad at most once when it is right). */
async function indexed(repo: KyselyRepository, term: string): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*) as n from ads_fts where search_text like ${`%${term}%`}`.execute(repo.db);
  return r.rows[0]!.n;
}

async function pending(repo: KyselyRepository): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ads_fts_pending`.execute(repo.db);
  return r.rows[0]!.n;
}

describe('deferred text index', () => {
  it('finds new ads before and after they are indexed', async () => {
    const repo = await open();
    await record(repo, '1', 'Rødhåret Anna i Vejle, ny i byen');
    await record(repo, '2', 'Maria i Odense');
    expect(await pending(repo)).toBe(2);
    expect(await found(repo, 'vejle')).toEqual(['site-a:1']);
    expect(await found(repo, 'rødhåret')).toEqual(['site-a:1']);
    expect(await repo.indexPendingText()).toBe(2);
    expect(await pending(repo)).toBe(0);
    expect(await repo.indexPendingText()).toBe(0);
    expect(await found(repo, 'vejle')).toEqual(['site-a:1']);
    expect(await found(repo, 'i odense')).toEqual(['site-a:2']);
    await checkIndex(repo);
  });

  it('follows changed text of indexed and of pending ads', async () => {
    const repo = await open();
    await record(repo, '1', 'Anna i Vejle');
    await repo.indexPendingText();
    await record(repo, '2', 'Maria i Odense');
    // A new version of an indexed ad is re-indexed at once; of a pending ad, when indexed.
    await record(repo, '1', 'Anna er flyttet til Aalborg');
    await record(repo, '2', 'Maria er nu i Esbjerg');
    expect(await found(repo, 'vejle')).toEqual([]);
    expect(await found(repo, 'aalborg')).toEqual(['site-a:1']);
    expect(await found(repo, 'odense')).toEqual([]);
    expect(await found(repo, 'esbjerg')).toEqual(['site-a:2']);
    await checkIndex(repo);
    expect(await repo.indexPendingText()).toBe(1);
    expect(await found(repo, 'esbjerg')).toEqual(['site-a:2']);
    expect(await indexed(repo, 'esbjerg')).toBe(1);
    expect(await indexed(repo, 'aalborg')).toBe(1);
    expect(await found(repo, 'odense')).toEqual([]);
    await checkIndex(repo);
  });

  it('keeps the index consistent when ads are deleted, pending or not', async () => {
    const repo = await open();
    const a = await record(repo, '1', 'Anna i Vejle');
    await repo.indexPendingText();
    const b = await record(repo, '2', 'Maria i Vejle');
    // Deleting ads is not an operation of the product today; the trigger must still be right.
    await sql`pragma foreign_keys = off`.execute(repo.db);
    await sql`delete from ads where id in (${a.adId}, ${b.adId})`.execute(repo.db);
    await sql`pragma foreign_keys = on`.execute(repo.db);
    expect(await pending(repo)).toBe(0);
    expect(await found(repo, 'vejle')).toEqual([]);
    await checkIndex(repo);
  });

  it('migrates a store whose ads were indexed one by one', async () => {
    const repo = await open('0006-recent-buckets');
    await record(repo, '1', 'Anna i Vejle');
    await repo.migrate();
    await record(repo, '2', 'Maria i Vejle');
    expect(await found(repo, 'vejle')).toEqual(['site-a:1', 'site-a:2']);
    expect(await repo.indexPendingText()).toBe(1);
    await checkIndex(repo);
    const down = await new Migrator({ db: repo.db, provider: migrationProvider('sqlite') }).migrateTo(
      '0006-recent-buckets',
    );
    expect(down.error).toBeUndefined();
    // Down again, the old triggers index each new ad at once (this code's search needs 0007).
    await record(repo, '3', 'Eva i Vejle');
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from ads_fts where search_text like '%vejle%'`.execute(repo.db);
    expect(rows.rows[0]!.n).toBe(3);
    await checkIndex(repo);
  });
});
