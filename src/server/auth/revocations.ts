/**
 * Session cookies are stateless (encrypted, signed), so a copied cookie would stay valid after
 * logout until it expires. Logging out records the session's id here, and the guard refuses it.
 * Kept in memory: entries only need to outlive the cookie's own expiry, and a restart is rare
 * next to a 12-hour session.
 */
export class SessionRevocations {
  private readonly revoked = new Map<string, number>();

  constructor(private readonly ttlMs: number) {}

  revoke(sessionId: string, now = Date.now()): void {
    this.prune(now);
    this.revoked.set(sessionId, now + this.ttlMs);
  }

  isRevoked(sessionId: string, now = Date.now()): boolean {
    const until = this.revoked.get(sessionId);
    return until !== undefined && until > now;
  }

  private prune(now: number): void {
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
  }
}
