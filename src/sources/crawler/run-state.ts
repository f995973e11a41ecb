import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { logger } from '../../shared/logger.js';
import { errorMessage } from '../../shared/errors.js';
import { emptyCounters, type RunCounters } from './run-stats.js';

/**
 * Bookkeeping of one run that must survive a crash beside Crawlee's request queue: which list
 * pages were queued, read and failed (gone-marking is only safe when every list page was read),
 * detail pages that failed, and the counters. Written atomically (temp file + rename) so a kill
 * mid-write leaves the previous version.
 */
export interface RunStateData {
  runId: number;
  listQueued: string[];
  listDone: string[];
  listFailed: string[];
  /** siteAdIds whose detail page failed for good in this run. */
  detailFailed: string[];
  /** Entries listed in this run that need a detail fetch: siteAdId → [url, fingerprint]. */
  pending: Record<string, [string, string | null]>;
  counters: RunCounters;
}

export class RunState {
  private dirty = false;
  private lastWrite = 0;

  private constructor(
    private readonly file: string,
    readonly data: RunStateData,
  ) {}

  /** Loads the state of `runId` from `file`, or starts an empty one (another run's state is discarded). */
  static open(file: string, runId: number): RunState {
    if (existsSync(file)) {
      try {
        const data = JSON.parse(readFileSync(file, 'utf8')) as RunStateData;
        if (data.runId === runId) return new RunState(file, { ...emptyState(runId), ...data });
      } catch (err) {
        logger.warn({ err: errorMessage(err) }, 'crawl state file unreadable; starting the run state afresh');
      }
    }
    const state = new RunState(file, emptyState(runId));
    state.flush();
    return state;
  }

  get counters(): RunCounters {
    return this.data.counters;
  }

  addListQueued(url: string): void {
    if (!this.data.listQueued.includes(url)) {
      this.data.listQueued.push(url);
      this.flush();
    }
  }

  markListDone(url: string): void {
    if (!this.data.listDone.includes(url)) this.data.listDone.push(url);
    this.flush();
  }

  markListFailed(url: string): void {
    if (!this.data.listFailed.includes(url)) this.data.listFailed.push(url);
    this.flush();
  }

  markDetailFailed(siteAdIds: string[]): void {
    for (const id of siteAdIds) if (!this.data.detailFailed.includes(id)) this.data.detailFailed.push(id);
    this.flush();
  }

  addPending(entries: { siteAdId: string; url: string; fingerprint: string | null }[]): void {
    for (const e of entries) this.data.pending[e.siteAdId] = [e.url, e.fingerprint];
    this.changed();
  }

  /** List pages queued but neither read nor failed (lost in a crash), plus failed ones. */
  unreadListPages(): string[] {
    return this.data.listQueued.filter((u) => !this.data.listDone.includes(u));
  }

  /** Notes a change; written at most every 500 ms (counters may lag a crash by that much). */
  changed(): void {
    this.dirty = true;
    if (Date.now() - this.lastWrite > 500) this.flush();
  }

  flush(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file);
    this.dirty = false;
    this.lastWrite = Date.now();
  }

  flushIfDirty(): void {
    if (this.dirty) this.flush();
  }

  remove(): void {
    rmSync(this.file, { force: true });
  }
}

function emptyState(runId: number): RunStateData {
  return {
    runId,
    listQueued: [],
    listDone: [],
    listFailed: [],
    detailFailed: [],
    pending: {},
    counters: emptyCounters(),
  };
}
