import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Configuration, RequestQueue } from 'crawlee';
import { logger } from '../../shared/logger.js';

/**
 * The persistent Crawlee storage of a site: `<dataDir>/crawl/<siteId>/`, one named request queue
 * per run (`run-<id>`), so a crashed run resumes from its own queue and a new run starts empty.
 * Never Crawlee's default `./storage`.
 */
export function siteStorageDir(dataDir: string, siteId: string): string {
  return join(dataDir, 'crawl', siteId);
}

export function queueName(runId: number): string {
  return `run-${runId}`;
}

/** A Crawlee configuration persisting to the site's storage directory. */
export function createCrawleeConfig(storageDir: string): Configuration {
  return new Configuration({
    persistStorage: true,
    // Purging would wipe the default stores under our directory, never the named run queue;
    // turning it off keeps a resumed run's files exactly as the crash left them.
    purgeOnStart: false,
    storageClientOptions: { localDataDirectory: storageDir, persistStorage: true, writeMetadata: true },
  });
}

export async function openRunQueue(config: Configuration, runId: number): Promise<RequestQueue> {
  return RequestQueue.open(queueName(runId), { config });
}

/**
 * Repairs a queue left by a killed process before it is opened: requests locked by the dead
 * process (their lock would hold them back for minutes), stale file locks, and request files cut
 * short mid-write. Returns how many entries were touched. Lost requests are caught later by the
 * run's reconcile pass.
 */
export function repairQueueDir(storageDir: string, runId: number, now = Date.now()): number {
  const dir = join(storageDir, 'request_queues', queueName(runId));
  if (!existsSync(dir)) return 0;
  let touched = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.endsWith('.lock')) {
      rmSync(path, { recursive: true, force: true });
      touched++;
      continue;
    }
    if (name === '__metadata__.json') {
      // Crawlee cannot open a queue whose metadata was cut short; without it the name is enough.
      if (!isJsonFile(path)) {
        rmSync(path, { force: true });
        touched++;
      }
      continue;
    }
    if (!name.endsWith('.json')) continue;
    let entry: { orderNo?: number | null };
    try {
      entry = JSON.parse(readFileSync(path, 'utf8')) as { orderNo?: number | null };
    } catch {
      rmSync(path, { force: true });
      touched++;
      continue;
    }
    const order = entry.orderNo;
    // Crawlee encodes a lock as an orderNo in the future (negative for forefront requests).
    if (typeof order === 'number' && Math.abs(order) > now) {
      entry.orderNo = Math.sign(order) * (now - 1);
      writeFileSync(path, JSON.stringify(entry));
      touched++;
    }
  }
  if (touched > 0) logger.info({ runId, touched }, 'repaired request queue left by an interrupted run');
  return touched;
}

function isJsonFile(path: string): boolean {
  try {
    const text = readFileSync(path, 'utf8');
    if (text !== '') JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
