import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import { CrawlError, errorMessage } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { AdChange, CrawlRunStats } from '../../store/repository.js';
import type { Politeness, SiteAdapter } from '../adapter.js';
import { createSiteCrawler, type CrawlProgress } from './crawler-factory.js';
import { detailRequest, type CrawlerRepository, type NextRequest, type SiteCrawl } from './handlers.js';
import { GroupIndex, isEntryUnchanged } from './groups.js';
import { requestKey } from './planning.js';
import { minIntervalMs, RateGate, resolvePoliteness } from './politeness.js';
import { createCrawleeConfig, openRunQueue, repairQueueDir, siteStorageDir } from './queue-store.js';
import { loadRobots } from './robots.js';
import { toRunStats, type RunCounters } from './run-stats.js';
import { RunState } from './run-state.js';

export interface CrawlSiteOptions {
  adapter: SiteAdapter;
  /** Any Repository; only the crawl methods are used. */
  repo: CrawlerRepository;
  config: Pick<Config, 'sites' | 'userAgent'>;
  /** Crawl state lives in `<dataDir>/crawl/<siteId>/`. */
  dataDir: string;
  now?: () => Date;
  onProgress?: (p: CrawlProgress) => void;
  /** Called after each stored ad (used to score new and changed ads). */
  onAdStored?: (adId: number, change: AdChange) => Promise<void> | void;
  /**
   * Wins over adapter and configuration (benchmarks lift the rate limit). A `maxRequestsPerSecond`
   * here also overrides robots.txt's Crawl-delay: use it only against sites you run yourself.
   */
  politenessOverride?: Partial<Politeness>;
}

/** Stats of a finished site crawl: the stored run stats plus details for reports. */
export interface CrawlSiteResult extends CrawlRunStats {
  siteId: string;
  runId: number;
  /** The run continued an interrupted one. */
  resumed: boolean;
  durationMs: number;
  /** Every list page was read, so unlisted ads could be marked gone. */
  listPagesComplete: boolean;
  counters: RunCounters;
}

/** Entries listed in this run whose detail was never fully saved (lost in a crash): fetch again. */
async function reconcileRequests(crawl: SiteCrawl): Promise<NextRequest[]> {
  const { pending, detailFailed } = crawl.state.data;
  const ids = Object.keys(pending).filter((id) => !detailFailed.includes(id));
  if (ids.length === 0) return [];
  const members = ids.flatMap((id) => crawl.groups.get(id)?.members ?? []);
  const stored = await crawl.repo.getFingerprints(crawl.adapter.id, [...ids, ...members]);
  const byUrl = new Map<string, Record<string, string | null>>();
  for (const id of ids) {
    const [url, fingerprint] = pending[id]!;
    const done =
      isEntryUnchanged(id, fingerprint, stored, crawl.groups) || (fingerprint === null && stored.has(id));
    if (done) continue;
    byUrl.set(url, { ...byUrl.get(url), [id]: fingerprint });
  }
  const lostLists = crawl.state.unreadListPages().filter((u) => !crawl.state.data.listFailed.includes(u));
  return [
    ...lostLists.map((url) => ({ label: 'LIST' as const, url, userData: {} })),
    ...[...byUrl].map(([url, fingerprints]) => detailRequest({ url, fingerprints })),
  ];
}

/**
 * Crawls one site incrementally into the repository: list pages every run, detail pages only for
 * new or changed ads, photos and reviews of stored ads; then marks unlisted ads gone when every
 * list page was read. A killed run resumes from its persistent queue on the next call.
 */
export async function crawlSite(options: CrawlSiteOptions): Promise<CrawlSiteResult> {
  const { adapter, repo, config } = options;
  const now = options.now ?? (() => new Date());
  const startedMs = Date.now();
  if (adapter.render !== 'html') {
    throw new CrawlError(
      `site ${adapter.id} needs browser rendering, which the crawler does not support yet`,
      false,
    );
  }
  const baseUrl = config.sites[adapter.id]?.baseUrl ?? adapter.baseUrl;
  const politeness = resolvePoliteness(adapter, config, options.politenessOverride);
  await repo.upsertSite({ id: adapter.id, name: adapter.name, baseUrl });
  const { run, resumed } = await repo.startOrResumeRun(adapter.id, now().toISOString());
  const storageDir = siteStorageDir(options.dataDir, adapter.id);
  if (resumed) repairQueueDir(storageDir, run.id);
  const state = RunState.open(join(storageDir, `run-${run.id}.state.json`), run.id);
  const robots = await loadRobots(baseUrl, {
    userAgent: config.userAgent,
    timeoutMs: politeness.timeoutSecs * 1000,
  });
  if (robots.problem)
    logger.warn(
      { site: adapter.id, problem: robots.problem },
      'robots.txt unreadable: site treated as disallowed',
    );
  const crawleeConfig = createCrawleeConfig(storageDir);
  const queue = await openRunQueue(crawleeConfig, run.id);
  logger.info(
    { site: adapter.id, runId: run.id, resumed },
    resumed ? 'resuming crawl run' : 'starting crawl run',
  );

  let pass = 'main';
  const crawl: SiteCrawl = {
    adapter,
    repo,
    runId: run.id,
    politeness,
    userAgent: config.userAgent,
    robots,
    // An explicit rate override (benchmarks and tests against our own demo sites) also lifts
    // robots.txt's Crawl-delay; a normal run always honours it.
    gate: new RateGate(
      minIntervalMs(
        politeness,
        options.politenessOverride?.maxRequestsPerSecond !== undefined ? null : robots.crawlDelaySecs,
      ),
    ),
    state,
    groups: GroupIndex.open(join(storageDir, 'groups.json')),
    now,
    onAdStored: options.onAdStored,
    enqueue: async (requests) => {
      if (requests.length === 0) return;
      const suffix = pass === 'main' ? '' : `:${pass}`;
      await queue.addRequests(
        requests.map((r) => ({
          url: r.url,
          label: r.label,
          userData: r.userData,
          uniqueKey: requestKey(run.id, r.label, r.url) + suffix,
        })),
      );
    },
  };
  const progress = async (): Promise<void> => {
    if (!options.onProgress) return;
    const c = state.counters;
    const info = await queue.getInfo();
    options.onProgress({
      siteId: adapter.id,
      pages: c.pages,
      queued: info?.pendingRequestCount ?? 0,
      ads: c.newAds + c.changedAds + c.unchangedAds,
      errors: c.errors,
    });
  };
  const runPass = async (): Promise<void> => {
    await createSiteCrawler(crawl, queue, crawleeConfig, progress).run();
    state.flushIfDirty();
  };

  let goneAds = 0;
  try {
    const starts: NextRequest[] = [];
    for (const path of adapter.startPaths) {
      const url = new URL(path, baseUrl).href;
      if (!robots.isAllowed(url)) {
        state.counters.skippedByRobots++;
        state.markListFailed(url);
        continue;
      }
      state.addListQueued(url);
      starts.push({ label: 'LIST', url, userData: {} });
    }
    await crawl.enqueue(starts);
    await runPass();

    pass = 'reconcile';
    const again = await reconcileRequests(crawl);
    if (again.length > 0) {
      logger.info(
        { site: adapter.id, requests: again.length },
        'fetching pages an interrupted run left unfinished',
      );
      await crawl.enqueue(again);
      await runPass();
    }

    const listPagesComplete = state.unreadListPages().length === 0 && state.data.listFailed.length === 0;
    const at = now().toISOString();
    if (listPagesComplete) {
      // Gone ads listed again with an unchanged fingerprint come back here, not through recordAd:
      // count them as returned (a change), not as unchanged.
      const returned = await repo.touchListed(run.id, adapter.id, at);
      state.counters.changedAds += returned;
      state.counters.unchangedAds -= returned;
      goneAds = (await repo.markUnlistedGone(run.id, adapter.id, at)).length;
    } else {
      logger.warn(
        { site: adapter.id, runId: run.id },
        'some list pages were not read: no ad marked gone in this run',
      );
    }
    const stats = toRunStats(state.counters, {
      goneAds,
      failedListPages: failedLists(state),
      robotsProblem: robots.problem,
    });
    await repo.finishRun(run.id, at, 'finished', stats);
    logger.info({ site: adapter.id, runId: run.id, ...summary(stats) }, 'crawl run finished');
    await cleanup(queue, state);
    return {
      ...stats,
      siteId: adapter.id,
      runId: run.id,
      resumed,
      durationMs: Date.now() - startedMs,
      listPagesComplete,
      counters: state.counters,
    };
  } catch (err) {
    const stats = toRunStats(state.counters, {
      goneAds,
      failedListPages: failedLists(state),
      robotsProblem: robots.problem,
    });
    stats.healthy = false;
    stats.healthReasons.push(`run failed: ${errorMessage(err)}`);
    await repo.finishRun(run.id, now().toISOString(), 'failed', stats).catch(() => undefined);
    await cleanup(queue, state);
    throw new CrawlError(`crawl of ${adapter.id} failed: ${errorMessage(err)}`, true, { cause: err });
  }
}

function failedLists(state: RunState): number {
  return new Set([...state.data.listFailed, ...state.unreadListPages()]).size;
}

function summary(stats: CrawlRunStats): Record<string, unknown> {
  const { errorSamples: _samples, healthReasons: _reasons, ...rest } = stats;
  return rest;
}

async function cleanup(queue: { drop(): Promise<void> }, state: RunState): Promise<void> {
  await queue.drop().catch((err: unknown) => {
    logger.warn({ err: errorMessage(err) }, 'could not drop the run queue');
  });
  state.remove();
}
