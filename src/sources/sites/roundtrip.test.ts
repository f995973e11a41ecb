import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import type { ScrapedAd } from '../adapter.js';
import { createDemoWorld, startDemoSites, type DemoSites, type DemoWorld } from '../demo/index.js';
import { getSiteAdapter } from './index.js';

/**
 * Renders a seeded world through the demo server and checks that the adapters recover the
 * ground truth of every ad: a minimal crawl (lists → details → reviews) without the crawler core.
 */

async function get(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} for ${url}`);
  return res.text();
}

/** Fetches in small batches to keep the shared test machine calm. */
async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 6): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit)
    out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))));
  return out;
}

interface Crawl {
  ads: Map<string, ScrapedAd>;
  fingerprints: Map<string, string | null>;
}

async function crawl(demo: DemoSites, siteId: string): Promise<Crawl> {
  const adapter = getSiteAdapter(siteId);
  const base = demo.sites.find((s) => s.id === siteId)!.baseUrl;
  const queue = adapter.startPaths.map((p) => base + p);
  const seen = new Set<string>();
  const fingerprints = new Map<string, string | null>();
  const details = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const { entries, next } = adapter.parseListPage(await get(url), url);
    for (const e of entries) {
      fingerprints.set(e.siteAdId, e.fingerprint);
      details.add(e.url);
    }
    queue.push(...next);
  }
  const ads = new Map<string, ScrapedAd>();
  await mapLimited([...details], async (url) => {
    const { ads: found, reviewPages } = adapter.parseDetailPage(await get(url), url);
    for (const ad of found) ads.set(ad.id, ad);
    for (const r of reviewPages ?? []) {
      const ad = found.find((a) => a.siteAdId === r.siteAdId)!;
      ad.reviews = adapter.parseReviewPage!(await get(r.url), r.url).reviews;
    }
  });
  return { ads, fingerprints };
}

describe('adapters against the demo server', () => {
  let world: DemoWorld;
  let demo: DemoSites;

  beforeAll(async () => {
    world = createDemoWorld({ seed: 7, size: 'small' });
    demo = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 10_000 },
    });
  });
  afterAll(async () => {
    await demo.close();
  });

  it('recovers the ground-truth fields of every ad on both sites, and sees day-to-day changes', async () => {
    const before = new Map<string, Crawl>();
    for (const siteId of ['demo-classic', 'demo-clinics'] as const) {
      const result = await crawl(demo, siteId);
      before.set(siteId, result);
      const truth = world.groundTruth().sites[siteId];
      expect([...result.ads.keys()].sort()).toEqual(truth.map((t) => t.id).sort());
      for (const t of truth) {
        const ad = result.ads.get(t.id)!;
        expect(ad.name, t.id).toBe(t.fields.name);
        expect(Number.parseInt(String(ad.age), 10), t.id).toBe(t.fields.age);
        expect(ad.city, t.id).toBe(t.fields.city);
        expect(ad.phones, t.id).toEqual(t.fields.phonesShown);
        expect(ad.emails ?? [], t.id).toEqual(t.fields.emails);
        expect(ad.photoUrls.length, t.id).toBe(t.photoIds.length);
        expect(
          ad.photoUrls.map((u) => /\/img\/(.+)\.jpg$/.exec(u)?.[1]),
          t.id,
        ).toEqual(t.photoIds);
        expect((ad.reviews ?? []).length, t.id).toBe(t.reviewsCount);
        if (t.fields.title) expect(ad.title, t.id).toBe(t.fields.title);
        if (t.fields.clinic) expect(ad.clinic, t.id).toBe(t.fields.clinic);
      }
    }

    const changes = world.advanceDay();
    const classicBefore = before.get('demo-classic')!;
    const classicAfter = await crawl(demo, 'demo-classic');
    for (const e of changes.entries.filter((x) => x.site === 'demo-classic')) {
      const id = `demo-classic:${e.siteAdId}`;
      if (e.kind === 'new') expect(classicAfter.ads.has(id)).toBe(true);
      if (e.kind === 'removed') expect(classicAfter.ads.has(id)).toBe(false);
      // An edit must show on the list page, so the crawler can skip unchanged detail pages.
      if (e.kind === 'changed')
        expect(classicAfter.fingerprints.get(e.siteAdId)).not.toBe(
          classicBefore.fingerprints.get(e.siteAdId),
        );
    }
    expect(classicAfter.ads.size).toBe(world.groundTruth().sites['demo-classic'].length);
    const clinicsAfter = await crawl(demo, 'demo-clinics');
    const changedClinics = new Set(
      changes.entries
        .filter((x) => x.site === 'demo-clinics')
        .map(
          (x) => world.groundTruth().sites['demo-clinics'].find((t) => t.siteAdId === x.siteAdId)?.path ?? '',
        ),
    );
    for (const [slug, fp] of clinicsAfter.fingerprints) {
      const changed = changedClinics.has(`/clinic/${slug}`);
      expect(fp !== before.get('demo-clinics')!.fingerprints.get(slug), slug).toBe(changed);
    }
  });
});

describe('adapters on faulty pages', () => {
  it('parse every malformed page without untyped errors', async () => {
    const world = createDemoWorld({ seed: 3 });
    const faults = { malformedRate: 0.5, slowRate: 0, random429Rate: 0, hugePage: false };
    const demo = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults,
      rateLimit: { requestsPerSecond: 10_000 },
    });
    try {
      const faultAds = demo.faultAds();
      expect(faultAds.length).toBeGreaterThan(0);
      for (const f of faultAds) {
        const adapter = getSiteAdapter(f.site);
        const url = demo.sites.find((s) => s.id === f.site)!.baseUrl + f.path;
        try {
          const { ads } = adapter.parseDetailPage(await get(url), url);
          expect(ads.map((a) => a.siteAdId)).toContain(f.siteAdId);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }
    } finally {
      await demo.close();
    }
  });
});
