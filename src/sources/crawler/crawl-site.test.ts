import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawlSite } from './crawl-site.js';
import { MemoryCrawlRepo, startTinySite, tinyAdapter, type TinySite } from './test-support.js';

const config = { sites: {}, userAgent: 'opspor-test/1.0' };

describe('crawlSite on a tiny site', () => {
  let site: TinySite;
  let dataDir: string;

  beforeEach(async () => {
    site = await startTinySite([
      { id: 'a1', name: 'Anna', version: 1, photos: 2 },
      { id: 'a2', name: 'Bea', version: 1, photos: 1 },
      { id: 'a3', name: 'Cleo', version: 1, photos: 0 },
    ]);
    dataDir = mkdtempSync(join(tmpdir(), 'opspor-crawl-'));
  });
  afterEach(async () => {
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every ad with photos and reviews, and never fetches a disallowed path', async () => {
    const repo = new MemoryCrawlRepo();
    const stats = await crawlSite({ adapter: tinyAdapter(site.baseUrl), repo, config, dataDir });
    expect(stats.newAds).toBe(3);
    expect(stats.errors).toBe(0);
    expect(stats.healthy).toBe(true);
    expect(stats.detailPages).toBe(3);
    expect(repo.ads.size).toBe(3);
    expect(repo.ads.get('tiny:a1')?.versions[0]?.photoHashes).toHaveLength(2);
    expect(repo.ads.get('tiny:a1')?.reviews.has('a1-r1')).toBe(true);
    expect(repo.ads.get('tiny:a1')?.fingerprint).toBe('v1');
    expect(site.hits.some((h) => h.startsWith('/private'))).toBe(false);
    expect(stats.counters.skippedByRobots).toBeGreaterThan(0);
    expect(repo.runs[0]?.status).toBe('finished');
  });

  it('re-reads lists but fetches only changed ads, and marks vanished ads gone', async () => {
    const repo = new MemoryCrawlRepo();
    const adapter = tinyAdapter(site.baseUrl);
    await crawlSite({ adapter, repo, config, dataDir });

    site.hits.length = 0;
    const quiet = await crawlSite({ adapter, repo, config, dataDir });
    expect(site.hits.filter((h) => h.startsWith('/ad/'))).toEqual([]);
    expect(site.hits.filter((h) => h.startsWith('/list'))).toHaveLength(2);
    expect(quiet.unchangedAds).toBe(3);

    site.ads[0]!.version = 2;
    const [a3] = site.ads.splice(2, 1);
    site.hits.length = 0;
    const stats = await crawlSite({ adapter, repo, config, dataDir });
    expect(site.hits.filter((h) => h.startsWith('/ad/'))).toEqual(['/ad/a1']);
    expect(stats.changedAds).toBe(1);
    expect(stats.goneAds).toBe(1);
    expect(repo.ads.get('tiny:a3')?.goneAt).not.toBeNull();
    expect(repo.ads.get('tiny:a1')?.versions).toHaveLength(2);

    // Listed again, unchanged: it comes back, and the run counts that as a change of status.
    site.ads.splice(2, 0, a3!);
    const back = await crawlSite({ adapter, repo, config, dataDir });
    expect(repo.ads.get('tiny:a3')?.goneAt).toBeNull();
    expect([back.changedAds, back.unchangedAds, back.newAds]).toEqual([1, 2, 0]);
  });

  it('reads an unchanged ad again after refreshDays, and stores the reviews posted meanwhile', async () => {
    const repo = new MemoryCrawlRepo();
    const adapter = tinyAdapter(site.baseUrl);
    const day = (n: number) => () => new Date(Date.UTC(2026, 9, 1 + n, 10));
    await crawlSite({ adapter, repo, config, dataDir, now: day(0) });
    // A client reviews Anna; her ad and its list entry stay as they were.
    site.ads[0]!.reviews = 2;
    site.hits.length = 0;
    await crawlSite({ adapter, repo, config, dataDir, now: day(3) });
    expect(site.hits.filter((h) => h.startsWith('/ad/'))).toEqual([]);
    expect(repo.ads.get('tiny:a1')?.reviews.has('a1-r2')).toBe(false);
    // Two weeks on, every ad is due (7 to 14 days): read again, reviews and all, with no new version.
    site.hits.length = 0;
    const later = await crawlSite({ adapter, repo, config, dataDir, now: day(17) });
    expect(site.hits.filter((h) => h.startsWith('/ad/')).sort()).toEqual(['/ad/a1', '/ad/a2', '/ad/a3']);
    expect(repo.ads.get('tiny:a1')?.reviews.has('a1-r2')).toBe(true);
    // Its photos were fetched from the same addresses 17 days ago: not downloaded again.
    expect(site.hits.filter((h) => h.startsWith('/img/'))).toEqual([]);
    expect(repo.ads.get('tiny:a1')?.versions[0]?.photoHashes).toHaveLength(2);
    expect(repo.ads.get('tiny:a1')?.versions).toHaveLength(1);
    expect(later.unchangedAds).toBe(3);
    // Read now: not again the next day; and never with refreshDays 0.
    site.hits.length = 0;
    await crawlSite({ adapter, repo, config, dataDir, now: day(18) });
    const never = { sites: { tiny: { politeness: { refreshDays: 0 } } }, userAgent: config.userAgent };
    await crawlSite({ adapter, repo, config: never, dataDir, now: day(60) });
    expect(site.hits.filter((h) => h.startsWith('/ad/'))).toEqual([]);
    // Read again after more than 30 days, the photos are downloaded again too.
    await crawlSite({ adapter, repo, config, dataDir, now: day(61) });
    expect(site.hits.filter((h) => h.startsWith('/img/')).sort()).toEqual([
      '/img/a1-0.png',
      '/img/a1-1.png',
      '/img/a2-0.png',
    ]);
  });

  it("keeps an ad's stored version when its page comes back without fields the site always shows", async () => {
    const repo = new MemoryCrawlRepo();
    const adapter = tinyAdapter(site.baseUrl);
    await crawlSite({ adapter, repo, config, dataDir });
    // A broken template drops Bea's name (a required field) the day her ad is edited.
    site.ads[1]!.name = '';
    site.ads[1]!.version = 2;
    const broken = await crawlSite({ adapter, repo, config, dataDir });
    expect(repo.ads.get('tiny:a2')?.versions).toHaveLength(1);
    expect(broken.changedAds).toBe(0);
    expect(broken.errorSamples.map((e) => e.message)).toContain(
      'kept the stored version of tiny:a2: the page lacks name',
    );
    // Mended: read again (the stored fingerprint is the old one), and recorded.
    site.ads[1]!.name = 'Bea';
    const mended = await crawlSite({ adapter, repo, config, dataDir });
    expect(mended.changedAds).toBe(1);
    expect(repo.ads.get('tiny:a2')?.versions).toHaveLength(2);
  });

  it('waits and retries after a 429', async () => {
    site.once429.add('/ad/a2');
    const repo = new MemoryCrawlRepo();
    const stats = await crawlSite({ adapter: tinyAdapter(site.baseUrl), repo, config, dataDir });
    expect(site.hits.filter((h) => h === '/ad/a2')).toHaveLength(2);
    expect(stats.newAds).toBe(3);
    expect(stats.counters.retries).toBe(1);
    expect(stats.errors).toBe(0);
  });

  it('does not mark ads gone when a list page fails', async () => {
    const repo = new MemoryCrawlRepo();
    const adapter = tinyAdapter(site.baseUrl);
    await crawlSite({ adapter, repo, config, dataDir });
    site.robots = 'User-agent: *\nDisallow: /private\nDisallow: /list?page=2\n';
    const stats = await crawlSite({ adapter, repo, config, dataDir });
    expect(stats.listPagesComplete).toBe(false);
    expect(stats.goneAds).toBe(0);
    expect(repo.ads.get('tiny:a3')?.goneAt).toBeNull();
    expect(stats.healthy).toBe(false);
  });
});
