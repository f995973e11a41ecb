import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { OpsporError } from '../shared/errors.js';

/**
 * What the previous digest saw, so the next one reports only what changed since: when it ran,
 * which ads were red, and which active ads each network had in which cities. Kept as a small JSON
 * file next to the digests (ids and city names only, no ad content).
 */
const stateSchema = z.object({
  version: z.literal(1),
  /** End of the previous digest's period (ISO). */
  lastRunAt: z.string(),
  /** Its Copenhagen day (YYYY-MM-DD): the schedule makes one digest a day. */
  lastDay: z.string(),
  redAdIds: z.array(z.number()),
  /** Ads that were yellow (optional: states written before it count new yellow ads by first seen). */
  yellowAdIds: z.array(z.number()).optional(),
  clusters: z.record(z.string(), z.object({ ads: z.array(z.number()), cities: z.array(z.string()) })),
});

export type DigestState = z.infer<typeof stateSchema>;

export function digestDir(dataDir: string): string {
  return join(dataDir, 'digests');
}

function statePath(dataDir: string): string {
  return join(digestDir(dataDir), 'state.json');
}

/**
 * The saved state, or null before the first digest. A damaged file is moved aside (kept for a
 * person to look at) and the digest starts afresh rather than stop every day.
 */
export async function loadDigestState(
  dataDir: string,
): Promise<{ state: DigestState | null; damaged: boolean }> {
  const path = statePath(dataDir);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: null, damaged: false };
    throw err;
  }
  try {
    return { state: stateSchema.parse(JSON.parse(raw)), damaged: false };
  } catch {
    await rename(path, `${path}.damaged-${Date.now()}`);
    return { state: null, damaged: true };
  }
}

/** Writes the state atomically (temp file + rename), readable by the owner only. */
export async function saveDigestState(dataDir: string, state: DigestState): Promise<void> {
  await mkdir(digestDir(dataDir), { recursive: true, mode: 0o700 });
  const path = statePath(dataDir);
  await writeFile(`${path}.tmp`, JSON.stringify(state), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

/** A lock older than this is from a process that died mid-digest. */
const staleLockMs = 15 * 60_000;

/**
 * Runs `fn` while holding the digest lock (a file created exclusively), so that the server's
 * schedule and `opspor digest` never make the same digest twice at once.
 */
export async function withDigestLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(digestDir(dataDir), { recursive: true, mode: 0o700 });
  const path = join(digestDir(dataDir), '.lock');
  const age = await stat(path).then(
    (s) => Date.now() - s.mtimeMs,
    () => null,
  );
  if (age !== null && age > staleLockMs) await rm(path, { force: true });
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OpsporError('CONFLICT', `a digest is being made by another process (lock ${path})`);
    }
    throw err;
  }
  try {
    await handle.close();
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
