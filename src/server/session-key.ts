import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { ConfigError } from '../shared/errors.js';

/**
 * The 32-byte key that encrypts and signs session cookies. A configured secret is stretched to 32
 * bytes with SHA-256; without one, a random key is generated once into `<dataDir>/session.key`
 * (mode 0600) so that sessions survive restarts.
 */
export function loadSessionKey(config: Config): Buffer {
  const secret = config.server.sessionSecret;
  if (secret) return createHash('sha256').update(secret, 'utf8').digest();
  const file = join(config.dataDir, 'session.key');
  // dataDir holds the session key, crawl queues and (by default) the SQLite store: owner only.
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails when the file exists, so two servers starting together never overwrite a key.
    const key = randomBytes(32);
    writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new ConfigError(`cannot write session key ${file}`, { cause: err });
    }
  }
  const key = readFileSync(file);
  if (key.length !== 32) throw new ConfigError(`session key ${file} must be 32 bytes, found ${key.length}`);
  return key;
}
