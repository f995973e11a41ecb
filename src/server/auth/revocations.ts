import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Session cookies are stateless (encrypted, signed), so a copied cookie would stay valid after
 * logout until it expires. Logging out records the session's id here, and the guard refuses it.
 * With a `file` (the server uses `<dataDir>/revoked-sessions.json`, mode 0600) the list survives a
 * restart: otherwise a logged-out cookie would be accepted again by the restarted server for the
 * rest of its 12 hours. Entries are dropped once the cookie they name has expired.
 */
export class SessionRevocations {
  private readonly revoked = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly file?: string,
    now = Date.now(),
  ) {
    if (file === undefined) return;
    let saved: unknown = null;
    try {
      saved = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      // A missing file is a first start; an unreadable one must not let revoked cookies back in.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new Error(
          `cannot read the logged-out sessions in ${file} (${err instanceof Error ? err.message : String(err)}): ` +
            'remove the file only if no session of the last 12 hours must stay logged out',
          { cause: err },
        );
    }
    if (saved !== null && typeof saved === 'object') {
      for (const [id, until] of Object.entries(saved as Record<string, unknown>)) {
        if (typeof until === 'number' && until > now) this.revoked.set(id, until);
      }
    }
  }

  revoke(sessionId: string, now = Date.now()): void {
    this.prune(now);
    this.revoked.set(sessionId, now + this.ttlMs);
    this.save();
  }

  isRevoked(sessionId: string, now = Date.now()): boolean {
    const until = this.revoked.get(sessionId);
    return until !== undefined && until > now;
  }

  private prune(now: number): void {
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
  }

  private save(): void {
    if (this.file === undefined) return;
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.revoked)), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
