import type { Config } from '../config/index.js';
import { logger } from '../shared/logger.js';
import { createDemoWorld, startDemoSites, type DemoSites, type DemoWorld } from '../sources/demo/index.js';
import { siteAdapters } from '../sources/sites/index.js';
import type { Repository } from '../store/repository.js';
import { crawlAndScore, describeCrawl } from './crawl-and-score.js';
import type { CrawlProgress } from '../sources/crawler/index.js';

/**
 * The demo job behind `npm start`: generated ad sites on localhost, crawled into the store and
 * scored, then re-crawled each simulated day so edits, removals and re-posts show up as versions.
 */

/** The demo sites are ours, so the demo crawls them faster than the 1 request/s real-site default. */
export const demoPoliteness = { maxRequestsPerSecond: 8, maxConcurrency: 4 } as const;

export interface DemoRun {
  world: DemoWorld;
  sites: DemoSites;
  /** Crawls and scores the current day; resolves with printable summary lines. */
  crawlOnce(onProgress?: (p: CrawlProgress) => void): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts the demo sites and points the configuration's sites at them. */
export async function startDemo(repo: Repository, config: Config): Promise<DemoRun> {
  const world = createDemoWorld({ seed: config.demo.seed, size: config.demo.size });
  const sites = await startDemoSites({
    world,
    ports: { classic: config.demo.basePort, clinics: config.demo.basePort + 1 },
    // Twice the demo crawl rate: the server still answers 429 to anything faster.
    rateLimit: { requestsPerSecond: demoPoliteness.maxRequestsPerSecond * 2 },
  });
  for (const s of sites.sites) config.sites[s.id] = { ...config.sites[s.id], baseUrl: s.baseUrl };
  const adapters = siteAdapters.filter((a) => sites.sites.some((s) => s.id === a.id));
  let running: Promise<string[]> | null = null;
  return {
    world,
    sites,
    crawlOnce(onProgress) {
      running ??= crawlAndScore({
        repo,
        config,
        adapters,
        politenessOverride: demoPoliteness,
        ...(onProgress ? { onCrawlProgress: onProgress } : {}),
      })
        .then(({ crawls, scoring }) => [
          ...crawls.flatMap(describeCrawl),
          ...(scoring ? [`scored ${scoring.ads} ads (${scoring.written} updated)`] : []),
        ])
        .catch((err: unknown) => {
          logger.error({ err }, 'demo crawl failed');
          return [`demo crawl failed: ${err instanceof Error ? err.message : String(err)}`];
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
    async close() {
      await sites.close();
    },
  };
}
