import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacetsView, StatsView } from './routes/stats/presenter.js';
import { createTestServer, type TestServer } from './test-fixtures.js';

/** GET /api/stats and GET /api/facets on the seeded store. */

let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await createTestServer();
  cookie = await t.login('read-only');
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('GET /api/stats', () => {
  it('counts ads by first-seen day, city, nationality and site, by level', async () => {
    const res = await get('/api/stats?days=730');
    expect(res.statusCode).toBe(200);
    const stats = res.json<StatsView>();
    expect(stats.days).toBe(730);
    expect(stats.byDay).toEqual([
      // The gone ad of site-b was never scored: it counts as "none".
      { day: '2026-10-01', red: 1, yellow: 0, green: 0, none: 1, total: 2 },
      { day: '2026-10-02', red: 0, yellow: 1, green: 0, none: 0, total: 1 },
    ]);
    // Cities, nationalities and sites count active ads only.
    expect(stats.byCity).toEqual([
      { key: 'Odense', red: 1, yellow: 0, green: 0, none: 0, total: 1 },
      { key: 'København', red: 0, yellow: 1, green: 0, none: 0, total: 1 },
    ]);
    expect(stats.bySite).toEqual([{ key: 'site-a', red: 1, yellow: 1, green: 0, none: 0, total: 2 }]);
    expect(stats.byNationality).toEqual([]);
  });

  it('starts the day series at the first of `days` whole days', async () => {
    const stats = (await get('/api/stats?days=1')).json<StatsView>();
    expect(stats.from).toBe(new Date().toISOString().slice(0, 10));
    expect(stats.byDay).toEqual([]);
  });

  it.each(['?days=0', '?days=10000', '?top=0', '?level=red'])('rejects %s', async (query) => {
    expect((await get(`/api/stats${query}`)).statusCode).toBe(400);
  });
});

describe('GET /api/facets', () => {
  it('offers every catalogue indicator with counts, and the nationalities and languages found', async () => {
    const res = await get('/api/facets');
    expect(res.statusCode).toBe(200);
    const facets = res.json<FacetsView>();
    const count = (id: string) => facets.indicators.find((i) => i.id === id)?.count;
    expect(count('new-in-town')).toBe(2);
    expect(count('youth-emphasis')).toBe(1);
    expect(count('drugs-offered')).toBe(0);
    expect(facets.indicators.find((i) => i.id === 'new-in-town')?.labels.da).toBeTruthy();
    expect(facets.nationalities).toEqual([]);
    expect(facets.languages).toEqual([]);
    // Phones are searched, never listed.
    expect(JSON.stringify(facets)).not.toContain('4522334455');
  });
});
