import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * Password hashing with argon2id. The CLI (`users add`) and the login route share these two
 * functions so that every stored hash has the same parameters.
 */

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): slow enough against offline guessing,
// fast enough for a 2-core server handling a few logins a minute.
// `Algorithm` is a declared const enum (unusable under isolatedModules); 2 is Argon2id.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as unknown as Options;

/** Hashes a password with argon2id; the PHC string carries salt and parameters. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when `password` matches the stored argon2 hash; false (never throws) for malformed hashes. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
