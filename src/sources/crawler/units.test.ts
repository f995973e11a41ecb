import { describe, expect, it } from 'vitest';
import { defineSiteAdapter } from '../adapter.js';
import { evaluateHealth, missingRequiredFields } from './health.js';
import { planDetailFetches, requestKey, storedUnchanged } from './planning.js';
import {
  backoffMs,
  minIntervalMs,
  parseRetryAfter,
  RateGate,
  resolvePoliteness,
  toCrawleeLimits,
} from './politeness.js';
import { disallowAll, loadRobots, parseRobots } from './robots.js';

describe('robots', () => {
  const rules = parseRobots(
    'http://a.test/robots.txt',
    'User-agent: *\nDisallow: /private\nCrawl-delay: 3\n',
    'opspor/1',
  );
  it('disallows listed paths and other origins, allows the rest', () => {
    expect(rules.isAllowed('http://a.test/private/1')).toBe(false);
    expect(rules.isAllowed('http://a.test/annoncer?page=2')).toBe(true);
    expect(rules.isAllowed('http://b.test/annoncer')).toBe(false);
    expect(rules.crawlDelaySecs).toBe(3);
  });
  it('treats an unreadable robots.txt as disallow-all, a missing one as allow-all', async () => {
    expect(disallowAll('down').isAllowed('http://a.test/')).toBe(false);
    const missing = await loadRobots('http://a.test/', {
      userAgent: 'x',
      timeoutMs: 100,
      fetchImpl: () => Promise.resolve(new Response('', { status: 404 })),
    });
    expect(missing.isAllowed('http://a.test/x')).toBe(true);
    const broken = await loadRobots('http://a.test/', {
      userAgent: 'x',
      timeoutMs: 100,
      attempts: 1,
      fetchImpl: () => Promise.resolve(new Response('', { status: 503 })),
    });
    expect(broken.isAllowed('http://a.test/x')).toBe(false);
    expect(broken.problem).toMatch(/503/);
  });
  it('sends the configured user-agent', async () => {
    let ua: string | null = null;
    await loadRobots('http://a.test/', {
      userAgent: 'opspor/9',
      timeoutMs: 100,
      fetchImpl: (_url, init) => {
        ua = new Headers(init?.headers).get('user-agent');
        return Promise.resolve(new Response('User-agent: *\nDisallow:\n'));
      },
    });
    expect(ua).toBe('opspor/9');
  });
});

describe('rate gate and politeness', () => {
  it('spaces requests by the interval and pauses the site after a 429', () => {
    let t = 0;
    const gate = new RateGate(1000, { now: () => t, sleep: () => Promise.resolve() });
    expect([gate.reserve(), gate.reserve(), gate.reserve()]).toEqual([0, 1000, 2000]);
    t = 10_000;
    expect(gate.reserve()).toBe(0);
    gate.pauseFor(5000);
    expect(gate.reserve()).toBe(5000);
  });
  it('derives limits: 1 request per second is 60 per minute, Crawl-delay wins when slower', () => {
    const adapter = defineSiteAdapter({
      id: 's',
      name: 's',
      baseUrl: 'http://a.test',
      startPaths: ['/'],
      render: 'html',
      requiredFields: [],
      parseListPage: () => ({ entries: [], next: [] }),
      parseDetailPage: () => ({ ads: [] }),
    });
    const p = resolvePoliteness(
      adapter,
      { sites: { s: { politeness: { maxConcurrency: 1 } } } },
      { timeoutSecs: 5 },
    );
    expect(p).toMatchObject({ maxRequestsPerSecond: 1, maxConcurrency: 1, timeoutSecs: 5 });
    expect(toCrawleeLimits(p).maxRequestsPerMinute).toBe(60);
    expect(minIntervalMs(p, null)).toBe(1000);
    expect(minIntervalMs(p, 3)).toBe(3000);
  });
  it('backs off exponentially and reads Retry-After', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 100))).toEqual([100, 200, 400]);
    expect(backoffMs(30)).toBe(30_000);
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('incremental planning', () => {
  const entries = [
    { siteAdId: '1', url: 'http://a.test/ad/1', fingerprint: 'x' },
    { siteAdId: '2', url: 'http://a.test/ad/2', fingerprint: 'y' },
    { siteAdId: '3', url: 'http://a.test/ad/3', fingerprint: null },
    { siteAdId: '4', url: 'http://a.test/ad/4', fingerprint: 'z' },
  ];
  it('fetches only new, changed or unknown entries', () => {
    const stored = new Map<string, string | null>([
      ['1', 'x'],
      ['2', 'old'],
      ['3', null],
    ]);
    const plan = planDetailFetches(entries, storedUnchanged(stored));
    expect(plan.unchanged.map((e) => e.siteAdId)).toEqual(['1']);
    expect(plan.toFetch.map((t) => t.url)).toEqual([
      'http://a.test/ad/2',
      'http://a.test/ad/3',
      'http://a.test/ad/4',
    ]);
  });
  it('keys requests by run so a new run re-reads lists', () => {
    expect(requestKey(1, 'LIST', 'u')).not.toBe(requestKey(2, 'LIST', 'u'));
  });
});

describe('health', () => {
  const ok = { adsSeen: 10, detailPages: 10, pagesMissingFields: 2, failedListPages: 0 };
  it('is healthy at 20 % missing fields, unhealthy above or with no ads', () => {
    expect(evaluateHealth(ok)).toEqual({ healthy: true, reasons: [] });
    const missing = evaluateHealth({ ...ok, pagesMissingFields: 3 });
    expect(missing.healthy).toBe(false);
    expect(missing.reasons[0]).toMatch(/3 of 10 detail pages/);
    const empty = evaluateHealth({ ...ok, adsSeen: 0, detailPages: 0, pagesMissingFields: 0 });
    expect(empty.healthy).toBe(false);
    expect(empty.reasons[0]).toMatch(/no ads/);
  });
  it('finds empty required fields', () => {
    expect(
      missingRequiredFields({ id: 'a', name: ' ', phones: [], city: 'Odense' }, ['name', 'phones', 'city']),
    ).toEqual(['name', 'phones']);
  });
});
