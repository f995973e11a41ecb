import { createRequire } from 'node:module';
import { errorMessage } from '../../shared/errors.js';

// robots-parser is CommonJS (`module.exports = fn`) while its types declare a default export.
interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => ParsedRobots;

/**
 * robots.txt handling. Crawlee's own robots support fetches with its own user-agent, so the
 * crawler fetches and parses robots.txt itself (robots-parser) with the configured user-agent.
 */
export interface RobotsRules {
  /** Whether the configured user-agent may fetch this URL. */
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user-agent (or `*`), seconds; null when absent. */
  crawlDelaySecs: number | null;
  /** How the rules were obtained, for the run report. */
  source: 'file' | 'absent' | 'unreachable';
  /** Why robots.txt could not be read (only for `unreachable`). */
  problem?: string;
}

/** Parses robots.txt text served at `robotsUrl` for `userAgent`. */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const robot = robotsParser(robotsUrl, text);
  const origin = new URL(robotsUrl).origin;
  const delay = robot.getCrawlDelay(userAgent);
  return {
    // robots-parser answers undefined for URLs of another origin: those are not ours to fetch.
    isAllowed: (url) => new URL(url).origin === origin && robot.isAllowed(url, userAgent) !== false,
    crawlDelaySecs: typeof delay === 'number' && delay > 0 ? delay : null,
    source: 'file',
  };
}

/** Rules when robots.txt does not exist (4xx): everything on the origin is allowed. */
export function allowAll(origin: string): RobotsRules {
  return { isAllowed: (url) => new URL(url).origin === origin, crawlDelaySecs: null, source: 'absent' };
}

/**
 * Rules when robots.txt cannot be read (5xx, network error): as RFC 9309 asks, assume the whole
 * site is disallowed rather than crawl against the owner's wishes.
 */
export function disallowAll(problem: string): RobotsRules {
  return { isAllowed: () => false, crawlDelaySecs: null, source: 'unreachable', problem };
}

export interface LoadRobotsOptions {
  userAgent: string;
  timeoutMs: number;
  /** Attempts for a 5xx or network error before giving up. */
  attempts?: number;
  fetchImpl?: typeof fetch;
}

/** Fetches and parses `<origin>/robots.txt` with the configured user-agent. */
export async function loadRobots(baseUrl: string, options: LoadRobotsOptions): Promise<RobotsRules> {
  const origin = new URL(baseUrl).origin;
  const robotsUrl = `${origin}/robots.txt`;
  const doFetch = options.fetchImpl ?? fetch;
  const attempts = options.attempts ?? 3;
  let problem = 'no attempt made';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await doFetch(robotsUrl, {
        headers: { 'user-agent': options.userAgent },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'follow',
      });
      if (res.ok) return parseRobots(robotsUrl, await res.text(), options.userAgent);
      if (res.status >= 400 && res.status < 500 && res.status !== 429) {
        await res.body?.cancel();
        return allowAll(origin);
      }
      await res.body?.cancel();
      problem = `robots.txt answered HTTP ${res.status}`;
    } catch (err) {
      problem = `robots.txt could not be fetched: ${errorMessage(err)}`;
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
  }
  return disallowAll(problem);
}
