import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextEvidence } from '../shared/types.js';
import type { ErrorBody } from './errors.js';
import type { AdDetailView, AdSummaryView } from './routes/ads/presenter.js';
import type { RunView, SiteHealthView } from './routes/sites/presenter.js';
import {
  createTestServer,
  pngBytes,
  pngSha,
  trickyText,
  writeHeaders,
  type TestServer,
} from './test-fixtures.js';

let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await createTestServer({
    indicators: [
      {
        id: 'youth-emphasis',
        labels: { da: 'Fokus på ungdom', en: 'Youth emphasis' },
        descriptions: { da: 'Ung alder fremhæves.', en: 'Youth is stressed.' },
      },
    ],
  });
  cookie = await t.login('outreach');
});
afterAll(async () => {
  await t.close();
});

async function listAds(
  query: string,
): Promise<{ status: number; body: { total: number; ads: { id: number; key: string; status: string }[] } }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/ads${query}`, headers: { cookie } });
  return { status: res.statusCode, body: res.json() };
}

describe('GET /api/ads', () => {
  it('lists active ads by default, highest score first', async () => {
    const { status, body } = await listAds('');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.ads.map((a) => a.key)).toEqual(['site-a:1', 'site-a:2']);
    expect(body.ads[0]).toMatchObject({
      site: 'site-a',
      title: 'Ny i byen',
      name: 'Mia',
      city: 'Odense',
      status: 'active',
      score: 7,
      level: 'red',
    });
  });

  it('filters by status, site, city, level and text', async () => {
    expect((await listAds('?status=gone')).body.ads.map((a) => a.key)).toEqual(['site-b:9']);
    expect((await listAds('?status=all')).body.total).toBe(3);
    expect((await listAds('?status=all&site=site-b')).body.ads.map((a) => a.key)).toEqual(['site-b:9']);
    expect((await listAds('?city=K%C3%B8benhavn')).body.ads.map((a) => a.key)).toEqual(['site-a:2']);
    expect((await listAds('?level=red')).body.ads.map((a) => a.key)).toEqual(['site-a:1']);
    expect((await listAds('?q=stedet')).body.ads.map((a) => a.key)).toEqual(['site-a:2']);
  });

  it('filters by last-seen dates, a bare date covering the whole day', async () => {
    expect((await listAds('?seenFrom=2026-10-03')).body.ads.map((a) => a.key)).toEqual(['site-a:1']);
    expect((await listAds('?seenTo=2026-10-02')).body.ads.map((a) => a.key)).toEqual(['site-a:2']);
  });

  it('audits who opened an ad page and who searched the list by phone or text, not plain browsing', async () => {
    const actions = async () => (await t.repo.listAudit({ limit: 10_000 })).map((a) => a.action);
    const before = await actions();
    await listAds('?level=red');
    expect(await actions()).toEqual(before);
    await listAds('?phone=22334455');
    await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.red}`, headers: { cookie } });
    const after = await actions();
    expect(after.filter((a) => a === 'ads.search')).toHaveLength(
      before.filter((a) => a === 'ads.search').length + 1,
    );
    expect(after.filter((a) => a === 'ad.view')).toHaveLength(
      before.filter((a) => a === 'ad.view').length + 1,
    );
    // Answers with personal data are not kept in the browser's cache.
    const res = await t.app.inject({ method: 'GET', url: '/api/ads', headers: { cookie } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('reads date-time bounds as instants, whatever their offset or precision', async () => {
    // site-a:1 was last seen at 2026-10-03T10:00:00.000Z (stored as text, in UTC).
    const keys = async (query: string) => (await listAds(query)).body.ads.map((a) => a.key);
    expect(await keys('?seenFrom=2026-10-03T11:30:00%2B02:00')).toEqual(['site-a:1']);
    expect(await keys('?seenFrom=2026-10-03T10:00:00Z')).toEqual(['site-a:1']);
    expect(await keys('?seenFrom=2026-10-03T12:00:00.001%2B02:00')).toEqual([]);
    expect(await keys('?seenFrom=2026-10-03T00:00:00Z&seenTo=2026-10-03T09:00:00-02:00')).toEqual([
      'site-a:1',
    ]);
  });

  it('paginates on the server with a stable total', async () => {
    const page1 = await listAds('?status=all&sort=firstSeen&limit=2&offset=0');
    const page2 = await listAds('?status=all&sort=firstSeen&limit=2&offset=2');
    expect(page1.body.total).toBe(3);
    expect(page2.body.total).toBe(3);
    expect(page1.body.ads).toHaveLength(2);
    expect(page2.body.ads).toHaveLength(1);
    const keys = [...page1.body.ads, ...page2.body.ads].map((a) => a.key).sort();
    expect(keys).toEqual(['site-a:1', 'site-a:2', 'site-b:9']);
  });

  it.each([
    ['?status=maybe', 'status'],
    ['?limit=0', 'limit'],
    ['?limit=1000', 'limit'],
    ['?offset=-1', 'offset'],
    ['?level=purple', 'level'],
    ['?seenFrom=yesterday', 'seenFrom'],
    ['?sort=title', 'sort'],
    ['?colour=red', ''],
  ])('rejects %s with 400 VALIDATION naming %s', async (query, path) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/ads${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.issues?.map((i) => i.path)).toContain(path);
  });
});

describe('GET /api/ads/:id', () => {
  it('returns current fields, photos, versions, reviews, indicators with evidence, and notes', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.red}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const ad = res.json<AdDetailView>();
    expect(ad).toMatchObject({
      key: 'site-a:1',
      url: 'http://127.0.0.1:4101/ad/1',
      status: 'active',
      versionCount: 2,
    });
    expect(ad.current).toMatchObject({
      name: 'Mia',
      age: '19',
      city: 'Odense',
      prices: ['1 time 500 kr'],
      phones: ['+4522334455'],
    });
    expect(ad.current.photos).toEqual([{ sha256: pngSha, url: `/api/photos/${pngSha}` }]);
    expect(ad.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(ad.versions[0]?.changedFields).toEqual(expect.arrayContaining(['text', 'prices']));
    expect(ad.versions[1]?.snapshot.text).toBe('Old text');
    expect(ad.reviews).toEqual([{ id: 'r1', postedAt: '2026-10-02', text: 'She seemed <i>nervous</i>' }]);
    expect(ad.indicators?.score).toBe(7);
    expect(ad.indicators?.level).toBe('red');
    expect(ad.indicators?.fired[0]).toMatchObject({
      id: 'youth-emphasis',
      weight: 3,
      labels: { da: 'Fokus på ungdom', en: 'Youth emphasis' },
    });
    expect(ad.indicators?.fired[0]?.evidence).toContainEqual({ field: 'age', start: 0, end: 2, quote: '19' });
    // Unknown to the catalogue given: the id stands in for the label.
    expect(ad.indicators?.fired.find((f) => f.id === 'low-price')?.labels).toEqual({
      da: 'low-price',
      en: 'low-price',
    });
    expect(ad.indicators?.extracted?.hourly_price_dkk).toBe(500);
    expect(ad.notes).toEqual([]);
  });

  it('returns ad text as the exact stored string, never HTML-escaped', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.red}`, headers: { cookie } });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const ad = res.json<AdDetailView>();
    expect(ad.current.text).toBe(trickyText);
    expect(res.body).not.toContain('&lt;');
    expect(res.body).not.toContain('&amp;');
    const evidence = ad.indicators?.fired[0]?.evidence.find(
      (e): e is TextEvidence => 'field' in e && e.field === 'text',
    );
    expect(evidence).toBeDefined();
    expect(ad.current.text?.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
  });

  it("says which ads are offers and which are a client's post, run through no detector", async () => {
    const offer = await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.red}`, headers: { cookie } });
    expect(offer.json<AdDetailView>().postKind).toBe('offer');
    const client = await t.repo.recordAd({
      runId: null,
      siteId: 'site-b',
      siteAdId: 'client-1',
      url: 'http://127.0.0.1:4102/ad/client-1',
      seenAt: '2026-10-04T10:00:00.000Z',
      snapshot: {
        photoHashes: [],
        title: 'Mand 52 søger ung pige',
        text: 'Mand, 52, fra Vejle. Søger en ung pige til faste møder. Jeg betaler godt.',
      },
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/ads/${client.adId}`, headers: { cookie } });
    expect(res.json<AdDetailView>().postKind).toBe('client');
    // The list says it too, so a green row is not read as a checked offer.
    const list = await t.app.inject({ method: 'GET', url: '/api/ads?limit=200', headers: { cookie } });
    const rows = list.json<{ ads: AdSummaryView[] }>().ads;
    expect(rows.find((a) => a.id === client.adId)?.postKind).toBe('client');
    expect(rows.find((a) => a.id === t.ids.red)?.postKind).toBe('offer');
  });

  it('keeps internal fields inside the server', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.red}`, headers: { cookie } });
    expect(res.body).not.toContain('passwordHash');
    expect(res.body).not.toContain('errorSamples');
    expect(res.json()).not.toHaveProperty('siteAdId');
  });

  it('answers 404 for an unknown ad and 400 for a malformed id', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/ads/999999', headers: { cookie } })).json(),
    ).toEqual({ error: { code: 'NOT_FOUND', message: 'ad 999999 not found' } });
    const bad = await t.app.inject({ method: 'GET', url: '/api/ads/abc', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.code).toBe('VALIDATION');
  });
});

describe('notes', () => {
  it('adds a note, shows it on the ad with its author, and audits without the text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/ads/${t.ids.yellow}/notes`,
      headers: writeHeaders(cookie),
      payload: { body: 'Visited, <no> answer' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ author: 'outreach', body: 'Visited, <no> answer' });
    const ad = (
      await t.app.inject({ method: 'GET', url: `/api/ads/${t.ids.yellow}`, headers: { cookie } })
    ).json<AdDetailView>();
    expect(ad.notes).toHaveLength(1);
    expect(ad.notes[0]).toMatchObject({ author: 'outreach', body: 'Visited, <no> answer' });
    // Newest first; reading the ad page afterwards adds an ad.view event.
    const audit = (await t.repo.listAudit({ subject: 'ad:site-a:2' })).filter((a) => a.action !== 'ad.view');
    expect(audit[0]?.action).toBe('note.add');
    expect(JSON.stringify(audit)).not.toContain('Visited');
  });

  it('rejects an empty note and a note on a missing ad', async () => {
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/ads/${t.ids.yellow}/notes`,
      headers: writeHeaders(cookie),
      payload: { body: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/ads/999999/notes',
      headers: writeHeaders(cookie),
      payload: { body: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('photos, cities, sites, runs', () => {
  it('serves photo bytes with the stored mime and cache headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/photos/${pngSha}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.equals(pngBytes)).toBe(true);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/photos/${'0'.repeat(64)}`, headers: { cookie } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/photos/not-a-hash', headers: { cookie } })).statusCode,
    ).toBe(400);
  });

  it('lists cities', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cities', headers: { cookie } });
    expect(res.json<{ cities: string[] }>().cities).toEqual(
      expect.arrayContaining(['Aarhus', 'København', 'Odense']),
    );
  });

  it('lists sites with their last run and health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/sites', headers: { cookie } });
    const sites = res.json<{ sites: SiteHealthView[] }>().sites;
    const b = sites.find((s) => s.id === 'site-b')!;
    expect(b.healthy).toBe(false);
    expect(b.problems).toContain('unhealthy');
    expect(b.reasons).toEqual(['list page had no ads']);
    expect(b.lastRun?.errors).toBe(3);
    expect(res.body).not.toContain('boom');
  });

  it('lists runs of one site', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/runs?site=site-b', headers: { cookie } });
    const runs = res.json<{ runs: RunView[] }>().runs;
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.site === 'site-b')).toBe(true);
  });
});

describe('indicator labels from the registry', () => {
  it('uses the catalogue labels by default', async () => {
    const plain = await createTestServer();
    try {
      const c = await plain.login('analyst');
      const ad = (
        await plain.app.inject({ method: 'GET', url: `/api/ads/${plain.ids.red}`, headers: { cookie: c } })
      ).json<AdDetailView>();
      const lowPrice = ad.indicators?.fired.find((f) => f.id === 'low-price');
      expect(lowPrice?.labels.da).not.toBe('low-price');
      expect(lowPrice?.descriptions?.en.length).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });
});
