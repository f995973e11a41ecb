/**
 * Failed logins per account name, across client addresses: the per-address rate limit alone lets
 * someone guess one colleague's password slowly from many addresses. After `maxFailures` failed
 * attempts within `windowMs` the name is refused (even with the right password) until the oldest
 * of them falls out of the window; a successful login clears it. Unknown names are counted the
 * same way, so the answer does not tell which names exist. Kept in memory: a restart forgets it,
 * which only gives back one window of attempts. Written here because @fastify/rate-limit counts
 * every request before the handler runs, not failed logins per account name in the body.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until `username` may try again, 0 when it may now. */
  retryAfterMs(username: string, at = Date.now()): number {
    const recent = this.recent(username, at);
    if (recent.length < this.maxFailures) return 0;
    return recent[recent.length - this.maxFailures]! + this.windowMs - at;
  }

  recordFailure(username: string, at = Date.now()): void {
    const recent = this.recent(username, at);
    recent.push(at);
    // Only the latest maxFailures matter for the lock; older ones are dropped.
    this.failures.set(keyOf(username), recent.slice(-this.maxFailures));
    if (this.failures.size > 10_000) this.forgetOld(at);
  }

  clear(username: string): void {
    this.failures.delete(keyOf(username));
  }

  private recent(username: string, at: number): number[] {
    return (this.failures.get(keyOf(username)) ?? []).filter((t) => t > at - this.windowMs);
  }

  /** Bounds memory against a flood of made-up names: names with no failure in the window go. */
  private forgetOld(at: number): void {
    for (const [key, times] of this.failures)
      if (times.every((t) => t <= at - this.windowMs)) this.failures.delete(key);
  }
}

function keyOf(username: string): string {
  return username.trim().toLowerCase();
}
