import type { CrawlRun, SiteRow } from '../../../store/repository.js';

/** A crawl run as the health page shows it. */
export interface RunView {
  id: number;
  site: string;
  startedAt: string;
  finishedAt: string | null;
  status: CrawlRun['status'];
  durationMs: number | null;
  pages: number | null;
  newAds: number | null;
  changedAds: number | null;
  goneAds: number | null;
  errors: number | null;
  healthy: boolean | null;
  healthReasons: string[];
}

export function presentRun(run: CrawlRun): RunView {
  const s = run.stats;
  return {
    id: run.id,
    site: run.siteId,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    status: run.status,
    durationMs: run.durationMs,
    pages: s?.pages ?? null,
    newAds: s?.newAds ?? null,
    changedAds: s?.changedAds ?? null,
    goneAds: s?.goneAds ?? null,
    errors: s?.errors ?? null,
    healthy: s?.healthy ?? null,
    // Error samples carry URLs of ads; the health page needs only the reasons.
    healthReasons: s?.healthReasons ?? [],
  };
}

/** Why a site needs attention, as stable codes the dashboard translates. */
export type SiteProblem = 'never-crawled' | 'last-run-failed' | 'unhealthy' | 'stale';

export interface SiteHealthView {
  id: string;
  name: string;
  baseUrl: string;
  lastRun: RunView | null;
  healthy: boolean;
  problems: SiteProblem[];
  /** Human-readable reasons from the crawler's health checks. */
  reasons: string[];
}

/** A site whose last run is older than this is stale: the crawler may have stopped. */
export const staleAfterMs = 2 * 24 * 60 * 60 * 1000;

export function presentSiteHealth(site: SiteRow, lastRun: CrawlRun | null, at: Date): SiteHealthView {
  const problems: SiteProblem[] = [];
  if (!lastRun) problems.push('never-crawled');
  else {
    if (lastRun.status === 'failed') problems.push('last-run-failed');
    if (lastRun.stats && !lastRun.stats.healthy) problems.push('unhealthy');
    const finished = Date.parse(lastRun.finishedAt ?? lastRun.startedAt);
    if (at.getTime() - finished > staleAfterMs) problems.push('stale');
  }
  return {
    id: site.id,
    name: site.name,
    baseUrl: site.baseUrl,
    lastRun: lastRun ? presentRun(lastRun) : null,
    healthy: problems.length === 0,
    problems,
    reasons: lastRun?.stats?.healthReasons ?? [],
  };
}
