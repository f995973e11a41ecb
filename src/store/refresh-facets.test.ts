import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { factsWith } from '../shared/facts.js';
import { openMigratedTestRepository, testBackends } from './test-database.js';

// Migration 0009: stores whose batch-saved results never got facets get them from each ad's
// current result.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe.each(testBackends)('migration 0009-refresh-facets (%s)', (backend) => {
  it('rebuilds the facets of every ad from its current result', async () => {
    const { repo, cleanup } = await openMigratedTestRepository(backend, { upTo: '0008-pg-text-index' });
    cleanups.push(cleanup);
    const { adId } = await repo.recordAd({
      siteId: 'site-a',
      siteAdId: '1',
      url: 'https://a.example/1',
      seenAt: '2026-11-01T10:00:00.000Z',
      runId: null,
      snapshot: { title: 'Sofia', text: 'Ny i byen', photoHashes: [] },
    });
    const result = (indicator: string, nationality: string, at: string) => ({
      ad_id: adId,
      config_version: 'v1',
      computed_at: at,
      score: 2,
      level: 'green' as const,
      indicators: JSON.stringify([{ id: indicator, weight: 2, evidence: [] }]),
      result: JSON.stringify({ extracted: factsWith({ nationalities: [nationality] }) }),
    });
    // As the batch save wrote results before: history rows, no facets.
    await repo.db
      .insertInto('indicator_results')
      .values([
        result('new-in-town', 'PL', '2026-11-01T10:00:00.000Z'),
        result('foreign-nationality', 'RO', '2026-11-02T10:00:00.000Z'),
      ])
      .execute();
    await sql`delete from ad_facets`.execute(repo.db);
    expect((await repo.listAds({ status: 'all', nationality: 'RO' })).total).toBe(0);

    await repo.migrate();
    const facets = await sql<{
      kind: string;
      value: string;
    }>`select kind, value from ad_facets order by kind, value`.execute(repo.db);
    expect(facets.rows).toEqual([
      { kind: 'indicator', value: 'foreign-nationality' },
      { kind: 'nationality', value: 'RO' },
    ]);
    expect((await repo.listAds({ status: 'all', nationality: 'RO' })).total).toBe(1);
  });
});
