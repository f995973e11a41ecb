import type { AdInput, AdReview } from '../shared/types.js';

/**
 * A site adapter is declared as data (start URLs, politeness, required fields) plus pure
 * parsers `(html, url) → result`. The crawler core (Crawlee) does all I/O; adapters never fetch.
 */

/** One entry of a list page: enough to decide whether the detail page must be fetched. */
export interface ListEntry {
  /** The site's own ad id (stable across edits). */
  siteAdId: string;
  /** Absolute URL of the detail page. */
  url: string;
  /**
   * Anything on the list page that changes when the ad changes (an "updated" stamp, a price,
   * a teaser). When it equals the stored value the detail page is not fetched again.
   * Null: unknown, the detail page is always fetched.
   */
  fingerprint: string | null;
}

export interface ListPageResult {
  entries: ListEntry[];
  /** Absolute URLs of further list pages (pagination). */
  next: string[];
}

/**
 * A detail page may present one ad (classic site) or several persons (a clinic page listing
 * several persons, each one ad). Each ad's `id` is `site:siteAdId`.
 */
export interface DetailPageResult {
  ads: ScrapedAd[];
  /** Absolute URLs of review pages to fetch for these ads, if reviews live on other pages. */
  reviewPages?: { siteAdId: string; url: string }[];
}

export interface ScrapedAd extends AdInput {
  site: string;
  siteAdId: string;
  url: string;
  /** Absolute photo URLs, in page order. The core downloads them and fills `images`. */
  photoUrls: string[];
}

export interface ReviewPageResult {
  reviews: AdReview[];
  next: string[];
}

export interface Politeness {
  /** Maximum requests per second to this site. Default 1. */
  maxRequestsPerSecond: number;
  maxConcurrency: number;
  /** Retries of a failing request (with exponential backoff). */
  maxRetries: number;
  /** Per-request timeout. */
  timeoutSecs: number;
  /** Pages larger than this are skipped and reported. */
  maxPageBytes: number;
  /**
   * Days after which an ad's detail page (and its reviews) is read again although its list entry
   * is unchanged: clients post reviews without the ad changing. Each ad waits between this and
   * twice this, spread by its id, so a site crawled in one day is not re-read all on one day.
   * 0 never re-reads an unchanged ad.
   */
  refreshDays: number;
}

export interface SiteAdapter {
  /** Stable id, equals the file name, used as the `site` of every ad. */
  id: string;
  name: string;
  /**
   * Default origin of the site (e.g. `http://127.0.0.1:4101`). Configuration may override it
   * (`sites.<id>.baseUrl`), which is how the demo sites on other ports are crawled; parsers must
   * resolve links against the page URL they are given, never against this default.
   */
  baseUrl: string;
  /** Paths of the first list pages, relative to the base URL. */
  startPaths: string[];
  /** Needs a browser to render (PlaywrightCrawler) instead of plain HTML (CheerioCrawler). */
  render: 'html' | 'browser';
  politeness: Politeness;
  /** AdInput fields every detail page is expected to yield; misses feed the health check. */
  requiredFields: (keyof AdInput)[];
  parseListPage(html: string, url: string): ListPageResult;
  parseDetailPage(html: string, url: string): DetailPageResult;
  parseReviewPage?(html: string, url: string): ReviewPageResult;
}

export const defaultPoliteness: Politeness = {
  maxRequestsPerSecond: 1,
  maxConcurrency: 2,
  maxRetries: 4,
  timeoutSecs: 20,
  maxPageBytes: 5 * 1024 * 1024,
  refreshDays: 7,
};

/** Declares a site adapter; fills politeness defaults so adapters only state what differs. */
export function defineSiteAdapter(
  adapter: Omit<SiteAdapter, 'politeness'> & { politeness?: Partial<Politeness> },
): SiteAdapter {
  return { ...adapter, politeness: { ...defaultPoliteness, ...adapter.politeness } };
}
