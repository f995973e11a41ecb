/**
 * The crawler core: Crawlee (CheerioCrawler) drives requests; site adapters parse; the store keeps
 * what was seen. See crawl-site.ts for the incremental flow.
 */
export { crawlSite, type CrawlSiteOptions, type CrawlSiteResult } from './crawl-site.js';
export { crawlAll, type CrawlAllOptions, type SiteOutcome } from './crawl-all.js';
export type { CrawlProgress } from './crawler-factory.js';
export type { CrawlerRepository } from './handlers.js';
export { evaluateHealth, missingRequiredFields, type HealthInput, type HealthResult } from './health.js';
export { resolvePoliteness } from './politeness.js';
export { loadRobots, parseRobots, type RobotsRules } from './robots.js';
export { describePhoto, type PhotoFacts } from './photos.js';
