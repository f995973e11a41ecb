import { loadConfig, type Config } from '../config/index.js';
import { openRepository } from '../store/index.js';
import type { Repository } from '../store/repository.js';

/** Configuration plus a migrated repository: what most commands start with. */
export async function openContext(
  overrides: Partial<Config> = {},
): Promise<{ config: Config; repo: Repository }> {
  const config = loadConfig(process.env, overrides);
  const repo = await openRepository(config.databaseUrl);
  await repo.migrate();
  return { config, repo };
}

let lastLogged = 0;

/**
 * Writes a one-line progress status on stderr: overwritten in place in a terminal; in a log file
 * (no TTY) at most one line every 5 seconds so logs stay readable.
 */
export function progressLine(text: string): void {
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[2K${text}`);
    return;
  }
  const now = Date.now();
  if (now - lastLogged < 5000) return;
  lastLogged = now;
  process.stderr.write(`${text}\n`);
}

export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}
