/**
 * Crawl benchmark: a `medium` demo world served locally with rate limits lifted, both sites
 * crawled concurrently into a temp SQLite store. Reports pages, wall time and peak RSS.
 * Run: `npx tsx bench/crawl.ts` (prints JSON).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crawlAll } from '../src/sources/crawler/crawl-all.js';
import { startDemoHarness } from '../src/sources/crawler/demo-harness.js';
import { siteAdapters } from '../src/sources/sites/index.js';
import { openTestRepository } from '../src/store/test-database.js';

export interface CrawlBenchResult {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

export async function benchCrawl(
  options: { size?: 'small' | 'medium' | 'large'; seed?: number } = {},
): Promise<CrawlBenchResult> {
  const harness = await startDemoHarness({ size: options.size ?? 'medium', seed: options.seed ?? 42 });
  const { repo, cleanup } = await openTestRepository('sqlite');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const started = performance.now();
    const outcomes = await crawlAll({
      adapters: siteAdapters,
      repo,
      config: harness.config,
      dataDir: harness.dataDir,
      politenessOverride: harness.politeness,
    });
    const seconds = (performance.now() - started) / 1000;
    const pages = outcomes.reduce((n, o) => n + (o.ok ? o.result.pages : 0), 0);
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`crawl failed: ${failed.map((f) => f.siteId).join(', ')}`);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      pages,
      seconds: Math.round(seconds * 100) / 100,
      pagesPerSecond: Math.round((pages / seconds) * 10) / 10,
      peakRssMb: Math.round(peak / 1024 / 1024),
    };
  } finally {
    clearInterval(sampler);
    await cleanup();
    await harness.close();
  }
}

const isMain =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  benchCrawl().then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
