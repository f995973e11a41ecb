import { isDeepStrictEqual } from 'node:util';
import { getIndicator } from '../indicators/index.js';
import { combineIndicators, detectTextIndicators, detectTextIndicatorsOfAll } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import type { PreparedAd } from '../indicators/define.js';
import { prepareAll } from '../extract/index.js';
import { adFeatures, type AdFeatures } from '../network/features.js';
import type { LinkRow } from '../network/incremental.js';
import { townsMovedFrom } from '../network/history-movement.js';
import { MinHasher } from '../network/minhash.js';
import { NetworkIndex } from '../network/network-index.js';
import { resolveNetworkOptions, type NetworkOptions } from '../network/options.js';
import { PersistedNetworkView } from '../network/persisted-view.js';
import type { AdInput, AdResult, AdReview, FiredIndicator } from '../shared/types.js';
import type { WorkerMarks } from '../store/casework-store.js';
import type { NetworkAdInput } from '../store/network-store.js';
import { workerFlags } from './score-ad.js';
import type { AdRow, Repository, StoredIndicatorResult } from '../store/repository.js';

/**
 * Scores the ads of the store: text and review detectors on each ad's current version, cross-ad
 * indicators and clusters from the persisted network, and the flags set by workers (x-factor,
 * photo tags) from the casework tables. After a crawl only new and
 * changed ads are linked (the store looks up the ads that share a key with them) and only they
 * and the ads whose links or cluster changed are re-scored. A full run (`opspor rescore`, the
 * first run, or changed settings) re-links everything and rebuilds the persisted network,
 * keeping cluster ids. A result is written only when it differs from the stored one.
 */

const pageSize = 500;
/** Ads linked and re-scored per step of an incremental run (bounds memory, not the result). */
const stepSize = 1_000;

/** The stored current version of an ad as a batch-format ad; photos carry their phash if known. */
export function storedAdToInput(
  row: AdRow,
  reviews: AdReview[],
  phashes: ReadonlyMap<string, string> = new Map(),
): AdInput {
  const { photoHashes, ...fields } = row.current;
  return {
    ...fields,
    id: row.key,
    site: row.siteId,
    url: fields.url ?? row.url,
    images: photoHashes.map((sha256) => ({ id: sha256, sha256, phash: phashes.get(sha256) ?? null })),
    reviews,
  };
}

/**
 * Reads the previous results of some ads, then what workers set on them (x-factor, photo tags).
 * The worker flags come from the casework tables, as a re-rank takes them: a previous result
 * lacks them when it was scored under a profile that disabled them, and they must come back when
 * the profile enables them again. Read in this order, a flag set or removed meanwhile is either
 * seen here or comes with a newer result, which makes this run's save stale (`replaces`).
 */
async function previousAndMarks(
  repo: Repository,
  adIds: readonly number[],
): Promise<{ previous: Map<number, StoredIndicatorResult>; marks: Map<number, WorkerMarks> }> {
  const previous = await repo.latestIndicatorResults(adIds);
  const marks = await repo.workerMarksOf(adIds);
  return { previous, marks };
}

const noMarks: WorkerMarks = { xFactor: null, photoTags: [] };

/** Text and review flags of a previous result (what the detectors found in the ad itself). */
function ownFlags(previous: AdResult): FiredIndicator[] {
  return previous.indicators.filter((f) => {
    const kind = getIndicator(f.id)?.kind;
    return kind === 'text' || kind === 'review';
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
  /** 'full' re-linked every ad; 'incremental' only new, changed and affected ones. */
  mode: 'full' | 'incremental';
}

export interface ScoreStoreOptions {
  now?: () => Date;
  /** Re-link and re-score every ad (as after a configuration change). */
  full?: boolean;
  network?: Partial<NetworkOptions>;
  onProgress?: (p: ScoreStoreProgress) => void;
}

async function forEachStoredAd(repo: Repository, visit: (rows: AdRow[]) => Promise<void>): Promise<void> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await repo.listAds({ status: 'all', sort: 'firstSeen', limit: pageSize, offset });
    await visit(page.ads);
    if (page.ads.length < pageSize) return;
  }
}

/** An ad read from the store and prepared for the detectors. */
async function prepareStored(repo: Repository, rows: AdRow[]): Promise<PreparedAd[]> {
  const phashes = await repo.photoPhashes(rows.flatMap((r) => r.current.photoHashes));
  const reviews = await repo.listReviewsOf(rows.map((r) => r.id));
  return prepareAll(rows.map((row) => storedAdToInput(row, reviews.get(row.id) ?? [], phashes)));
}

/**
 * Adds to the features of stored ads the towns each moved from (see `townsMovedFrom`), read from
 * the versions of those that have more than one.
 */
async function addMoves(
  repo: Repository,
  rows: readonly AdRow[],
  features: readonly AdFeatures[],
  windowDays: number,
): Promise<void> {
  const edited = rows.filter((row) => row.versionCount > 1).map((row) => row.id);
  if (edited.length === 0) return;
  const places = await repo.listVersionPlaces(edited);
  rows.forEach((row, n) => {
    const versions = places.get(row.id);
    if (!versions) return;
    const towns = townsMovedFrom(versions, windowDays);
    if (towns.length > 0) features[n]!.movedFrom = towns;
  });
}

/**
 * Whether a stored result equals a new one given as JSON. SQLite hands back the text as written;
 * PostgreSQL's jsonb comes back parsed with its keys reordered, so it is compared by value.
 */
function sameResult(previous: StoredIndicatorResult, resultJson: string): boolean {
  if (previous.resultJson !== undefined) return previous.resultJson === resultJson;
  return isDeepStrictEqual(previous.result, JSON.parse(resultJson));
}

/** One ad's new result, or null when it equals the stored one (nothing to write). */
function newResult(
  config: ScoringConfig,
  now: () => Date,
  ad: { adId: number; key: string; own: FiredIndicator[]; facts: AdResult['extracted'] },
  cross: { cluster: string | null; indicators: FiredIndicator[] },
  previous: StoredIndicatorResult | undefined,
  marks: WorkerMarks = noMarks,
): StoredIndicatorResult | null {
  const scored = combineIndicators([...ad.own, ...cross.indicators, ...workerFlags(marks, config)], config);
  const result: AdResult = { id: ad.key, ...scored, cluster: cross.cluster, extracted: ad.facts };
  const resultJson = JSON.stringify(result);
  if (previous?.configVersion === config.configVersion && sameResult(previous, resultJson)) return null;
  const computedAt = now().toISOString();
  return {
    adId: ad.adId,
    // Saved only if the stored result is still the one read (see StoredIndicatorResult.replaces).
    replaces: previous?.id ?? null,
    configVersion: config.configVersion,
    // The current result is the latest by time: never sort before the one it replaces, even when
    // that one was written under another clock (a re-rank on the dashboard's host), as rerankAd.
    computedAt: previous && previous.computedAt > computedAt ? previous.computedAt : computedAt,
    score: scored.score,
    level: scored.level,
    indicators: scored.indicators,
    result,
    resultJson,
  };
}

/**
 * Scores the store under `config` (after a crawl, or `opspor rescore` after a configuration
 * change — nothing is re-crawled). Incremental unless `full` is set or the stored network was
 * built with other settings.
 */
export async function scoreStore(
  repo: Repository,
  config: ScoringConfig,
  options: ScoreStoreOptions = {},
): Promise<ScoreStoreResult> {
  // The ads recorded since the last run enter the text search index in one batch (see
  // migration 0007): indexing each in its own crawl transaction cost more than storing it.
  await repo.indexPendingText();
  const network = resolveNetworkOptions(options.network);
  const builtWith = JSON.stringify({ network, scoring: config.configVersion });
  if (options.full || (await repo.networkBuiltWith()) !== builtWith)
    return scoreAll(repo, config, network, builtWith, options);
  return scoreChanged(repo, config, network, options);
}

/** Full run: links every ad in memory, writes changed results and the whole network. */
async function scoreAll(
  repo: Repository,
  config: ScoringConfig,
  network: NetworkOptions,
  builtWith: string,
  options: ScoreStoreOptions,
): Promise<ScoreStoreResult> {
  const now = options.now ?? (() => new Date());
  // Read before the ads: an ad changed while this runs is picked up by the next run.
  const versions = await repo.adVersionIds();
  const reviewMark = await repo.latestReviewId();
  const presets = await repo.networkClusterPresets();
  const index = new NetworkIndex(network);
  // Only what linking needs is held for every ad. The detectors run in the write phase on the ads
  // read again page by page: holding each ad's flags and facts until all were linked cost ~1 KB
  // per ad (~1 GB on a million-ad store), and preparing an ad twice costs ~10 % more time.
  const pending: { adId: number; key: string }[] = [];
  const features: AdFeatures[] = [];
  const total = (await repo.listAds({ status: 'all', limit: 1 })).total;
  await forEachStoredAd(repo, async (rows) => {
    const prepared = await prepareStored(repo, rows);
    const page = prepared.map((p) => adFeatures(p, index.hasher, network.minCopyWords));
    await addMoves(repo, rows, page, network.movementWindowDays);
    rows.forEach((row, n) => {
      features.push(page[n]!);
      pending.push({ adId: row.id, key: row.key });
    });
    options.onProgress?.({ phase: 'read', done: pending.length, total });
  });
  // Oldest ad first, as the store lists a key's members: evidence then reads the same both ways.
  const order = pending.map((_, n) => n).sort((x, y) => pending[x]!.adId - pending[y]!.adId);
  index.addFeatures(
    order.map((n) => features[n]!),
    presets,
  );

  let written = 0;
  const skipped: number[] = [];
  for (let start = 0; start < pending.length; start += pageSize) {
    const step = pending.slice(start, start + pageSize);
    // An ad deleted meanwhile (retention) is not found and gets no result.
    const rows = await repo.getAds(step.map((item) => item.adId));
    const prepared = await prepareStored(repo, rows);
    const { previous, marks } = await previousAndMarks(
      repo,
      rows.map((row) => row.id),
    );
    const fired = detectTextIndicatorsOfAll(prepared, config);
    const results: StoredIndicatorResult[] = [];
    rows.forEach((row, n) => {
      const p = prepared[n]!;
      const item = { adId: row.id, key: row.key, own: fired[n]!, facts: p.facts };
      const cross = { cluster: index.clusterOf(row.key), indicators: index.indicatorsFor(row.key) };
      const result = newResult(config, now, item, cross, previous.get(row.id), marks.get(row.id));
      if (result) results.push(result);
    });
    const stale = await repo.saveIndicatorResults(results);
    skipped.push(...stale);
    written += results.length - stale.length;
    options.onProgress?.({ phase: 'write', done: start + step.length, total: pending.length });
  }

  const links: LinkRow[] = [];
  const adIdOf = new Map(pending.map((p) => [p.key, p.adId]));
  for (const item of pending) {
    const { text, image } = index.linkedAds(item.key);
    for (const l of text)
      links.push({
        adId: item.adId,
        otherId: adIdOf.get(l.id)!,
        type: 'text',
        similarity: l.similarity,
        mine: '',
        theirs: '',
      });
    for (const l of image)
      links.push({
        adId: item.adId,
        otherId: adIdOf.get(l.id)!,
        type: 'image',
        similarity: null,
        mine: l.mine,
        theirs: l.theirs,
      });
  }
  await repo.replaceNetwork({
    options: network,
    builtWith,
    reviewMark,
    versionMark: [...versions.values()].reduce<number>((m, v) => Math.max(m, v ?? 0), 0),
    links,
    ads: pending.map((item, n) => ({
      adId: item.adId,
      versionId: versions.get(item.adId) ?? null,
      features: features[n]!,
      cluster: index.clusterInfoOf(item.key),
    })),
  });
  // A result stored meanwhile by someone else (a worker's re-rank) won: the next run scores again.
  await repo.markNetworkRescore(skipped);
  return { ads: pending.length, written, configVersion: config.configVersion, mode: 'full' };
}

/** Incremental run: links new and changed ads, re-scores them and the ads they affect. */
async function scoreChanged(
  repo: Repository,
  config: ScoringConfig,
  network: NetworkOptions,
  options: ScoreStoreOptions,
): Promise<ScoreStoreResult> {
  const now = options.now ?? (() => new Date());
  await repo.markReviewedAds();
  const stale = await repo.listStaleNetworkAds();
  const own = new Map<number, { key: string; own: FiredIndicator[]; facts: AdResult['extracted'] }>();
  const toScore = new Set<number>(stale.rescore);
  const reread = new Set<number>(stale.rescore);
  const total = stale.changed.length;
  const hasher = new MinHasher(network.minhash);
  for (let start = 0; start < stale.changed.length; start += stepSize) {
    const step = stale.changed.slice(start, start + stepSize);
    const rows = await repo.getAds(step.map((s) => s.adId));
    const versions = new Map(step.map((s) => [s.adId, s.versionId]));
    const prepared = await prepareStored(repo, rows);
    const inputs: NetworkAdInput[] = [];
    const features = prepared.map((p) => adFeatures(p, hasher, network.minCopyWords));
    await addMoves(repo, rows, features, network.movementWindowDays);
    const fired = detectTextIndicatorsOfAll(prepared, config);
    rows.forEach((row, n) => {
      const p = prepared[n]!;
      own.set(row.id, { key: row.key, own: fired[n]!, facts: p.facts });
      const versionId = versions.get(row.id) ?? null;
      inputs.push({ adId: row.id, versionId, features: features[n]! });
    });
    const update = await repo.updateNetwork(inputs, network);
    for (const adId of update.affected) toScore.add(adId);
    options.onProgress?.({ phase: 'read', done: Math.min(start + stepSize, total), total });
  }

  await repo.saveNetworkVersionMark(stale.versionMark);
  let written = 0;
  const ids = [...toScore].sort((a, b) => a - b);
  for (let start = 0; start < ids.length; start += stepSize) {
    const step = ids.slice(start, start + stepSize);
    const { hood, clusters } = await repo.loadNetworkNeighbourhood(step);
    const view = new PersistedNetworkView(network, hood);
    const { previous, marks } = await previousAndMarks(repo, step);
    const results: StoredIndicatorResult[] = [];
    for (const adId of step) {
      // Ads marked before this run (a new review, or a run that stopped) are read again.
      const reuse = reread.has(adId) ? undefined : previous.get(adId);
      const item = own.get(adId) ?? (await ownOf(repo, config, adId, reuse));
      if (!item) continue;
      const cross = { cluster: clusters.get(adId) ?? null, indicators: view.indicatorsFor(adId) };
      const result = newResult(config, now, { adId, ...item }, cross, previous.get(adId), marks.get(adId));
      if (result) results.push(result);
    }
    const stale = new Set(await repo.saveIndicatorResults(results));
    written += results.length - stale.size;
    options.onProgress?.({ phase: 'write', done: start + step.length, total: ids.length });
    // A result stored meanwhile by someone else (a worker's re-rank) won: its ad stays marked, so
    // the next run scores it again from that result.
    await repo.clearNetworkRescore(stale.size === 0 ? step : step.filter((adId) => !stale.has(adId)));
  }
  return { ads: ids.length, written, configVersion: config.configVersion, mode: 'incremental' };
}

/**
 * Own (text and review) flags and facts of an ad that was not re-read: from its previous result
 * when it was scored under this configuration, else from its stored version.
 */
async function ownOf(
  repo: Repository,
  config: ScoringConfig,
  adId: number,
  previous: StoredIndicatorResult | undefined,
): Promise<{ key: string; own: FiredIndicator[]; facts: AdResult['extracted'] } | null> {
  if (previous && previous.configVersion === config.configVersion)
    return { key: previous.result.id, own: ownFlags(previous.result), facts: previous.result.extracted };
  const row = await repo.getAd(adId);
  if (!row) return null;
  const [prepared] = await prepareStored(repo, [row]);
  return { key: row.key, own: detectTextIndicators(prepared!, config), facts: prepared!.facts };
}
