import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import { clusterPhone, seedCluster, testClusterId, type SeededCluster } from './cluster-fixtures.js';
import type { ClusterView, SearchView } from './routes/clusters/presenter.js';
import { normaliseContact } from './routes/clusters/schema.js';
import { createTestServer, type TestServer } from './test-fixtures.js';

let t: TestServer;
let cluster: SeededCluster;
let cookie: string;
beforeAll(async () => {
  t = await createTestServer();
  cluster = await seedCluster(t.repo);
  cookie = await t.login('outreach');
});
afterAll(async () => {
  await t.close();
});

async function get(url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}

describe('GET /api/clusters/:id', () => {
  it('lists the ads of the cluster with names, phones, sites, cities, timeline, edges and score', async () => {
    const res = await get(`/api/clusters/${testClusterId}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ClusterView>();
    expect(body.id).toBe(testClusterId);
    expect(body.ads.map((a) => a.key)).toEqual(['site-a:50', 'site-b:51']);
    expect(body.ads[0]).toMatchObject({
      id: cluster.first,
      title: 'Sød <pige>',
      name: 'Lina',
      site: 'site-a',
      city: 'København',
      goneAt: null,
      postKind: 'offer',
    });
    expect(body.names).toEqual(['Lena', 'Lina']);
    expect(body.phones).toEqual([clusterPhone]);
    expect(body.sites).toEqual(['site-a', 'site-b']);
    // Danish collation: "Aa" is Å and sorts last.
    expect(body.cities).toEqual(['København', 'Aarhus']);
    expect(body.timeline.map((e) => [e.key, e.city, e.clinic, e.site])).toEqual([
      ['site-a:50', 'København', 'Klinik Rosen', 'site-a'],
      ['site-b:51', 'Aarhus', null, 'site-b'],
    ]);
    expect(body.clinics).toEqual(['Klinik Rosen, Istedgade 1, København']);
    // Where the network advertised, week by week (Monday 2026-10-05), towns in Danish order.
    expect(body.periods).toEqual([
      {
        week: '2026-10-05',
        places: [
          {
            city: 'København',
            clinic: 'Klinik Rosen',
            address: 'Istedgade 1, København',
            adIds: [cluster.first],
          },
          { city: 'Aarhus', clinic: null, address: null, adIds: [cluster.second] },
        ],
      },
    ]);
    // Both ads report the same links: one edge per pair and indicator.
    expect(body.edges).toEqual([
      {
        from: 'site-a:50',
        to: 'site-b:51',
        fromId: cluster.first,
        toId: cluster.second,
        indicator: 'copied-text',
        reason: 'same text',
      },
      {
        from: 'site-a:50',
        to: 'site-b:51',
        fromId: cluster.first,
        toId: cluster.second,
        indicator: 'shared-contact',
        reason: `same phone ${clusterPhone}`,
      },
    ]);
    expect(body.score).toBe(5 + 2);
    expect(body.truncated).toBe(false);
  });

  it('answers 404 for an unknown cluster and 400 for a malformed id', async () => {
    const missing = await get('/api/clusters/c-nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorBody>().error.code).toBe('NOT_FOUND');
    expect((await get('/api/clusters/%3Cscript%3E')).statusCode).toBe(400);
  });

  it('shows the cluster on the ad page', async () => {
    const res = await get(`/api/ads/${cluster.first}`);
    expect(res.json<{ indicators: { cluster: string | null } }>().indicators.cluster).toBe(testClusterId);
    const plain = await get(`/api/ads/${t.ids.red}`);
    expect(plain.json<{ indicators: { cluster: string | null } }>().indicators.cluster).toBeNull();
  });
});

describe('GET /api/search', () => {
  it('finds ads by phone suffix in any formatting, with their clusters', async () => {
    for (const q of ['87 65 43 21', '+45 8765 4321', '004587654321']) {
      const res = await get(`/api/search?contact=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<SearchView>();
      expect(body.kind).toBe('phone');
      expect(body.ads.map((a) => a.key)).toEqual(['site-a:50', 'site-b:51']);
      expect(body.clusters).toEqual([{ id: testClusterId, matches: 2 }]);
    }
  });

  it('finds ads without a cluster too', async () => {
    const body = (await get('/api/search?contact=22334455')).json<SearchView>();
    expect(body.ads.map((a) => [a.key, a.cluster])).toEqual([['site-a:1', null]]);
    expect(body.clusters).toEqual([]);
  });

  it('finds ads by e-mail, case-insensitively', async () => {
    const body = (await get('/api/search?contact=LINA%40example.ORG')).json<SearchView>();
    expect(body.kind).toBe('email');
    expect(body.ads).toHaveLength(2);
  });

  it('finds ads by profile or messaging id', async () => {
    const body = (await get('/api/search?contact=%40lina_dk')).json<SearchView>();
    expect(body.kind).toBe('handle');
    expect(body.ads.map((a) => a.key)).toEqual(['site-a:50']);
    expect(body.clusters).toEqual([{ id: testClusterId, matches: 1 }]);
  });

  it('answers an empty list when nothing matches', async () => {
    const body = (await get('/api/search?contact=11111111')).json<SearchView>();
    expect(body.ads).toEqual([]);
  });

  it('refuses queries that are neither phone nor e-mail, and unknown parameters', async () => {
    for (const url of [
      '/api/search',
      '/api/search?contact=123',
      '/api/search?contact=hello%20there',
      '/api/search?contact=%3Cb%3E',
      '/api/search?contact=12345678&x=1',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('VALIDATION');
    }
  });

  it('normalises contacts', () => {
    expect(normaliseContact(' +45 22-33 44.55 ')).toEqual({ kind: 'phone', digits: '4522334455' });
    expect(normaliseContact('A@B.dk')).toEqual({ kind: 'email', email: 'a@b.dk' });
    expect(normaliseContact('a @b')).toBeNull();
    expect(normaliseContact('12345')).toBeNull();
    expect(normaliseContact('@Anna_CPH')).toEqual({ kind: 'handle', handle: 'anna_cph' });
  });
});
