import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker, type ResourceLimits } from 'node:worker_threads';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import type { WorkerBatch, WorkerOutcome, WorkerReady, WorkerReply } from './worker.js';

export interface PoolOptions {
  size: number;
  config: ScoringConfig;
  linking: boolean;
  /** Old-generation heap limit of each worker, in MB. */
  heapMb: number;
}

interface Pending {
  batch: WorkerBatch;
  resolve: (o: WorkerOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Batches sent to this worker and not answered yet, by `seq`. */
  pending: Map<number, Pending>;
  /** Loaded its modules (see WorkerReady). */
  started: boolean;
  /** Ran out of memory and was replaced: its exit is expected. */
  replaced: boolean;
}

/**
 * A fixed pool of analyze workers. Batches go to the least busy worker; each `submit` resolves
 * with that batch's outcome, so the caller keeps input order by awaiting submissions in order.
 *
 * Each worker's heap is capped (`heapMb`). A worker that runs out of it is replaced, and the batch
 * it was analysing is analysed again one line per batch, so that only an ad that needs more than
 * the cap on its own is lost: it is reported as a malformed line. Any other worker failure fails
 * the run. The cap holds where V8 can stop the worker: an allocation that runs in native code to
 * the end (`JSON.parse` of millions of objects) can take the whole process down instead. The
 * caller's line limit (`AnalyzeOptions.maxLineBytes`) keeps lines far below that size.
 */
export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private readonly entry = workerEntry();
  private failure: Error | null = null;
  private closing = false;
  /** Sequence numbers of batches sent again (see `replace`). */
  private retrySeq = -1;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i += 1) this.slots.push(this.start());
  }

  submit(batch: WorkerBatch): Promise<WorkerOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve, reject) => {
      slot.pending.set(batch.seq, { batch, resolve, reject });
      // Copied, not transferred: the batch is kept until answered, to be analysed again if the
      // worker runs out of memory. The copy is one memcpy per batch.
      slot.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const { config, linking, heapMb } = this.options;
    const worker = startWorker(
      this.entry,
      { config, linking },
      { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    );
    const slot: Slot = { worker, pending: new Map(), started: false, replaced: false };
    worker.on('message', (reply: WorkerReply | WorkerReady) => {
      if ('ready' in reply) {
        slot.started = true;
        return;
      }
      const pending = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      pending?.resolve(reply.outcome);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code !== 'ERR_WORKER_OUT_OF_MEMORY' || this.closing) this.fail(err);
      // Out of memory before it loaded: no batch is to blame, no worker would start.
      else if (!slot.started)
        this.fail(new Error(`an analyze worker does not start within ${heapMb} MB of heap`));
      else this.replace(slot);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !slot.replaced && !this.closing)
        this.fail(new Error(`analyze worker exited with code ${code}`));
    });
    return slot;
  }

  /**
   * Starts a worker in place of one that ran out of memory and sends it the batches the old one
   * held. A worker analyses its batches in the order sent, so the first one held is the one it was
   * analysing: that batch is sent again one line per batch, or, when it was one line already, that
   * line is reported. The others are sent again as they were.
   */
  private replace(slot: Slot): void {
    slot.replaced = true;
    this.slots[this.slots.indexOf(slot)] = this.start();
    const held = [...slot.pending.values()];
    slot.pending.clear();
    held.forEach(({ batch, resolve, reject }, i) => {
      const lines = i === 0 ? batchLines(batch) : [batch.text];
      if (i === 0 && lines.length === 1) {
        resolve(outOfMemoryOutcome(batch, this.options.heapMb));
        return;
      }
      // A negative `seq`: the caller's are not negative, and each batch in flight needs its own.
      const again = lines.map((text, l) =>
        this.submit({ ...batch, seq: this.retrySeq--, firstLineNo: batch.firstLineNo + l, text }),
      );
      Promise.all(again).then((outcomes) => {
        resolve(joinOutcomes(outcomes));
      }, reject);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const slot of this.slots) {
      for (const pending of slot.pending.values()) pending.reject(err);
      slot.pending.clear();
    }
  }
}

/** The lines of a batch, each as a text of its own (bytes when the batch came as bytes). */
export function batchLines(batch: WorkerBatch): WorkerBatch['text'][] {
  const { text } = batch;
  const lines: Uint8Array<ArrayBuffer>[] = [];
  let from = 0;
  for (let at = text.indexOf(0x0a); at >= 0; at = text.indexOf(0x0a, from)) {
    lines.push(text.slice(from, at));
    from = at + 1;
  }
  lines.push(text.slice(from));
  return lines;
}

/** The outcome of a one-line batch whose ad needed more memory than a worker has. */
function outOfMemoryOutcome(batch: WorkerBatch, heapMb: number): WorkerOutcome {
  return {
    kinds: 'm',
    text: new Uint8Array(0),
    malformed: [
      {
        lineNo: batch.firstLineNo,
        message: `analysing this ad needed more than the ${heapMb} MB of memory a worker may use`,
      },
    ],
    prepared: [],
  };
}

/** The outcomes of consecutive batches as one. */
function joinOutcomes(outcomes: readonly WorkerOutcome[]): WorkerOutcome {
  return {
    kinds: outcomes.map((o) => o.kinds).join(''),
    text: Buffer.concat(outcomes.map((o) => o.text)),
    malformed: outcomes.flatMap((o) => o.malformed),
    prepared: outcomes.flatMap((o) => o.prepared),
  };
}

/**
 * Young generation of each worker, in MB. V8's default for a worker is larger, and the run's peak
 * memory came close to the limit with it: 30,000 demo ads peaked at 477-484 MB of RSS (once 507 MB)
 * against 439-456 MB with 16 MB, for 585-701 against 636-672 µs of CPU an ad (three alternating
 * runs each, 2026-12-02; 100,000 ads: 476-486 MB against 444-465 MB).
 */
const WORKER_YOUNG_MB = 16;

/**
 * How to start a worker. Built, the worker is plain `worker.js`. From TypeScript sources (`npx tsx`,
 * `node --import tsx`, vitest) it is `worker.ts`, bundled into plain JavaScript (see
 * `bundledWorker`) and started without the parent's module loaders (see `withoutLoaders`); when
 * that cannot be done, a small bootstrap registers tsx's ESM hooks inside the worker before
 * importing it.
 */
function workerEntry(): WorkerEntry {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return { script: url, eval: false };
  const require = createRequire(import.meta.url);
  // tsx's ESM API (`tsx/esm/api`, import condition); resolved here so any working directory works.
  const tsxPackage = require.resolve('tsx/package.json');
  const bundled = bundledWorker(url, tsxPackage);
  if (bundled) return { script: bundled, eval: false, execArgv: withoutLoaders(process.execArgv) };
  const api = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script: bootstrap, eval: true };
}

interface WorkerEntry {
  script: URL | string;
  eval: boolean;
  /** Options for the worker instead of the parent's; pruned by `startWorker` if Node refuses some. */
  execArgv?: string[];
}

/**
 * Starts a worker. Node refuses V8 and process-wide options (`--expose-gc`, `--max-old-space-size`)
 * in an explicit `execArgv`; they apply to every thread of the process anyway, so the refused ones
 * are dropped (for the later workers too) and the worker is started again.
 */
function startWorker(entry: WorkerEntry, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  const options = { eval: entry.eval, workerData, resourceLimits };
  if (!entry.execArgv) return new Worker(entry.script, options);
  try {
    return new Worker(entry.script, { ...options, execArgv: entry.execArgv });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    entry.execArgv = withoutRefused(entry.execArgv, (err as Error).message);
    return new Worker(entry.script, { ...options, execArgv: entry.execArgv });
  }
}

/**
 * `execArgv` without the options that Node's ERR_WORKER_INVALID_EXEC_ARGV message lists (after the
 * last ": ", separated by ", "), nor the separate value of a listed option given without "=".
 */
export function withoutRefused(execArgv: readonly string[], message: string): string[] {
  const refused = new Set(message.slice(message.lastIndexOf(': ') + 2).split(', '));
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const arg = execArgv[i]!;
    if (!refused.has(arg)) kept.push(arg);
    else if (!arg.includes('=') && execArgv[i + 1]?.startsWith('-') === false) i += 1;
  }
  return kept;
}

/** Node options that load code before the entry module, given as `--flag value` or `--flag=value`. */
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The parent's Node options minus its module loaders. A worker inherits `process.execArgv`, and
 * Node 20.20 applies an inherited `--import tsx` (and `npx tsx`'s `--require` preflight) in each
 * worker: every worker then loaded tsx and sent each import of the bundle's packages through tsx's
 * hook thread, about half a second of CPU per worker before its first ad. The bundle needs no
 * loader. Other options (`--cpu-prof`, `--conditions`) still reach the workers.
 */
export function withoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const arg = execArgv[i]!;
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (!LOADER_FLAGS.has(flag)) kept.push(arg);
    else if (eq < 0) i += 1; // its value is the next argument
  }
  return kept;
}

/** Where the worker bundle and its manifest live: beside tsx, so installed packages resolve. */
function cacheDir(tsxPackage: string): string {
  return path.join(path.dirname(path.dirname(tsxPackage)), '.cache', 'opspor');
}

/**
 * What a worker bundle was built from: the source files esbuild read, with their modification
 * time and size when the bundle was built, so a later pool can tell without bundling again whether
 * the sources are unchanged.
 */
interface BundleManifest {
  /** esbuild version, Node major and entry file: a change to any of them means rebuilding. */
  key: string;
  bundle: string;
  inputs: [file: string, mtimeMs: number, size: number][];
}

/** One manifest per entry file, so that work trees sharing a cache do not evict each other's. */
function manifestName(entryFile: string): string {
  return `manifest-analyze-worker-${createHash('sha256').update(entryFile).digest('hex').slice(0, 8)}.json`;
}

/**
 * The worker and the project modules it imports, bundled into one ES module with esbuild (which tsx
 * runs on, so it is there whenever sources run), or null when that fails. Loading the sources
 * through tsx's hooks cost each worker about a second of CPU at start, and a hook thread; the bundle
 * loads in a few milliseconds. It is written under `node_modules/.cache/opspor/`, so its imports of
 * installed packages (left out of the bundle) resolve as from the sources. A manifest of the files
 * the last bundle was built from lets a pool reuse it when none of them changed (a few hundred
 * stat calls instead of loading esbuild and bundling: 150-300 ms of wall time before the workers
 * can start); any edited source rebuilds it, so edited sources are always what runs.
 */
function bundledWorker(entry: URL, tsxPackage: string): URL | null {
  try {
    const dir = cacheDir(tsxPackage);
    const requireFromTsx = createRequire(tsxPackage);
    // The version from package.json: loading esbuild itself takes longer than checking the manifest.
    const { version } = requireFromTsx('esbuild/package.json') as { version: string };
    const entryFile = fileURLToPath(entry);
    const key = `${version} node${process.versions.node.split('.')[0]} ${entryFile}`;
    const manifestFile = path.join(dir, manifestName(entryFile));
    const reused = reusableBundle(manifestFile, dir, key);
    if (reused) return pathToFileURL(reused);
    const esbuild = requireFromTsx('esbuild') as typeof import('esbuild');
    // Paths in the bundle's comments and metafile are relative to node_modules, whatever the cwd.
    const modulesDir = path.dirname(path.dirname(tsxPackage));
    const started = Date.now();
    const built = esbuild.buildSync({
      entryPoints: [entryFile],
      absWorkingDir: modulesDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]?.text;
    if (code === undefined) return null;
    mkdirSync(dir, { recursive: true });
    const name = `analyze-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      writeAtomically(file, code);
      removeStaleBundles(dir, name);
    } else {
      const now = new Date();
      utimesSync(file, now, now);
    }
    const inputs = Object.keys(built.metafile.inputs).map((p) => fileStamp(path.resolve(modulesDir, p)));
    // A file saved while esbuild ran may be in the bundle in its older form: no manifest then, so
    // the next pool bundles again.
    if (inputs.every(([, mtimeMs]) => mtimeMs < started))
      writeAtomically(manifestFile, JSON.stringify({ key, bundle: name, inputs } satisfies BundleManifest));
    return pathToFileURL(file);
  } catch {
    return null;
  }
}

/** The bundle (in `dir`) named by a manifest when it was built with `key` and no input changed. */
function reusableBundle(manifestFile: string, dir: string, key: string): string | null {
  try {
    if (!existsSync(manifestFile)) return null;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest;
    if (manifest.key !== key || manifest.inputs.length === 0) return null;
    const file = path.join(dir, manifest.bundle);
    if (!existsSync(file)) return null;
    for (const [input, mtimeMs, size] of manifest.inputs) {
      const stat = statSync(input, { throwIfNoEntry: false });
      if (stat?.mtimeMs !== mtimeMs || stat.size !== size) return null;
    }
    return file;
  } catch {
    // An unreadable manifest only means bundling again.
    return null;
  }
}

function fileStamp(file: string): [string, number, number] {
  const stat = statSync(file);
  return [file, stat.mtimeMs, stat.size];
}

/** Written under a unique name, then renamed: pools started at once never read a partial file. */
function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}.${threadId}.${Date.now()}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
/** Bundles of earlier sources pile up as code is edited; those unused for a day are removed. */
function removeStaleBundles(dir: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(dir)) {
    if (name === keep || !name.startsWith('analyze-worker-')) continue;
    const file = path.join(dir, name);
    if (statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
  }
}
