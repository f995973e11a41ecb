import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { prepareAds } from '../extract/index.js';
import type { BatchLinker, PreparedAd } from '../indicators/define.js';
import { combineIndicators } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import type { AdInput } from '../shared/types.js';
import { batchText, lineBatches, splitLines, type LineBatch } from './line-batches.js';
import { analyzeBatch, oneByOne, type BatchOutcome, type Interim, type TooLong } from './line.js';
import { LineWriter, resultLine } from './output.js';
import { AnalyzePool } from './pool.js';
import type { WorkerBatch } from './worker.js';

/** Progress of a run, reported every `progressEvery` ads and at the end of each pass. */
export interface AnalyzeProgress {
  /** 1: reading and scoring text; 2: merging cross-ad links (only with a linker). */
  pass: 1 | 2;
  read: number;
  written: number;
  malformed: number;
}

export interface AnalyzeOptions {
  input: Readable;
  output: Writable;
  config: ScoringConfig;
  /** Cross-ad analysis within the batch; without it the run streams in constant memory. */
  linker?: BatchLinker;
  onProgress?: (progress: AnalyzeProgress) => void;
  /** A skipped line: 1-based line number and a message that never quotes the line. */
  onMalformed?: (lineNo: number, message: string) => void;
  /** Ends `output` when done (default true; never for process.stdout/stderr). */
  endOutput?: boolean;
  /** Where the two-pass run keeps its interim file (default os.tmpdir()). */
  tmpDir?: string;
  progressEvery?: number;
  /** Replaces the extractor's prepareAd (tests, benchmarks); implies `workers: 0`. */
  prepare?: (ad: AdInput) => PreparedAd;
  /**
   * Worker threads that parse, extract and detect (default: os.availableParallelism()); 0 analyses
   * on this thread. Inputs shorter than two batches are always analysed on this thread.
   */
  workers?: number;
  /** Lines per worker batch (default 500). */
  batchSize?: number;
  /**
   * Longest line analysed, in UTF-8 bytes (default 1 MiB: a long ad with its reviews is some tens of
   * kB). A longer line is reported and skipped without being held in memory.
   */
  maxLineBytes?: number;
  /**
   * Heap of each worker thread, in MB (default `DEFAULT_WORKER_HEAP_MB`). It keeps the run's memory
   * bounded; an ad that needs more is reported and skipped, the rest of its batch is analysed.
   */
  workerHeapMb?: number;
}

/** Counts of a run. The CLI exits non-zero when `read` is 0. */
export interface AnalyzeCounts {
  /** Ads read (valid lines). */
  read: number;
  /** Result lines written. */
  written: number;
  /** Lines skipped as malformed. */
  malformed: number;
}

/**
 * Analyses a JSON Lines batch (shared/spec/analyze-format.md): one result line per valid input
 * line, in input order; malformed lines are reported and skipped. Without a linker each line is
 * scored and written before the next is read. With a linker, pass 1 scores text, feeds the linker
 * and writes compact interim lines to a temp file; pass 2 merges each ad's cluster and cross-ad
 * indicators and re-scores.
 */
export async function analyzeStream(options: AnalyzeOptions): Promise<AnalyzeCounts> {
  const { config, linker } = options;
  const prepareMany = options.prepare ? oneByOne(options.prepare) : prepareAds;
  const every = options.progressEvery ?? 1000;
  const counts: AnalyzeCounts = { read: 0, written: 0, malformed: 0 };
  const report = (pass: 1 | 2): void => options.onProgress?.({ pass, ...counts });

  const out = new LineWriter(options.output);
  let tempDir: string | null = null;
  let interim: LineWriter | null = null;
  let interimPath = '';
  if (linker) {
    tempDir = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), 'opspor-analyze-'));
    interimPath = path.join(tempDir, 'interim.jsonl');
    // The interim file holds evidence quotes: readable by this user only, removed at the end.
    interim = new LineWriter(createWriteStream(interimPath, { encoding: 'utf8', mode: 0o600 }));
  }

  const linking = linker !== undefined;
  // A batch's outcome: counts, reports and linker in line order, then one write for the batch.
  const handleBatch = async (b: BatchOutcome): Promise<void> => {
    let malformed = 0;
    let prepared = 0;
    for (let i = 0; i < b.kinds.length; i += 1) {
      if (b.kinds.charCodeAt(i) === MALFORMED_KIND) {
        const m = b.malformed[malformed++]!;
        counts.malformed += 1;
        options.onMalformed?.(m.lineNo, m.message);
        continue;
      }
      counts.read += 1;
      if (linker) linker.add(b.prepared[prepared++]!);
      else counts.written += 1;
      if (counts.read % every === 0) report(1);
    }
    if (b.text.length > 0) await (interim ?? out).write(b.text);
  };

  const workerState: { pool: AnalyzePool | null } = { pool: null };
  try {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    const batches = lineBatches(options.input, batchSize, maxLineBytes);
    const tooLong = (b: LineBatch): TooLong | undefined =>
      b.tooLong.length > 0 ? { lines: b.tooLong, maxLineBytes } : undefined;
    // A batch analysed on this thread (no workers, or too small an input to start them).
    const analyzeHere = (b: LineBatch): BatchOutcome =>
      analyzeBatch(splitLines(batchText(b.text)), b.firstLineNo, config, prepareMany, linking, tooLong(b));
    const workers = options.workers ?? (options.prepare ? 0 : availableParallelism());
    if (workers <= 0) {
      for await (const b of batches) await handleBatch(analyzeHere(b));
    } else {
      const heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
      const run = { workers, heapMb, config, linking, analyzeHere, handleBatch, tooLong };
      await runBatched(batches, run, workerState);
    }
    report(1);

    if (linker && interim) {
      await interim.end();
      linker.finish();
      const again = createInterface({
        input: createReadStream(interimPath, { encoding: 'utf8' }),
        crlfDelay: Infinity,
      });
      for await (const line of again) {
        if (line === '') continue;
        const record = JSON.parse(line) as Interim;
        const link = linker.resultFor(record.id);
        const scored = combineIndicators([...record.indicators, ...link.indicators], config);
        await out.write(resultLine(record.id, scored, link.cluster, record.extracted));
        counts.written += 1;
        if (counts.written % every === 0) report(2);
      }
      report(2);
    }

    const isStdio = options.output === process.stdout || options.output === process.stderr;
    if (options.endOutput !== false && !isStdio) await out.end();
    else await out.flush();
    return counts;
  } finally {
    await workerState.pool?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** See `AnalyzeOptions.maxLineBytes`. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/**
 * See `AnalyzeOptions.workerHeapMb`. Without a limit V8 lets each worker's heap grow far beyond what
 * it uses (about 75 MB): the 1,000,000-ad benchmark peaked at 500-770 MB of RSS in short bursts. At
 * 160 MB it peaked at 490-495 MB once the detectors had grown, at 128 MB at 479 MB with the same
 * speed; with the detectors of 2026-12-02 (session 24) 128 MB peaked at 513-520 MB, 112 MB at
 * 479-485 MB. A 974 kB ad (near the line limit) still fits; at 96 MB the workers spend their time
 * collecting garbage (660 µs of CPU an ad against ~400).
 */
export const DEFAULT_WORKER_HEAP_MB = 112;

/** Lines per worker message: large enough to amortise messaging, small enough to keep memory flat. */
const DEFAULT_BATCH = 500;

/**
 * Batches in flight per worker. Outcomes are handled in input order, so while the oldest batch's
 * worker is still busy the other worker can only run ahead by what is in flight: four keeps it busy
 * when the two run at different speeds (a shared machine, a batch of long ads), at under 1 MB a batch.
 */
const IN_FLIGHT_PER_WORKER = 4;

/** `BatchOutcome.kinds` letter of a malformed line. */
const MALFORMED_KIND = 'm'.charCodeAt(0);

interface BatchedRun {
  workers: number;
  heapMb: number;
  tooLong: (b: LineBatch) => TooLong | undefined;
  config: ScoringConfig;
  linking: boolean;
  analyzeHere: (b: LineBatch) => BatchOutcome;
  handleBatch: (b: BatchOutcome) => Promise<void>;
}

/**
 * Sends batches of lines to a worker pool and handles the outcomes in input order. At most
 * `IN_FLIGHT_PER_WORKER` batches per worker are in flight, so reading waits for the slowest worker
 * and memory stays flat.
 * The pool starts only once two batches have been read: a small input is analysed right here,
 * without paying for worker start-up. The pool is left in `state` for the caller to close.
 */
async function runBatched(
  batches: AsyncIterable<LineBatch>,
  run: BatchedRun,
  state: { pool: AnalyzePool | null },
): Promise<void> {
  const inFlight: Promise<BatchOutcome>[] = [];
  let held: LineBatch | null = null;
  let seq = 0;
  const submit = async (b: LineBatch): Promise<void> => {
    state.pool ??= new AnalyzePool({
      size: run.workers,
      config: run.config,
      linking: run.linking,
      heapMb: run.heapMb,
    });
    const tooLong = run.tooLong(b);
    const batch: WorkerBatch = {
      seq: seq++,
      firstLineNo: b.firstLineNo,
      text: b.text,
      ...(tooLong ? { tooLong } : {}),
    };
    const outcome = state.pool.submit(batch);
    // Awaited in order below; one that fails while an earlier one is awaited must not go unhandled.
    outcome.catch(() => undefined);
    inFlight.push(outcome);
    while (inFlight.length >= run.workers * IN_FLIGHT_PER_WORKER)
      await run.handleBatch(await inFlight.shift()!);
  };

  for await (const b of batches) {
    if (held === null && state.pool === null) {
      held = b;
      continue;
    }
    if (held) await submit(held);
    held = null;
    await submit(b);
  }
  if (state.pool === null) {
    // Fewer than two batches in all: not worth starting workers.
    if (held) await run.handleBatch(run.analyzeHere(held));
    return;
  }
  while (inFlight.length > 0) await run.handleBatch(await inFlight.shift()!);
}
