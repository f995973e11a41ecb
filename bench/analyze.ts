/**
 * Batch analysis benchmark: `npx tsx bench/analyze.ts [--count N] [--no-million]`.
 * Generates demo ads (`generateBatchAds`, or bench/analyze-corpus.ts when the demo generator
 * cannot be loaded) into a temp JSONL file (not timed), then times
 * `analyzeStream` over it with the text indicators (no linker) and samples peak RSS.
 * Runs 100,000 ads, then 1,000,000 ads streamed through. Prints one JSON line per run:
 * `{ ads, seconds, adsPerSecond, peakRssMb, cpuSeconds, cpuMicrosPerAd, adsPerCpuSecond, workers }`.
 * `cpuSeconds` is the whole process (main thread and workers, `process.cpuUsage`): on a machine
 * shared with other jobs wall time says little, and `adsPerCpuSecond` times the free cores is what
 * the run would reach on them. `--workers N` sets the worker threads (0: single thread).
 * Targets: ≥ 20,000 ads/s, peak ≤ 500 MB.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { analyzeStream } from '../src/analyze/analyze.js';
import { loadScoringConfig } from '../src/indicators/scoring-config.js';
import type { AdInput } from '../src/shared/types.js';
import { generateBenchAds } from './analyze-corpus.js';
import { tieredRegexpsNote } from '../src/shared/regexp-engine.js';

// `npm run bench` and the CLI's launchers start node with it; without it first uses are slower.
const tieredNote = tieredRegexpsNote();
if (tieredNote) console.error(tieredNote);

const args = process.argv.slice(2);
const countArg = args.indexOf('--count');
const firstCount = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
const runs = args.includes('--no-million') ? [firstCount] : [firstCount, 1_000_000];
const workersArg = args.indexOf('--workers');
/** Worker threads for analyzeStream (default: its own, os.availableParallelism()). */
const workers = workersArg >= 0 ? Number(args[workersArg + 1]) : undefined;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 25);
sampler.unref();

type AdSource = (count: number) => Iterable<AdInput>;

/** The demo generator when it loads, else the bench's own. */
async function adSource(): Promise<{ name: string; ads: AdSource }> {
  try {
    const demo = await import('../src/sources/demo/batch.js');
    return {
      name: 'demo generateBatchAds',
      ads: function* (count) {
        for (const item of demo.generateBatchAds({ count, seed: 7 })) yield item.ad;
      },
    };
  } catch (err) {
    console.error(
      `demo generator unavailable (${err instanceof Error ? err.message : String(err)}); using bench/analyze-corpus.ts`,
    );
    return { name: 'bench/analyze-corpus', ads: (count) => generateBenchAds(count, 7) };
  }
}

async function writeCorpus(file: string, count: number, ads: AdSource): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let chunk = '';
  for (const ad of ads(count)) {
    chunk += `${JSON.stringify(ad)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Discards results but still goes through a real stream with backpressure. */
function nullSink(): Writable {
  return new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'opspor-bench-analyze-'));
try {
  const config = loadScoringConfig();
  const source = await adSource();
  console.error(`corpus: ${source.name}`);
  for (const count of runs) {
    const file = path.join(dir, `ads-${count}.jsonl`);
    await writeCorpus(file, count, source.ads);
    global.gc?.();
    peakRss = process.memoryUsage.rss();
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const counts = await analyzeStream({
      // Bytes, as `opspor analyze` should read: the workers decode them (see lineBatches).
      input: createReadStream(file),
      output: nullSink(),
      config,
      ...(workers === undefined ? {} : { workers }),
    });
    // The whole process: worker threads' CPU is included.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    console.log(
      JSON.stringify({
        ads: counts.written,
        seconds: Number(seconds.toFixed(2)),
        adsPerSecond: Math.round(counts.written / seconds),
        peakRssMb: Math.round(peakRss / 1024 / 1024),
        cpuSeconds: Number(cpuSeconds.toFixed(2)),
        cpuMicrosPerAd: Math.round((cpuSeconds * 1e6) / counts.written),
        adsPerCpuSecond: Math.round(counts.written / cpuSeconds),
        workers: workers ?? 'default',
      }),
    );
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
