import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import type { LineOutcome } from './line.js';
import type { WorkerBatch, WorkerReply } from './worker.js';

/**
 * A fixed pool of analyze workers. Batches go to the least busy worker; each `submit` resolves
 * with that batch's outcomes, so the caller keeps input order by awaiting submissions in order.
 */
export class AnalyzePool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (o: LineOutcome[]) => void; reject: (e: Error) => void }
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
        waiter?.resolve(reply.outcomes);
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

  submit(batch: WorkerBatch): Promise<LineOutcome[]> {
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
 * `node --import tsx`, vitest) it is `worker.ts`, and a small bootstrap registers tsx's ESM hooks
 * inside the worker before importing it: Node 20 applies neither the parent's `--import tsx` nor
 * one given in the worker's `execArgv` to a worker's module loading.
 */
function workerEntry(): { script: URL | string; eval: boolean } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return { script: url, eval: false };
  // tsx's ESM API (`tsx/esm/api`, import condition); resolved here so any working directory works.
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script: bootstrap, eval: true };
}
