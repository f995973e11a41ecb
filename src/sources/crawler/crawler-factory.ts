import {
  CheerioCrawler,
  log as crawleeLog,
  LogLevel,
  type CheerioCrawlingContext,
  type Configuration,
  type RequestQueue,
} from 'crawlee';
import { CrawlError, InputError, errorMessage } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import { scrubText } from '../../shared/scrub.js';
import {
  handleDetailPage,
  handleFailedRequest,
  handleListPage,
  handleReviewPage,
  type DetailData,
  type ReviewData,
  type SiteCrawl,
} from './handlers.js';
import type { RequestLabel } from './planning.js';
import { backoffMs, maxRetryAfterMs, parseRetryAfter, toCrawleeLimits } from './politeness.js';

/** The site asked us to slow down (HTTP 429); the whole site is paused, then the page retried. */
export class RateLimitedError extends CrawlError {
  constructor(message: string) {
    super(message, true);
  }
}

/** Progress of a site crawl, reported after every page. */
export interface CrawlProgress {
  siteId: string;
  pages: number;
  queued: number;
  ads: number;
  errors: number;
}

// Crawlee logs to stdout with its own format (including error bodies); the crawler reports
// through the project logger instead, which scrubs contact data.
const quietLog = crawleeLog.child({ prefix: 'crawlee' });
quietLog.setLevel(LogLevel.OFF);

/** A URL for logs: the origin kept, contact-like runs in path and query masked. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + scrubText(u.pathname + u.search);
  } catch {
    return scrubText(url);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Rejects a response before its body is read: wrong status or a declared size over the limit. */
function checkResponse(crawl: SiteCrawl, ctx: CheerioCrawlingContext): void {
  const response = ctx.response;
  const status = response.statusCode ?? 0;
  if (status === 429) {
    const wait =
      parseRetryAfter(headerValue(response.headers['retry-after'])) ?? backoffMs(ctx.request.retryCount + 1);
    crawl.gate.pauseFor(Math.min(wait, maxRetryAfterMs));
    response.destroy();
    throw new RateLimitedError(
      `HTTP 429 (too many requests); site paused for ${Math.round(Math.min(wait, maxRetryAfterMs))} ms`,
    );
  }
  if (status >= 400 && status < 500) {
    response.destroy();
    throw new CrawlError(`HTTP ${status}`, status === 408);
  }
  const type = headerValue(response.headers['content-type']) ?? '';
  if (status < 300 && !/html|xml/i.test(type)) {
    response.destroy();
    throw new CrawlError(`expected an HTML page, got ${type || 'no content type'}`, false);
  }
  const declared = Number(headerValue(response.headers['content-length']) ?? NaN);
  if (Number.isFinite(declared) && declared > crawl.politeness.maxPageBytes) {
    crawl.state.counters.oversizedPages++;
    response.destroy();
    throw new CrawlError(
      `page of ${megabytes(declared)} exceeds the ${megabytes(crawl.politeness.maxPageBytes)} limit: skipped`,
      false,
    );
  }
}

/**
 * Sizes in messages as "10.0 MB": the log scrubber masks long digit runs as possible phone numbers,
 * which would turn a byte count into "[phone]".
 */
function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

async function dispatch(crawl: SiteCrawl, ctx: CheerioCrawlingContext): Promise<void> {
  const { request } = ctx;
  // Bodies sent without Content-Length are measured here, before any adapter parses them.
  const html = typeof ctx.body === 'string' ? ctx.body : ctx.body.toString('utf8');
  const size = Buffer.byteLength(html);
  if (size > crawl.politeness.maxPageBytes) {
    crawl.state.counters.oversizedPages++;
    throw new CrawlError(
      `page of ${megabytes(size)} exceeds the ${megabytes(crawl.politeness.maxPageBytes)} limit: skipped`,
      false,
    );
  }
  const label = request.label as RequestLabel | undefined;
  if (label === 'LIST') await handleListPage(crawl, request.url, html);
  else if (label === 'DETAIL')
    await handleDetailPage(crawl, request.url, html, request.userData as DetailData);
  else if (label === 'REVIEW')
    await handleReviewPage(crawl, request.url, html, request.userData as ReviewData);
  else throw new CrawlError(`request without a known label`, false);
  crawl.state.counters.pages++;
  crawl.state.changed();
}

/** Builds the CheerioCrawler of one site pass over the run's queue. */
export function createSiteCrawler(
  crawl: SiteCrawl,
  queue: RequestQueue,
  config: Configuration,
  progress: () => Promise<void>,
): CheerioCrawler {
  const limits = toCrawleeLimits(crawl.politeness);
  return new CheerioCrawler(
    {
      requestQueue: queue,
      ...limits,
      // Status codes are judged in checkResponse; sessions would rotate on 429 instead of waiting.
      useSessionPool: false,
      // Let every response reach checkResponse, which judges status before content type (a 429
      // answered in text/plain must be retried, not dropped as a wrong content type).
      additionalMimeTypes: ['*/*'],
      persistCookiesPerSession: false,
      autoscaledPoolOptions: { desiredConcurrency: limits.maxConcurrency, minConcurrency: 1 },
      log: quietLog,
      statusMessageLoggingInterval: 3600,
      preNavigationHooks: [
        async (_ctx, gotOptions) => {
          await crawl.gate.wait();
          gotOptions.headers = { ...gotOptions.headers, 'user-agent': crawl.userAgent };
        },
      ],
      postNavigationHooks: [
        (ctx) => {
          checkResponse(crawl, ctx);
        },
      ],
      requestHandler: async (ctx) => {
        try {
          await dispatch(crawl, ctx);
        } catch (err) {
          if (err instanceof InputError) crawl.state.counters.malformedPages++;
          if (err instanceof InputError || (err instanceof CrawlError && !err.retry))
            ctx.request.noRetry = true;
          throw err;
        }
        await progress();
      },
      errorHandler: async (ctx, error) => {
        if (error instanceof CrawlError && !error.retry) {
          ctx.request.noRetry = true;
          return;
        }
        crawl.state.counters.retries++;
        // A 429 already paused the whole site through the gate; other failures back off here.
        if (!(error instanceof RateLimitedError)) {
          await new Promise((resolve) => setTimeout(resolve, backoffMs(ctx.request.retryCount + 1, 250)));
        }
      },
      failedRequestHandler: async (ctx, error) => {
        const label = (ctx.request.label ?? 'DETAIL') as RequestLabel;
        const message = scrubText(errorMessage(error));
        logger.warn(
          { site: crawl.adapter.id, label, url: safeUrl(ctx.request.url), err: message },
          'page skipped after failure',
        );
        await handleFailedRequest(
          crawl,
          label,
          ctx.request.url,
          ctx.request.userData as Record<string, unknown>,
          message,
        );
        await progress();
      },
    },
    config,
  );
}
