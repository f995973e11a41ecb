import { errorMessage } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { SiteAdapter } from '../adapter.js';
import { crawlSite, type CrawlSiteOptions, type CrawlSiteResult } from './crawl-site.js';

export type CrawlAllOptions = Omit<CrawlSiteOptions, 'adapter'> & {
  adapters: readonly SiteAdapter[];
};

/** Outcome of one site in `crawlAll`: its stats, or why the crawl failed. */
export type SiteOutcome =
  { siteId: string; ok: true; result: CrawlSiteResult } | { siteId: string; ok: false; error: string };

/**
 * Crawls several sites at once. Each site keeps its own rate gate, queue and limits, so a slow or
 * failing site does not hold back the others; a site disabled in configuration is skipped.
 */
export async function crawlAll(options: CrawlAllOptions): Promise<SiteOutcome[]> {
  const { adapters, ...rest } = options;
  const enabled = adapters.filter((a) => rest.config.sites[a.id]?.enabled !== false);
  return Promise.all(
    enabled.map(async (adapter): Promise<SiteOutcome> => {
      try {
        return { siteId: adapter.id, ok: true, result: await crawlSite({ ...rest, adapter }) };
      } catch (err) {
        logger.error({ site: adapter.id, err: errorMessage(err) }, 'site crawl failed');
        return { siteId: adapter.id, ok: false, error: errorMessage(err) };
      }
    }),
  );
}
