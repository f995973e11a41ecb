import type { Config } from '../../config/index.js';
import type { Politeness, SiteAdapter } from '../adapter.js';

/**
 * Politeness: how hard the crawler may press on one site. The adapter states its defaults, the
 * configuration (`sites.<id>.politeness`) overrides them, and an explicit override (benchmarks,
 * tests) wins over both.
 */
export function resolvePoliteness(
  adapter: SiteAdapter,
  config: Pick<Config, 'sites'>,
  override?: Partial<Politeness>,
): Politeness {
  const fromConfig = config.sites[adapter.id]?.politeness ?? {};
  const merged: Politeness = { ...adapter.politeness };
  // Copy only defined keys: an explicit `undefined` in an override must not erase a default.
  for (const source of [fromConfig, override ?? {}]) {
    for (const [key, value] of Object.entries(source) as [keyof Politeness, number | undefined][]) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged;
}

/** Crawlee options derived from a politeness setting. */
export interface CrawleeLimits {
  maxRequestsPerMinute: number;
  maxConcurrency: number;
  maxRequestRetries: number;
  navigationTimeoutSecs: number;
  requestHandlerTimeoutSecs: number;
}

export function toCrawleeLimits(p: Politeness): CrawleeLimits {
  return {
    maxRequestsPerMinute: Math.max(1, Math.ceil(p.maxRequestsPerSecond * 60)),
    maxConcurrency: p.maxConcurrency,
    maxRequestRetries: p.maxRetries,
    navigationTimeoutSecs: p.timeoutSecs,
    // A detail handler downloads photos through the same rate gate, so it needs far longer than
    // one request; the page request itself is bounded by navigationTimeoutSecs.
    requestHandlerTimeoutSecs: Math.max(120, p.timeoutSecs * 10),
  };
}

/** Milliseconds between two requests to a site, from its rate and robots.txt Crawl-delay. */
export function minIntervalMs(p: Politeness, crawlDelaySecs: number | null): number {
  const fromRate = 1000 / p.maxRequestsPerSecond;
  return Math.max(fromRate, (crawlDelaySecs ?? 0) * 1000);
}

/** A clock the gate can be tested with. */
export interface GateClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: GateClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * One gate per site that every request to the site passes (pages and photos): requests start at
 * least `intervalMs` apart, and a 429 pauses the whole site, not just the one request.
 */
export class RateGate {
  private nextAt = 0;
  private pausedUntil = 0;

  constructor(
    private intervalMs: number,
    private readonly clock: GateClock = realClock,
  ) {}

  /** Reserves the next slot and returns how long the caller must wait for it (ms). */
  reserve(): number {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextAt, this.pausedUntil);
    this.nextAt = slot + this.intervalMs;
    return slot - now;
  }

  /** Waits for the next slot. */
  async wait(): Promise<void> {
    const delay = this.reserve();
    if (delay > 0) await this.clock.sleep(delay);
  }

  /** Holds every request to the site for `ms` (a 429 or a Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  setInterval(ms: number): void {
    this.intervalMs = ms;
  }

  get interval(): number {
    return this.intervalMs;
  }
}

/** Exponential backoff before retry number `retryCount` (1-based), capped. */
export function backoffMs(retryCount: number, baseMs = 500, capMs = 30_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, retryCount - 1));
}

/** Longest Retry-After the crawler honours; a site asking for more gets the request failed. */
export const maxRetryAfterMs = 120_000;

/** Parses a Retry-After header (seconds or an HTTP date) to milliseconds from `now`. */
export function parseRetryAfter(
  value: string | string[] | undefined | null,
  now = Date.now(),
): number | null {
  const header = Array.isArray(value) ? value[0] : value;
  if (header === undefined || header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
