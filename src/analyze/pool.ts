import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import type { BatchOutcome } from './line.js';
import type { WorkerBatch, WorkerReply } from './worker.js';

/**
 * A fixed pool of analyze workers. Batches go to the least busy worker; each `submit` resolves
 * with that batch's outcome, so the caller keeps input order by awaiting submissions in order.
 */
export class AnalyzePool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (o: BatchOutcome) => void; reject: (e: Error) => void }
  >();
  private failure: Error | null = null;

  constructor(size: number, config: ScoringConfig, linking: boolean) {
    const entry = workerEntry();
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(entry.script, { eval: entry.eval, workerData: { config, linking } });
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: WorkerReply) => {
        slot.busy -= 1;
        const waiter = this.waiting.get(reply.seq);
        this.waiting.delete(reply.seq);
        waiter?.resolve(reply.outcome);
      });
      worker.on('error', (err) => {
        this.fail(err);
      });
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`analyze worker exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  submit(batch: WorkerBatch): Promise<BatchOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(batch.seq, { resolve, reject });
      slot.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}

/**
 * How to start a worker. Built, the worker is plain `worker.js`. From TypeScript sources (`npx tsx`,
 * `node --import tsx`, vitest) it is `worker.ts`, bundled once per pool into plain JavaScript (see
 * `bundledWorker`); when that cannot be done, a small bootstrap registers tsx's ESM hooks inside the
 * worker before importing it: Node 20 applies neither the parent's `--import tsx` nor one given in
 * the worker's `execArgv` to a worker's module loading.
 */
function workerEntry(): { script: URL | string; eval: boolean } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return { script: url, eval: false };
  const require = createRequire(import.meta.url);
  // tsx's ESM API (`tsx/esm/api`, import condition); resolved here so any working directory works.
  const tsxPackage = require.resolve('tsx/package.json');
  const bundled = bundledWorker(url, tsxPackage);
  if (bundled) return { script: bundled, eval: false };
  const api = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script: bootstrap, eval: true };
}

/**
 * The worker and the project modules it imports, bundled into one ES module with esbuild (which tsx
 * runs on, so it is there whenever sources run), or null when that fails. Loading the sources
 * through tsx's hooks cost each worker about a second of CPU at start, and a hook thread; the bundle
 * loads in a few milliseconds. It is written under `node_modules/.cache/opspor/`, so its imports of
 * installed packages (left out of the bundle) resolve as from the sources. Each pool builds afresh
 * (a few hundred ms), so edited sources are always what runs.
 */
function bundledWorker(entry: URL, tsxPackage: string): URL | null {
  try {
    const esbuild = createRequire(tsxPackage)('esbuild') as typeof import('esbuild');
    const built = esbuild.buildSync({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]?.text;
    if (code === undefined) return null;
    const dir = path.join(path.dirname(path.dirname(tsxPackage)), '.cache', 'opspor');
    mkdirSync(dir, { recursive: true });
    const name = `analyze-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      // Written under a unique name, then renamed: pools started at once never read a partial file.
      const partial = `${file}.${process.pid}.${threadId}.${Date.now()}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
      removeStaleBundles(dir, name);
    } else {
      const now = new Date();
      utimesSync(file, now, now);
    }
    return pathToFileURL(file);
  } catch {
    return null;
  }
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
