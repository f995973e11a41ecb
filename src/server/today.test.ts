import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import type { TodayView } from './routes/today/presenter.js';
import { createTestServer, writeHeaders, type TestServer } from './test-fixtures.js';

/** GET /api/today and POST /api/today/seen on the seeded store (ads of 1–3 October 2026). */

let t: TestServer;
let cookie: string;
let userId: number;
beforeAll(async () => {
  t = await createTestServer();
  cookie = await t.login('outreach');
  userId = (await t.repo.getUserByName('outreach'))!.id;
});
afterAll(async () => {
  await t.close();
});

async function today(as = cookie): Promise<TodayView> {
  const res = await t.app.inject({ method: 'GET', url: '/api/today', headers: { cookie: as } });
  expect(res.statusCode).toBe(200);
  return res.json<TodayView>();
}

function markSeen(until: string, as = cookie) {
  return t.app.inject({
    method: 'POST',
    url: '/api/today/seen',
    headers: writeHeaders(as),
    payload: { until },
  });
}

describe('GET /api/today', () => {
  beforeEach(async () => {
    await t.repo.setTodayMark(userId, '2026-09-30T00:00:00.000Z');
  });

  it('lists new red and yellow ads since the mark, red first, grouped by city and site', async () => {
    const view = await today();
    expect(view.sinceSource).toBe('mark');
    expect(view.since).toBe('2026-09-30T00:00:00.000Z');
    expect(view.ads.map((a) => [a.key, a.level, a.change])).toEqual([
      ['site-a:1', 'red', 'new'],
      ['site-a:2', 'yellow', 'new'],
    ]);
    expect(view.counts).toEqual({ red: 1, yellow: 1, new: 2, changed: 0 });
    expect(view.byCity).toEqual([
      { key: 'Odense', red: 1, yellow: 0, total: 1 },
      { key: 'København', red: 0, yellow: 1, total: 1 },
    ]);
    expect(view.bySite).toEqual([{ key: 'site-a', red: 1, yellow: 1, total: 2 }]);
  });

  it('tells a changed ad from a new one, and leaves out what came before the mark', async () => {
    // The red ad was first seen on 1 October and changed on 3 October.
    await t.repo.setTodayMark(userId, '2026-10-02T12:00:00.000Z');
    const view = await today();
    expect(view.ads.map((a) => [a.key, a.change])).toEqual([['site-a:1', 'changed']]);
    expect(view.counts).toEqual({ red: 1, yellow: 0, new: 0, changed: 1 });
  });

  it('warns about unhealthy crawls', async () => {
    const view = await today();
    // The seeded runs are from October, so both sites are also stale by now.
    expect(view.unhealthySites).toEqual([
      expect.objectContaining({ id: 'site-a', problems: ['stale'] }),
      expect.objectContaining({
        id: 'site-b',
        problems: ['unhealthy', 'stale'],
        reasons: ['list page had no ads'],
      }),
    ]);
  });

  it('looks back a week before the first mark, and keeps each worker her own mark', async () => {
    const analyst = await t.login('analyst');
    const view = await today(analyst);
    expect(view.sinceSource).toBe('default');
    expect(Date.parse(view.until) - Date.parse(view.since)).toBe(7 * 24 * 60 * 60 * 1000);
    // The seeded ads are from October 2026, older than a week.
    expect(view.total).toBe(0);
    expect((await today()).total).toBe(2);
  });

  it('refuses unknown parameters', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/today?since=2020-01-01',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('POST /api/today/seen', () => {
  beforeEach(async () => {
    await t.repo.setTodayMark(userId, '2026-09-30T00:00:00.000Z');
  });

  it('moves the mark to the moment the page was loaded; the list stays stable across logins', async () => {
    const loaded = await today();
    const res = await markSeen(loaded.until);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ since: loaded.until });
    const after = await today();
    expect(after.since).toBe(loaded.until);
    expect(after.total).toBe(0);
    // Logging in again does not move the mark.
    await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: writeHeaders(),
      payload: { username: 'outreach', password: 'correct horse battery staple' },
    });
    expect((await today()).since).toBe(loaded.until);
  });

  it('never moves the mark back (an older tab) nor into the future', async () => {
    await markSeen('2026-10-02T00:00:00.000Z');
    expect((await markSeen('2026-10-01T00:00:00.000Z')).json()).toEqual({
      since: '2026-10-02T00:00:00.000Z',
    });
    const future = await markSeen('2999-01-01T00:00:00.000Z');
    const since = future.json<{ since: string }>().since;
    expect(Date.parse(since)).toBeLessThanOrEqual(Date.now());
  });

  it('rejects a bad body and a request without the CSRF header', async () => {
    const bad = await markSeen('yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path)).toContain('until');
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/today/seen',
      headers: { cookie },
      payload: { until: '2026-10-02T00:00:00.000Z' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await t.repo.getTodayMark(userId)).toBe('2026-09-30T00:00:00.000Z');
  });

  it('keeps the mark before an ad a crawl recorded but has not scored yet, so it shows once scored', async () => {
    const seenAt = new Date(Date.now() - 60_000).toISOString();
    const { adId } = await t.repo.recordAd({
      siteId: 'site-a',
      siteAdId: 'unscored',
      url: 'http://127.0.0.1:4101/ad/unscored',
      seenAt,
      runId: null,
      snapshot: { photoHashes: [], title: 'Ny i byen', text: 'Ny i byen', city: 'Odense' },
    });
    const loaded = await today();
    expect(loaded.ads.map((a) => a.id)).not.toContain(adId);
    const mark = (await markSeen(loaded.until)).json<{ since: string }>().since;
    expect(mark < seenAt).toBe(true);
    // The crawl's scoring finishes after she marked the page as seen.
    await t.repo.saveIndicatorResult({
      adId,
      configVersion: 'test-1',
      computedAt: new Date().toISOString(),
      score: 8,
      level: 'red',
      indicators: [],
      result: {
        id: 'site-a:unscored',
        score: 8,
        level: 'red',
        indicators: [],
        cluster: null,
        extracted: null as never,
      },
    });
    expect((await today()).ads.map((a) => a.id)).toContain(adId);
    // Scored now: the next mark passes it.
    const next = (await markSeen(new Date().toISOString())).json<{ since: string }>().since;
    expect(next > seenAt).toBe(true);
  });
});
