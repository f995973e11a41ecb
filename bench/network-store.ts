/**
 * The store half of the network benchmark: a SQLite store holding N linked and scored ads, built
 * fast (the in-memory index of the linking run, then direct batch inserts in one transaction),
 * and then 1,000 new ads recorded and scored through the real incremental path (`recordAd`, then
 * `scoreStore`: network update by key look-up and re-scoring of the affected ads).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { combineIndicators } from '../src/indicators/engine.js';
import { loadScoringConfig } from '../src/indicators/scoring-config.js';
import type { NetworkIndex } from '../src/network/network-index.js';
import { storedBuckets } from '../src/network/store-keys.js';
import { importAdLines, recordInputOf } from '../src/pipeline/import-ads.js';
import { scoreStore } from '../src/pipeline/score-store.js';
import { generateBatchAds, type BatchAd } from '../src/sources/demo/batch.js';
import { factsWith } from '../src/shared/facts.js';
import type { AdInput } from '../src/shared/types.js';
import { openRepository } from '../src/store/index.js';
import { KyselyRepository } from '../src/store/kysely-repository.js';
import {
  encodeNetworkAd,
  insertBuckets,
  insertContacts,
  insertLinks,
  netDb,
} from '../src/store/network-rows.js';
import type { AdSnapshot } from '../src/store/repository.js';
import { toJson } from '../src/store/codec.js';

const round = (x: number, d = 2): number => Number(x.toFixed(d));

const noFacts = factsWith();

function snapshotOf(ad: AdInput): AdSnapshot {
  const { id: _id, site: _site, images: _images, reviews: _reviews, ...fields } = ad;
  return { ...fields, photoHashes: [] };
}

/** Which stored ads come back as re-posts in the timed step: every 7th network ad, 500 at most. */
function isRepost(adId: number, cluster: string | null): boolean {
  return cluster !== null && adId % 7 === 0;
}

/** The re-posts `buildStore` picks, found again by walking the generator (for a store built earlier). */
export function repostsOf(
  count: number,
  blocks: (count: number, seed: number) => Generator<BatchAd[]>,
): AdInput[] {
  const reposts: AdInput[] = [];
  let adId = 0;
  for (const block of blocks(count, 1))
    for (const { ad, truth } of block) {
      adId += 1;
      if (isRepost(adId, truth.cluster)) reposts.push(ad);
      if (reposts.length === 500) return reposts;
    }
  return reposts;
}

/**
 * Writes N generated ads (seed 1, as the linking run) with their versions, results and network
 * rows into a fresh SQLite file. Returns the file and some network ads to re-post later.
 */
async function buildStore(
  file: string,
  count: number,
  index: NetworkIndex,
  blocks: (count: number, seed: number) => Generator<BatchAd[]>,
): Promise<{ reposts: AdInput[]; buildSeconds: number }> {
  const started = performance.now();
  const repo = await openRepository(file);
  await repo.migrate();
  if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
  const config = loadScoringConfig();
  const db = repo.db;
  await sql`pragma synchronous = off`.execute(db);
  await sql`pragma cache_size = -400000`.execute(db);
  const reposts: AdInput[] = [];
  const clusters = new Map<string, { seq: number; size: number }>();
  let adId = 0;
  await db.transaction().execute(async (trx) => {
    for (const site of ['site-a', 'site-b'])
      await trx.insertInto('sites').values({ id: site, name: site, base_url: '' }).execute();
    await netDb(trx).schema.dropIndex('network_buckets_bucket').execute();
    for (const block of blocks(count, 1)) {
      const ads = [];
      const versions = [];
      const results = [];
      const network = [];
      const buckets: [number, number][] = [];
      const contacts: { key: string; ad_id: number }[] = [];
      const links = [];
      for (const { ad, truth } of block) {
        adId += 1;
        const features = index.featuresOf(ad.id);
        if (!features) throw new Error(`ad ${ad.id} is not in the index`);
        const cluster = index.clusterInfoOf(ad.id);
        // Stored results carry the cross-ad flags only: text detection of a million ads would
        // add many minutes to the build and changes nothing in the timed path.
        const scored = combineIndicators(index.indicatorsFor(ad.id), config);
        const at = ad.posted_at ?? '2026-10-01T00:00:00.000Z';
        const snapshot = snapshotOf(ad);
        ads.push({
          id: adId,
          key: ad.id,
          site_id: ad.site ?? 'site-a',
          site_ad_id: ad.id.slice(ad.id.indexOf(':') + 1),
          url: ad.url ?? '',
          first_seen: at,
          last_seen: at,
          gone_at: null,
          list_fingerprint: null,
          latest_version_id: adId,
          version_count: 1,
          city: ad.city ?? null,
          name: ad.name ?? null,
          title: ad.title ?? null,
          search_text: '',
          score: scored.score,
          level: scored.level,
        });
        versions.push({
          id: adId,
          ad_id: adId,
          number: 1,
          first_seen: at,
          last_seen: at,
          snapshot: toJson(snapshot),
          content_hash: 'bench',
          changed_fields: '[]',
        });
        const result = { id: ad.id, ...scored, cluster: cluster?.id ?? null, extracted: noFacts };
        results.push({
          ad_id: adId,
          config_version: config.configVersion,
          computed_at: at,
          score: scored.score,
          level: scored.level,
          indicators: toJson(scored.indicators),
          result: toJson(result),
        });
        network.push(encodeNetworkAd(adId, adId, features, cluster?.id ?? null));
        for (const b of storedBuckets(features, index.hasher)) buckets.push([b, adId]);
        for (const key of features.keys) contacts.push({ key, ad_id: adId });
        if (cluster) {
          const c = clusters.get(cluster.id) ?? { seq: cluster.seq, size: 0 };
          c.size += 1;
          clusters.set(cluster.id, c);
        }
        // Links point at earlier ads by the order of ids, which is the order of ad ids here.
        const { text, image } = index.linkedAds(ad.id);
        const idOf = (key: string): number => 1 + index.positionOf(key);
        for (const l of text)
          links.push({
            adId,
            otherId: idOf(l.id),
            type: 'text' as const,
            similarity: l.similarity,
            mine: '',
            theirs: '',
          });
        for (const l of image)
          links.push({
            adId,
            otherId: idOf(l.id),
            type: 'image' as const,
            similarity: null,
            mine: l.mine,
            theirs: l.theirs,
          });
        if (isRepost(adId, truth.cluster) && reposts.length < 500) reposts.push(ad);
      }
      for (let i = 0; i < ads.length; i += 200) {
        await trx
          .insertInto('ads')
          .values(ads.slice(i, i + 200))
          .execute();
        await trx
          .insertInto('ad_versions')
          .values(versions.slice(i, i + 200))
          .execute();
        await trx
          .insertInto('indicator_results')
          .values(results.slice(i, i + 200))
          .execute();
        await netDb(trx)
          .insertInto('network_ads')
          .values(network.slice(i, i + 200))
          .execute();
      }
      await insertBuckets(trx, 'sqlite', buckets);
      await insertContacts(trx, contacts);
      await insertLinks(trx, links);
    }
    const rows = [...clusters].map(([id, c]) => ({ id, seq: c.seq, size: c.size }));
    for (let i = 0; i < rows.length; i += 500)
      await netDb(trx)
        .insertInto('network_clusters')
        .values(rows.slice(i, i + 500))
        .execute();
    await netDb(trx)
      .schema.createIndex('network_buckets_bucket')
      .on('network_buckets')
      .columns(['bucket', 'ad_id'])
      .execute();
    await netDb(trx)
      .insertInto('network_state')
      .values([
        {
          name: 'builtWith',
          value: JSON.stringify({ network: index.options, scoring: config.configVersion }),
        },
        { name: 'reviewMark', value: '0' },
        { name: 'versionMark', value: String(adId) },
      ])
      .execute();
  });
  await sql`pragma synchronous = normal`.execute(db);
  await repo.close();
  return { reposts, buildSeconds: (performance.now() - started) / 1000 };
}

/**
 * Builds a store of `count` ads, then records and scores 1,000 new ones; prints one JSON line.
 * The timed step runs in a process of its own (`--step-on`), as `opspor import` or a crawl does:
 * this one still holds the in-memory index of the linking run (2.5 GB at a million ads), whose
 * garbage collection would be timed with the step and is no cost of the step.
 */
export async function runStoreBench(
  count: number,
  index: NetworkIndex,
  blocks: (count: number, seed: number) => Generator<BatchAd[]>,
  keep: boolean,
  perAd = false,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'opspor-bench-'));
  const file = path.join(dir, 'bench.db');
  try {
    const { buildSeconds } = await buildStore(file, count, index, blocks);
    await stepInChild(file, count, buildSeconds, perAd);
    if (keep) console.error(`store kept: ${file}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `bench/network.ts --step-on FILE` (the timed step on the store just built) and waits for it. */
async function stepInChild(file: string, count: number, buildSeconds: number, perAd: boolean): Promise<void> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'network.ts');
  const args = [
    ...process.execArgv,
    script,
    '--step-on',
    file,
    '--count',
    String(count),
    '--build-seconds',
    String(round(buildSeconds, 1)),
    ...(perAd ? ['--per-ad'] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the timed store step exited with ${code}`);
}

/** The timed step in its own process on a store just built (see runStoreBench). */
export async function runStoreStepIn(
  file: string,
  count: number,
  blocks: (count: number, seed: number) => Generator<BatchAd[]>,
  buildSeconds: number,
  perAd = false,
): Promise<void> {
  await timeStoreStep(file, count, repostsOf(count, blocks), buildSeconds, perAd);
}

/**
 * The timed step on a copy of a store built earlier (`--store-from FILE`, kept by `--keep-store`),
 * so that the step can be measured again without building the store anew.
 */
export async function runStoreStepOn(
  built: string,
  count: number,
  blocks: (count: number, seed: number) => Generator<BatchAd[]>,
  perAd = false,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'opspor-bench-'));
  const file = path.join(dir, 'bench.db');
  try {
    copyFileSync(built, file);
    await timeStoreStep(file, count, repostsOf(count, blocks), null, perAd);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Records and scores 1,000 new ads on the store in `file`; prints one JSON line. Recorded as
 * `opspor import` records a batch, or with `perAd` one transaction per ad as the crawler does
 * (where the recording is spread over the minutes a polite crawl takes).
 */
async function timeStoreStep(
  file: string,
  count: number,
  reposts: AdInput[],
  buildSeconds: number | null,
  perAd: boolean,
): Promise<void> {
  // Half re-posts of stored network ads under new ids (they join stored clusters), half fresh.
  // A store reused by `--store-from` already holds the ads an earlier step added: new ids and
  // other fresh ads each time, so the step again adds 1,000 ads it has not seen.
  const again = buildSeconds === null ? `${Date.now().toString(36)}-` : '';
  const seed = buildSeconds === null ? Date.now() % 1_000_000 : 2;
  const fresh = [...generateBatchAds({ count: 1_000 - reposts.length, seed })].map((b) => b.ad);
  const incoming: AdInput[] = [
    ...reposts.map((ad, n) => ({
      ...ad,
      id: `${ad.site}:repost-${again}${n}`,
      posted_at: '2026-12-01T10:00:00.000Z',
    })),
    ...fresh.map((ad) => ({ ...ad, id: `${ad.site}:new-${again}${ad.id.split(':')[1]}` })),
  ];
  const repo = await openRepository(file);
  await repo.migrate();
  // A store reused from an earlier build may have just been migrated: its write-ahead log is
  // folded into the file first, so the timed step does not pay for a one-time migration.
  if (repo instanceof KyselyRepository) await sql`pragma wal_checkpoint(truncate)`.execute(repo.db);
  const recordStart = performance.now();
  const seenAt = '2026-12-01T10:00:00.000Z';
  if (perAd) {
    // One transaction per ad with its reviews and list fingerprint, as the crawler records it.
    for (const ad of incoming)
      await repo.recordAd({ ...recordInputOf(ad, seenAt), fingerprint: `list-${ad.id}` });
  } else {
    // As `opspor import` records a file: a transaction per 500 ads.
    const imported = await importAdLines(
      repo,
      incoming.map((ad) => JSON.stringify(ad)),
      { seenAt },
    );
    if (imported.malformed + imported.refused > 0) throw new Error('some ads were not recorded');
  }
  const recordSeconds = (performance.now() - recordStart) / 1000;
  const cpu = process.cpuUsage();
  const scoreStart = performance.now();
  const result = await scoreStore(repo, loadScoringConfig());
  const scoreSeconds = (performance.now() - scoreStart) / 1000;
  const used = process.cpuUsage(cpu);
  await repo.close();
  console.log(
    JSON.stringify({
      store: 'sqlite',
      ads: incoming.length,
      onto: count,
      reposts: reposts.length,
      mode: result.mode,
      rescored: result.ads,
      written: result.written,
      seconds: round(scoreSeconds, 3),
      cpuSeconds: round((used.user + used.system) / 1e6, 3),
      recording: perAd ? 'per ad (crawler)' : 'batch (import)',
      recordSeconds: round(recordSeconds, 3),
      totalSeconds: round(recordSeconds + scoreSeconds, 3),
      buildSeconds: buildSeconds === null ? 'reused' : round(buildSeconds, 1),
      fileMb: Math.round(statSync(file).size / 2 ** 20),
    }),
  );
}
