import { createHash } from 'node:crypto';
import { OpsporError } from '../shared/errors.js';
import type { AdSnapshot, CrawlRun, CrawlRunStats } from './repository.js';
import type { Selectable } from 'kysely';
import type { CrawlRunsTable } from './schema.js';

/** A storage failure (connection, constraint, migration) with the driver error as cause. */
export class StoreError extends OpsporError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE', message, options);
  }
}

/** A uniqueness conflict (e.g. a taken username); the API maps it to 409. */
export class ConflictError extends OpsporError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFLICT', message, options);
  }
}

/** True for a unique-constraint violation from either driver. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = err.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Drops null and undefined members so that "missing" and "null" hash alike: extractors are not
 * consistent about which they emit, and a flip between the two is not a change of the ad.
 */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v ?? null));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

/** JSON with sorted keys and no null members: equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value) ?? null);
}

/** Stable content hash of a snapshot (sha256 hex of its canonical JSON). */
export function snapshotHash(snapshot: AdSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

/** Top-level keys whose canonical values differ, sorted. */
export function changedFields(previous: AdSnapshot, next: AdSnapshot): string[] {
  const a = previous as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null)).sort();
}

/** Reads a JSON column: SQLite gives text, pg gives the parsed jsonb value. */
// The type parameter is the caller's claim about what the column holds; the store wrote it.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Lower-cased searchable text of a snapshot (title, text, name). */
export function searchText(snapshot: AdSnapshot): string {
  return [snapshot.title, snapshot.text, snapshot.name]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join('\n')
    .toLowerCase();
}

/** Escapes LIKE wildcards; patterns use `escape '\'`. */
export function likeContains(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** Counts come back as bigint strings from pg and numbers from SQLite. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function toCrawlRun(row: Selectable<CrawlRunsTable>): CrawlRun {
  return {
    id: toNumber(row.id),
    siteId: row.site_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    stats: row.stats === null ? null : fromJson<CrawlRunStats>(row.stats),
    durationMs: row.duration_ms === null ? null : toNumber(row.duration_ms),
  };
}

/** Splits a list so that one statement stays below SQLite's bound-parameter limit. */
export function chunks<T>(items: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
