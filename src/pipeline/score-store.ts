import type { BatchLinker } from '../indicators/define.js';
import { getIndicator } from '../indicators/index.js';
import { combineIndicators, detectTextIndicators } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { prepareAd } from '../extract/index.js';
import { createBatchLinker } from '../network/batch-linker.js';
import type { AdInput, AdResult, AdReview, FiredIndicator } from '../shared/types.js';
import type { AdRow, Repository } from '../store/repository.js';

/**
 * Scores the ads of the store: text and review detectors on each ad's current version, cross-ad
 * indicators and clusters from a linker over every ad of the store, and the flags set by people
 * or models (x-factor, image tags) carried over from the ad's previous result. A result is written
 * only when it differs from the stored one, so re-running after a crawl writes just the ads whose
 * text, links or configuration changed.
 */

const pageSize = 500;

/** The stored current version of an ad as a batch-format ad. */
export function storedAdToInput(row: AdRow, reviews: AdReview[]): AdInput {
  const { photoHashes, ...fields } = row.current;
  return {
    ...fields,
    id: row.key,
    site: row.siteId,
    url: fields.url ?? row.url,
    images: photoHashes.map((sha256) => ({ id: sha256, sha256 })),
    reviews,
  };
}

/** Flags that no detector recomputes: set by people (x-factor) or image models/tags. */
function keptFlags(previous: AdResult | undefined): FiredIndicator[] {
  if (!previous) return [];
  return previous.indicators.filter((f) => {
    const kind = getIndicator(f.id)?.kind;
    return kind === 'manual' || kind === 'image';
  });
}

export interface ScoreStoreProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
}

export interface ScoreStoreResult {
  ads: number;
  written: number;
  configVersion: string;
}

async function forEachStoredAd(repo: Repository, visit: (row: AdRow) => Promise<void>): Promise<number> {
  let offset = 0;
  let seen = 0;
  for (;;) {
    const page = await repo.listAds({ status: 'all', sort: 'firstSeen', limit: pageSize, offset });
    for (const row of page.ads) await visit(row);
    seen += page.ads.length;
    offset += pageSize;
    if (page.ads.length < pageSize) return seen;
  }
}

function sameResult(a: AdResult | undefined, b: AdResult): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Scores every stored ad under `config` (after a crawl, or `opspor rescore` after a configuration
 * change — nothing is re-crawled). Returns how many results were written.
 */
export async function scoreStore(
  repo: Repository,
  config: ScoringConfig,
  options: { now?: () => Date; linker?: BatchLinker; onProgress?: (p: ScoreStoreProgress) => void } = {},
): Promise<ScoreStoreResult> {
  const now = options.now ?? (() => new Date());
  const linker = options.linker ?? createBatchLinker();
  // Pass 1: text detectors per ad; the linker keeps only compact signatures of each ad.
  const pending: {
    adId: number;
    key: string;
    text: FiredIndicator[];
    kept: FiredIndicator[];
    previous?: AdResult;
    facts: AdResult['extracted'];
  }[] = [];
  const total = (await repo.listAds({ status: 'all', limit: 1 })).total;
  await forEachStoredAd(repo, async (row) => {
    const reviews = await repo.listReviews(row.id);
    const prepared = prepareAd(storedAdToInput(row, reviews));
    linker.add(prepared);
    const previous = (await repo.getIndicatorResult(row.id))?.result;
    pending.push({
      adId: row.id,
      key: row.key,
      text: detectTextIndicators(prepared, config),
      kept: keptFlags(previous),
      facts: prepared.facts,
      ...(previous ? { previous } : {}),
    });
    options.onProgress?.({ phase: 'read', done: pending.length, total });
  });
  linker.finish();
  // Pass 2: merge cross-ad flags and clusters, write what changed.
  let written = 0;
  let done = 0;
  for (const item of pending) {
    const cross = linker.resultFor(item.key);
    const scored = combineIndicators([...item.text, ...cross.indicators, ...item.kept], config);
    const result: AdResult = { id: item.key, ...scored, cluster: cross.cluster, extracted: item.facts };
    const unchanged = sameResult(item.previous, result);
    const stored = unchanged ? await repo.getIndicatorResult(item.adId) : null;
    if (!unchanged || stored?.configVersion !== config.configVersion) {
      await repo.saveIndicatorResult({
        adId: item.adId,
        configVersion: config.configVersion,
        computedAt: now().toISOString(),
        score: scored.score,
        level: scored.level,
        indicators: scored.indicators,
        result,
      });
      written += 1;
    }
    done += 1;
    options.onProgress?.({ phase: 'write', done, total: pending.length });
  }
  return { ads: pending.length, written, configVersion: config.configVersion };
}
