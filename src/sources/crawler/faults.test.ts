import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRepository } from '../../store/test-database.js';
import type { Repository } from '../../store/repository.js';
import { siteAdapters } from '../sites/index.js';
import type { DemoSiteId } from '../demo/model.js';
import { crawlAll } from './crawl-all.js';
import { startDemoHarness, type DemoHarness } from './demo-harness.js';

describe('crawling through faults', () => {
  let h: DemoHarness;
  let repo: Repository;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    // Demo faults on: random 429s, hanging pages, malformed HTML and a 10 MB page. Short timeouts
    // and few retries keep the test quick; a hanging page still fails after its retries.
    h = await startDemoHarness({
      seed: 5,
      faults: { slowDelayMs: 10_000 },
      politeness: { timeoutSecs: 1, maxRetries: 2, maxPageBytes: 2 * 1024 * 1024 },
    });
    ({ repo, cleanup } = await openTestRepository('sqlite'));
  }, 60_000);
  afterAll(async () => {
    await cleanup();
    await h.close();
  });

  it('completes, counts the faults and stores every other ad', async () => {
    const outcomes = await crawlAll({
      adapters: siteAdapters,
      repo,
      config: h.config,
      dataDir: h.dataDir,
      politenessOverride: h.politeness,
    });
    const faulty = h.demo.faultAds();
    expect(faulty.length).toBeGreaterThan(0);
    const faultyIds = new Set(faulty.map((f) => f.id));
    const truth = h.world.groundTruth();
    let errors = 0;
    for (const o of outcomes) {
      expect(o.ok, o.ok ? '' : o.error).toBe(true);
      if (!o.ok) continue;
      errors += o.result.errors;
      if (o.siteId === 'demo-classic') expect(o.result.counters.oversizedPages).toBeGreaterThanOrEqual(1);
      for (const t of truth.sites[o.siteId as DemoSiteId]) {
        if (faultyIds.has(t.id)) continue;
        expect(await repo.getAdByKey(t.id), `${t.id} stored`).not.toBeNull();
      }
    }
    expect(errors).toBeGreaterThan(0);
    expect(h.demo.stats().tooManyRequests).toBeGreaterThan(0);
    expect(h.demo.stats().robotsViolations).toBe(0);
  }, 240_000);
});
