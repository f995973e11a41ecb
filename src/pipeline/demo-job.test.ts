import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../config/index.js';
import { createTestServer, type TestServer } from '../server/test-fixtures.js';
import { startDemoHarness, type DemoHarness } from '../sources/crawler/demo-harness.js';
import { siteAdapters } from '../sources/sites/index.js';
import type { StoredIndicatorResult } from '../store/repository.js';
import { crawlAndScore } from './crawl-and-score.js';

/**
 * The main job end to end, as `npm start` runs it: the demo sites crawled and scored by the real
 * pipeline, then read back through the dashboard's API. Fixtures saved one result at a time once
 * hid that crawled ads never reached the list filters: here every filter is checked against the
 * results the crawl's scoring stored.
 */
describe('demo job: crawl, score, dashboard API', () => {
  let h: DemoHarness;
  let t: TestServer;
  let cookie: string;
  let crawled: { id: number; key: string; result: StoredIndicatorResult }[];

  beforeAll(async () => {
    h = await startDemoHarness({ seed: 11 });
    t = await createTestServer();
    const config = {
      ...configSchema.parse({ dataDir: t.dataDir, databaseUrl: 'sqlite:unused.db' }),
      sites: h.config.sites,
      userAgent: h.config.userAgent,
    };
    const { crawls, scoring } = await crawlAndScore({
      repo: t.repo,
      config,
      adapters: siteAdapters,
      politenessOverride: h.politeness,
    });
    for (const c of crawls) expect(c.ok, c.ok ? '' : c.error).toBe(true);
    expect(scoring?.ads).toBeGreaterThan(50);
    const ads = (await t.repo.listAds({ status: 'all', limit: 500 })).ads.filter((a) =>
      a.siteId.startsWith('demo-'),
    );
    const results = await t.repo.latestIndicatorResults(ads.map((a) => a.id));
    crawled = ads.map((a) => {
      const result = results.get(a.id);
      if (!result) throw new Error(`${a.key} was not scored`);
      return { id: a.id, key: a.key, result };
    });
    cookie = await t.login('outreach');
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await h.close();
  });

  async function listed(query: string): Promise<string[]> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/ads?status=all&limit=200&${query}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ total: number; ads: { key: string }[] }>();
    expect(body.total).toBe(body.ads.length);
    return body.ads
      .map((a) => a.key)
      .filter((k) => k.startsWith('demo-'))
      .sort();
  }
  /** The most frequent value among the crawled ads' results, and the ads that have it. */
  function mostFrequent(valuesOf: (r: StoredIndicatorResult) => readonly string[]): [string, string[]] {
    const byValue = new Map<string, string[]>();
    for (const c of crawled)
      for (const v of new Set(valuesOf(c.result))) byValue.set(v, [...(byValue.get(v) ?? []), c.key]);
    const [value, keys] = [...byValue].sort((a, b) => b[1].length - a[1].length)[0]!;
    return [value, keys.sort()];
  }

  it('lists crawled ads by indicator, nationality and language as their stored results say', async () => {
    const [indicator, withIndicator] = mostFrequent((r) => r.indicators.map((i) => i.id));
    expect(await listed(`indicator=${indicator}`)).toEqual(withIndicator);
    const [nationality, withNationality] = mostFrequent((r) => r.result.extracted.nationalities);
    expect(await listed(`nationality=${nationality}`)).toEqual(withNationality);
    const [language, withLanguage] = mostFrequent((r) => r.result.extracted.languages);
    expect(await listed(`language=${language}`)).toEqual(withLanguage);
  });

  it('finds a crawled ad by its phone as a worker types it, and opens its cluster', async () => {
    const [phone, withPhone] = mostFrequent((r) => r.result.extracted.phones);
    const typed = phone.replace(/^\+45/, '').replace(/(\d\d)(?=\d)/g, '$1 ');
    expect(await listed(`phone=${encodeURIComponent(typed)}`)).toEqual(withPhone);
    const member = crawled.find((c) => c.result.result.cluster !== null);
    expect(member, 'the demo world has networks').toBeDefined();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/clusters/${member!.result.result.cluster}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ ads: { key: string }[] }>().ads.map((a) => a.key)).toContain(member!.key);
  });
});
