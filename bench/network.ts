/**
 * Network linking benchmark: `npx tsx bench/network.ts [--count N] [--million] [--no-store]
 * [--keep-store] [--store-from FILE] [--per-ad]` (100,000 ads by default; `--million` runs 1,000,000 instead, after N ads when
 * `--count` is given too). After each in-memory run, the same ads are written into a SQLite store
 * (see network-store.ts; at 1,000,000 this takes many minutes) and 1,000 new ads are recorded and
 * scored through the incremental path (`scoreStore`) in a process of its own (`--step-on FILE`, as
 * `opspor import` runs it), which is the timed figure.
 * Streams demo ads (`generateBatchAds`) in blocks of 10,000: generation is not timed, extract's
 * `prepareAd` is timed apart (`prepareSeconds`), and the network's own work is timed as linking:
 * compact features (tokens, MinHash, contact keys) plus `addFeatures` into one growing
 * `NetworkIndex`. Then scores the clusters and the cross-ad indicators against the generator's
 * truth. With --million, also a 1,000,000-ad run and `addAds` of 1,000 new ads onto it.
 * `--keep-store` keeps each built store and prints its path; `--store-from FILE` (with `--million`
 * for a 1,000,000-ad store) only times the store step again on a copy of such a store.
 * Prints one JSON line per run. Targets: 100k ≤ 30 s, 1M ≤ 5 min, peak ≤ 4 GB, 1,000 more on
 * 1M ≤ 5 s (in memory and through the store). CPU seconds are printed too: on a shared machine wall time partly measures the
 * neighbours.
 */
import { readFileSync } from 'node:fs';
import { prepareAd } from '../src/extract/index.js';
import { scorePairs } from '../src/network/evaluate.js';
import { adFeatures } from '../src/network/features.js';
import { NetworkIndex } from '../src/network/network-index.js';
import { generateBatchAds, type BatchAd } from '../src/sources/demo/batch.js';
import { runStoreBench, runStoreStepIn, runStoreStepOn } from './network-store.js';
import { tieredRegexpsNote } from '../src/shared/regexp-engine.js';

// `npm run bench` and the CLI's launchers start node with it; without it first uses are slower.
const tieredNote = tieredRegexpsNote();
if (tieredNote) console.error(tieredNote);

const crossAd = ['shared-contact', 'copied-text', 'multi-city-movement'] as const;

/** Peak resident set of the process so far (Linux VmHWM), in MB; the current RSS elsewhere. */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // Not Linux: fall back to the current figure.
  }
  return Math.round(process.memoryUsage.rss() / 2 ** 20);
}

class Stopwatch {
  wall = 0;
  cpu = 0;
  time<T>(f: () => T): T {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const out = f();
    const used = process.cpuUsage(cpu);
    this.wall += (performance.now() - start) / 1000;
    this.cpu += (used.user + used.system) / 1e6;
    return out;
  }
}

const round = (x: number, d = 2): number => Number(x.toFixed(d));

function* blocks(count: number, seed: number, size = 10_000): Generator<BatchAd[]> {
  let block: BatchAd[] = [];
  for (const item of generateBatchAds({ count, seed })) {
    block.push(item);
    if (block.length === size) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}

function run(count: number): NetworkIndex {
  const index = new NetworkIndex();
  const prepare = new Stopwatch();
  const link = new Stopwatch();
  const ids: string[] = [];
  const truthCluster: (string | null)[] = [];
  const expected = crossAd.map(() => new Uint8Array(count));
  for (const block of blocks(count, 1)) {
    const prepared = prepare.time(() => block.map((item) => prepareAd(item.ad)));
    link.time(() => index.addFeatures(prepared.map((p) => adFeatures(p, index.hasher))));
    for (const item of block) {
      crossAd.forEach((id, k) => {
        if (item.truth.indicators.includes(id)) expected[k]![ids.length] = 1;
      });
      ids.push(item.ad.id);
      truthCluster.push(item.truth.cluster);
    }
  }
  const pairs = scorePairs(
    truthCluster,
    ids.map((id) => index.clusterOf(id)),
  );
  const f1: Record<string, number> = {};
  const counts = crossAd.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  ids.forEach((id, n) => {
    const fired = new Set(index.indicatorsFor(id).map((i) => i.id));
    crossAd.forEach((ind, k) => {
      const want = expected[k]![n] === 1;
      const c = counts[k]!;
      if (want && fired.has(ind)) c.tp++;
      else if (fired.has(ind)) c.fp++;
      else if (want) c.fn++;
    });
  });
  crossAd.forEach((ind, k) => {
    const c = counts[k]!;
    f1[ind] = round((2 * c.tp) / (2 * c.tp + c.fp + c.fn), 4);
  });
  console.log(
    JSON.stringify({
      ads: count,
      seconds: round(link.wall),
      cpuSeconds: round(link.cpu),
      prepareSeconds: round(prepare.wall),
      prepareCpuSeconds: round(prepare.cpu),
      peakRssMb: peakRssMb(),
      precision: round(pairs.precision, 4),
      recall: round(pairs.recall, 4),
      truePairs: pairs.truePairs,
      f1,
    }),
  );
  return index;
}

const args = process.argv.slice(2);
const countArg = args.indexOf('--count');
const count = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
const withStore = !args.includes('--no-store');
const keep = args.includes('--keep-store');
/** Record the 1,000 new ads one transaction each, as the crawler does (default: as `opspor import`). */
const perAd = args.includes('--per-ad');
const storeFrom = args.indexOf('--store-from');
const stepOn = args.indexOf('--step-on');
if (stepOn >= 0) {
  // The timed step of runStoreBench, in this process of its own, on the store it just built.
  const built = Number(args[args.indexOf('--build-seconds') + 1]);
  await runStoreStepIn(args[stepOn + 1]!, count, blocks, built, perAd);
} else if (storeFrom >= 0) {
  // Only the timed store step, on a copy of a store kept by an earlier run.
  await runStoreStepOn(args[storeFrom + 1]!, args.includes('--million') ? 1_000_000 : count, blocks, perAd);
} else if (!args.includes('--million') || countArg >= 0) {
  const index = run(count);
  if (withStore) await runStoreBench(count, index, blocks, keep, perAd);
}
if (args.includes('--million') && storeFrom < 0 && stepOn < 0) {
  const index = run(1_000_000);
  // New ads from another seed, with ids of their own; their preparation is not timed either.
  const more = [...generateBatchAds({ count: 1_000, seed: 2 })].map((item) =>
    prepareAd({ ...item.ad, id: `new-${item.ad.id}` }),
  );
  const add = new Stopwatch();
  const result = add.time(() => index.addAds(more));
  console.log(
    JSON.stringify({
      ads: result.added,
      onto: index.size - result.added,
      seconds: round(add.wall, 3),
      cpuSeconds: round(add.cpu, 3),
      peakRssMb: peakRssMb(),
    }),
  );
  if (withStore) await runStoreBench(1_000_000, index, blocks, keep, perAd);
}
