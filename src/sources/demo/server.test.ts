import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoWorld } from './world.js';
import { startDemoSites, type DemoSites } from './server.js';

let demo: DemoSites | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

function base(d: DemoSites, id: string): string {
  return d.sites.find((s) => s.id === id)!.baseUrl;
}

describe('demo sites server', () => {
  it('serves robots.txt per origin and answers disallowed paths 403, counted as violations', async () => {
    demo = await startDemoSites({
      world: createDemoWorld(),
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 1000 },
    });
    expect(demo.sites.map((s) => s.id)).toEqual(['demo-classic', 'demo-clinics']);
    expect(base(demo, 'demo-classic')).not.toBe(base(demo, 'demo-clinics'));
    for (const site of demo.sites) {
      const robots = await (await fetch(`${site.baseUrl}/robots.txt`)).text();
      expect(robots).toContain('Disallow: /admin');
      expect(robots).toContain('Disallow: /private');
      expect(robots).toContain('Crawl-delay: 1');
    }
    expect((await fetch(`${base(demo, 'demo-classic')}/admin`)).status).toBe(403);
    expect((await fetch(`${base(demo, 'demo-clinics')}/private/export`)).status).toBe(403);
    const stats = demo.stats();
    expect(stats.robotsViolations).toBe(2);
    expect(stats.requests).toBe(4);
    expect(stats.sites['demo-classic']?.robotsViolations).toBe(1);
  });

  it('rate-limits per client with 429 and Retry-After', async () => {
    demo = await startDemoSites({
      world: createDemoWorld(),
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 2 },
    });
    const url = `${base(demo, 'demo-classic')}/robots.txt`;
    const responses = await Promise.all(Array.from({ length: 8 }, () => fetch(url)));
    const limited = responses.filter((r) => r.status === 429);
    // Eight requests within at most two clock seconds: at most four pass.
    expect(limited.length).toBeGreaterThanOrEqual(4);
    expect(limited[0]?.headers.get('retry-after')).toBe('1');
    expect(demo.stats().tooManyRequests).toBe(limited.length);
  });

  it('serves deterministic generated JPEG photos, re-encoded copies at another size', async () => {
    const world = createDemoWorld();
    demo = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 1000 },
    });
    const photo = async (id: string): Promise<Buffer> =>
      Buffer.from(await (await fetch(`${base(demo!, 'demo-classic')}/img/${id}.jpg`)).arrayBuffer());
    const a = await photo('ph-3');
    expect((await sharp(a).metadata()).format).toBe('jpeg');
    expect((await sharp(a).metadata()).width).toBe(400);
    const again = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 1000 },
    });
    try {
      const b = Buffer.from(await (await fetch(`${base(again, 'demo-classic')}/img/ph-3.jpg`)).arrayBuffer());
      expect(b.equals(a)).toBe(true);
    } finally {
      await again.close();
    }
    const copy = await photo('ph-3-v1');
    expect(copy.equals(a)).toBe(false);
    expect((await sharp(copy).metadata()).width).toBeLessThan(400);
    expect((await fetch(`${base(demo, 'demo-classic')}/img/nope.jpg`)).status).toBe(404);
  });

  it('serves the current day: removed ads disappear after advanceDay', async () => {
    const world = createDemoWorld({ seed: 3 });
    demo = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults: false,
      rateLimit: { requestsPerSecond: 1000 },
    });
    const changes = world.advanceDay();
    const removed = changes.entries.find((e) => e.site === 'demo-classic' && e.kind === 'removed')!;
    const added = changes.entries.find((e) => e.site === 'demo-classic' && e.kind === 'new')!;
    expect((await fetch(`${base(demo, 'demo-classic')}/annonce/${removed.siteAdId}`)).status).toBe(404);
    expect((await fetch(`${base(demo, 'demo-classic')}/annonce/${added.siteAdId}`)).status).toBe(200);
  });

  it('injects faults from the seed: malformed, slow and huge pages as the ground truth says', async () => {
    const world = createDemoWorld({ seed: 42 });
    const faults = {
      malformedRate: 0.1,
      slowRate: 0.1,
      slowDelayMs: 50,
      random429Rate: 0,
      hugePageBytes: 1_000_000,
    };
    demo = await startDemoSites({
      world,
      ports: { classic: 0, clinics: 0 },
      faults,
      rateLimit: { requestsPerSecond: 1000 },
    });
    const faultAds = demo.faultAds();
    expect(faultAds).toEqual(world.groundTruth({ faults }).faultAds);
    const huge = faultAds.find((f) => f.kind === 'huge')!;
    const body = await (await fetch(`${base(demo, 'demo-classic')}${huge.path}`)).text();
    expect(body.length).toBeGreaterThan(1_000_000);
    const malformed = faultAds.find((f) => f.kind === 'malformed' && f.site === 'demo-classic')!;
    const broken = await (await fetch(`${base(demo, 'demo-classic')}${malformed.path}`)).text();
    expect(broken).not.toContain('</html>');
    expect(faultAds.some((f) => f.kind === 'slow')).toBe(true);
    const slow = faultAds.find((f) => f.kind === 'slow')!;
    expect((await fetch(`${base(demo, slow.site)}${slow.path}`)).status).toBe(200);
  });

  it('answers some requests 429 at random when faults are on, the same ones for the same seed', async () => {
    const statuses = async (): Promise<number[]> => {
      const d = await startDemoSites({
        world: createDemoWorld({ seed: 8 }),
        ports: { classic: 0, clinics: 0 },
        faults: { random429Rate: 0.3 },
        rateLimit: { requestsPerSecond: 1000 },
      });
      try {
        const out: number[] = [];
        for (let i = 0; i < 20; i++)
          out.push((await fetch(`${base(d, 'demo-classic')}/annoncer?page=1`)).status);
        return out;
      } finally {
        await d.close();
      }
    };
    const first = await statuses();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await statuses()).toEqual(first);
  });
});
