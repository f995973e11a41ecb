import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRepository } from '../../store/test-database.js';
import type { Repository } from '../../store/repository.js';
import { siteAdapters } from '../sites/index.js';
import type { DemoSiteId } from '../demo/model.js';
import { crawlAll } from './crawl-all.js';
import { startDemoHarness, type DemoHarness } from './demo-harness.js';

async function activeAds(repo: Repository, siteId: string) {
  return (await repo.listAds({ siteId, status: 'active', limit: 1000 })).ads;
}

function digits(phones: readonly string[] | null | undefined): string[] {
  return (phones ?? []).map((p) => p.replace(/\D/g, '')).sort();
}

/** Crawls the demo world twice (day 0, day 1) and compares the store with the ground truth. */
function endToEnd(kind: 'sqlite' | 'postgres'): void {
  let h: DemoHarness;
  let repo: Repository;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    h = await startDemoHarness({ seed: 7 });
    ({ repo, cleanup } = await openTestRepository(kind));
  }, 60_000);
  afterAll(async () => {
    await cleanup();
    await h.close();
  });

  const crawl = () =>
    crawlAll({
      adapters: siteAdapters,
      repo,
      config: h.config,
      dataDir: h.dataDir,
      politenessOverride: h.politeness,
    });

  it('stores what the demo sites show, day after day', async () => {
    const first = await crawl();
    for (const o of first) expect(o.ok, o.ok ? '' : o.error).toBe(true);
    const truth = h.world.groundTruth();
    for (const siteId of ['demo-classic', 'demo-clinics'] as DemoSiteId[]) {
      const expected = truth.sites[siteId];
      const stored = await activeAds(repo, siteId);
      expect(stored.length, `${siteId} active ads`).toBe(expected.length);
      const byId = new Map(stored.map((a) => [a.siteAdId, a]));
      for (const t of expected) {
        const ad = byId.get(t.siteAdId);
        expect(ad, `${t.id} stored`).toBeDefined();
        if (!ad) continue;
        expect(ad.current.name).toBe(t.fields.name);
        expect(ad.current.city).toBe(t.fields.city);
        expect(digits(ad.current.phones)).toEqual(digits(t.fields.phonesShown));
        expect(ad.current.photoHashes.length, `${t.id} photos`).toBe(t.photoIds.length);
        expect((await repo.listReviews(ad.id)).length, `${t.id} reviews`).toBe(t.reviewsCount);
      }
    }

    const day = h.world.advanceDay();
    const second = await crawl();
    const truth1 = h.world.groundTruth();
    for (const o of second) {
      expect(o.ok).toBe(true);
      if (!o.ok) continue;
      const counts = day.counts[o.siteId as DemoSiteId];
      expect(o.result.goneAds, `${o.siteId} gone`).toBe(counts.removed);
      expect(o.result.newAds, `${o.siteId} new`).toBe(counts.new);
      expect(o.result.changedAds, `${o.siteId} changed`).toBe(counts.changed);
      expect((await activeAds(repo, o.siteId)).length).toBe(truth1.sites[o.siteId as DemoSiteId].length);
    }
    for (const entry of day.entries) {
      const ad = await repo.getAdByKey(`${entry.site}:${entry.siteAdId}`);
      expect(ad, `${entry.site}:${entry.siteAdId} (${entry.kind})`).not.toBeNull();
      if (!ad) continue;
      if (entry.kind === 'removed') expect(ad.goneAt).not.toBeNull();
      if (entry.kind === 'new') expect(ad.versionCount).toBe(1);
      if (entry.kind === 'changed') expect(ad.versionCount).toBeGreaterThanOrEqual(2);
    }
  }, 240_000);
}

describe('crawler end to end on SQLite', () => {
  endToEnd('sqlite');
});

describe.skipIf(!process.env.OPSPOR_TEST_PG_URL)(
  'crawler end to end on PostgreSQL (needs OPSPOR_TEST_PG_URL)',
  () => {
    endToEnd('postgres');
  },
);
