import type { Config } from '../config/index.js';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import type { Politeness, SiteAdapter } from '../sources/adapter.js';
import { crawlAll, type CrawlProgress, type SiteOutcome } from '../sources/crawler/index.js';
import { siteAdapters } from '../sources/sites/index.js';
import type { Repository } from '../store/repository.js';
import { scoreStore, type ScoreStoreProgress, type ScoreStoreResult } from './score-store.js';

/** The adapters to crawl: one named site, or every site not disabled in configuration. */
export function selectAdapters(config: Config, siteId?: string): SiteAdapter[] {
  if (siteId) return siteAdapters.filter((a) => a.id === siteId);
  return siteAdapters.filter((a) => config.sites[a.id]?.enabled !== false);
}

export interface CrawlAndScoreOptions {
  repo: Repository;
  config: Config;
  adapters: readonly SiteAdapter[];
  politenessOverride?: Partial<Politeness>;
  onCrawlProgress?: (p: CrawlProgress) => void;
  onScoreProgress?: (p: ScoreStoreProgress) => void;
  /** Skip scoring (only crawl). */
  score?: boolean;
}

/**
 * Crawls the sites concurrently (each keeps its own rate limit), then scores new and changed ads
 * (text, review and cross-ad indicators). A failing site is reported and the others go on.
 */
export async function crawlAndScore(
  options: CrawlAndScoreOptions,
): Promise<{ crawls: SiteOutcome[]; scoring: ScoreStoreResult | null }> {
  const { repo, config } = options;
  const crawls = await crawlAll({
    adapters: options.adapters,
    repo,
    config,
    dataDir: config.dataDir,
    ...(options.onCrawlProgress ? { onProgress: options.onCrawlProgress } : {}),
    ...(options.politenessOverride ? { politenessOverride: options.politenessOverride } : {}),
  });
  if (options.score === false) return { crawls, scoring: null };
  const scoringConfig = loadScoringConfig(config.scoringConfig);
  const scoring = await scoreStore(
    repo,
    scoringConfig,
    options.onScoreProgress ? { onProgress: options.onScoreProgress } : {},
  );
  return { crawls, scoring };
}

/** Human-readable summary lines of a site's crawl, with unhealthy sites marked. */
export function describeCrawl(outcome: SiteOutcome): string[] {
  if (!outcome.ok) return [`${outcome.siteId}: FAILED — ${outcome.error}`];
  const r = outcome.result;
  const lines = [
    `${r.siteId}: ${r.pages} pages, ${r.newAds} new, ${r.changedAds} changed, ${r.unchangedAds} unchanged, ` +
      `${r.goneAds} gone, ${r.errors} errors, ${(r.durationMs / 1000).toFixed(1)} s${r.resumed ? ' (resumed run)' : ''}`,
  ];
  if (!r.healthy) lines.push(`  UNHEALTHY: ${r.healthReasons.join('; ')}`);
  return lines;
}

/** True when any site failed or is unhealthy. */
export function anyUnhealthy(crawls: readonly SiteOutcome[]): boolean {
  return crawls.some((c) => !c.ok || !c.result.healthy);
}
