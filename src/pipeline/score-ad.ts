import { prepareAd } from '../extract/index.js';
import { combineIndicators, detectTextIndicators, weightFor } from '../indicators/engine.js';
import { getIndicator } from '../indicators/index.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { NotFoundError } from '../shared/errors.js';
import type { AdResult, FiredIndicator } from '../shared/types.js';
import type { WorkerMarks } from '../store/casework-store.js';
import type { Repository, StoredIndicatorResult } from '../store/repository.js';
import { storedAdToInput } from './score-store.js';

/**
 * Re-ranks one ad at once after a worker changed its x-factor or photo tags: the ad's latest
 * stored result keeps its text, review and cross-ad flags, the worker-set flags are replaced by
 * the current ones, and the whole is recombined under the scoring configuration and stored as a
 * new result (which also moves `ads.score/level`). `scoreStore` reads the worker-set flags from
 * the same casework tables, so they survive the next crawl and any re-score.
 */

/** True for the flags that people or image models set (x-factor, photo tags). */
function isWorkerSet(flag: FiredIndicator): boolean {
  const kind = getIndicator(flag.id)?.kind;
  return kind === 'manual' || kind === 'image';
}

/**
 * The worker-set flags of an ad as fired indicators. The x-factor takes the configured weight
 * like any indicator (combineIndicators re-weights from the configuration anyway); its evidence
 * says who set it, when, and the note. A tag on several photos is one indicator with one piece of
 * evidence per photo.
 */
export function workerFlags(casework: WorkerMarks, config: ScoringConfig): FiredIndicator[] {
  const flags: FiredIndicator[] = [];
  const x = casework.xFactor;
  if (x) {
    flags.push({
      id: 'x-factor',
      weight: weightFor('x-factor', config),
      evidence: [{ setBy: x.setByName, setAt: x.setAt, note: x.note }],
    });
  }
  const byTag = new Map<string, FiredIndicator>();
  for (const t of casework.photoTags) {
    const evidence = { setBy: t.setByName, setAt: t.setAt, image: t.sha256 };
    const flag = byTag.get(t.tag);
    if (flag) flag.evidence.push(evidence);
    else byTag.set(t.tag, { id: t.tag, weight: weightFor(t.tag, config), evidence: [evidence] });
  }
  return [...flags, ...byTag.values()];
}

/** The flags of the ad that no worker set: from its latest result, or from its text when none. */
async function machineFlags(
  repo: Repository,
  adId: number,
  latest: StoredIndicatorResult | null,
  config: ScoringConfig,
): Promise<{ flags: FiredIndicator[]; base: Omit<AdResult, 'score' | 'level' | 'indicators'> }> {
  if (latest) {
    return {
      flags: latest.result.indicators.filter((f) => !isWorkerSet(f)),
      base: { id: latest.result.id, cluster: latest.result.cluster, extracted: latest.result.extracted },
    };
  }
  const ad = await repo.getAd(adId);
  if (!ad) throw new NotFoundError(`ad ${adId} not found`);
  const prepared = prepareAd(storedAdToInput(ad, await repo.listReviews(adId)));
  return {
    flags: detectTextIndicators(prepared, config),
    base: { id: ad.key, cluster: null, extracted: prepared.facts },
  };
}

/** How often a re-rank starts again when another result was stored meanwhile. */
const maxRerankAttempts = 5;

/** Re-ranks in flight per repository and ad: one ad's re-ranks run one after another. */
const inFlight = new WeakMap<Repository, Map<number, Promise<unknown>>>();

function oneAtATime<T>(repo: Repository, adId: number, run: () => Promise<T>): Promise<T> {
  let queue = inFlight.get(repo);
  if (!queue) {
    queue = new Map();
    inFlight.set(repo, queue);
  }
  const next = (queue.get(adId) ?? Promise.resolve()).catch(() => undefined).then(run);
  queue.set(adId, next);
  const forget = (): void => {
    if (queue.get(adId) === next) queue.delete(adId);
  };
  next.then(forget, forget);
  return next;
}

/**
 * Recomputes and stores the ad's result with its current worker-set flags; returns the stored
 * result. Re-ranks of one ad are serialised in this process, so two workers tagging at once can
 * never leave the older flags as the current result.
 */
export function rerankAd(
  repo: Repository,
  adId: number,
  config: ScoringConfig,
  now: () => Date = () => new Date(),
): Promise<StoredIndicatorResult> {
  return oneAtATime(repo, adId, async () => {
    // Another process (a crawl's scoring) may store a result between our read and our write: the
    // save then refuses (`replaces`), and the re-rank starts again from that newer result.
    for (let attempt = 1; ; attempt++) {
      const [casework, latest] = await Promise.all([repo.getCasework(adId), repo.getIndicatorResult(adId)]);
      const { flags, base } = await machineFlags(repo, adId, latest, config);
      const scored = combineIndicators([...flags, ...workerFlags(casework, config)], config);
      const computedAt = now().toISOString();
      const stored: StoredIndicatorResult = {
        adId,
        configVersion: config.configVersion,
        // The current result is the latest by time: never sort before the one being replaced,
        // even when that one was written under another clock.
        computedAt: latest && latest.computedAt > computedAt ? latest.computedAt : computedAt,
        score: scored.score,
        level: scored.level,
        indicators: scored.indicators,
        // Same key order as scoreStore's results, so an unchanged ad compares equal there.
        result: { id: base.id, ...scored, cluster: base.cluster, extracted: base.extracted },
      };
      if (await repo.saveIndicatorResult({ ...stored, replaces: latest?.id ?? null })) return stored;
      if (attempt === maxRerankAttempts)
        throw new Error(`ad ${adId}: its result kept changing while it was re-ranked; try again`);
    }
  });
}
