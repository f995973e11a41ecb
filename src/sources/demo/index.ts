/**
 * The demo ad sites: a seeded world of ads on two sites with ground truth, an HTTP server for
 * them, and a streaming batch corpus. Everything the crawler tests, `opspor demo` and the
 * benchmarks need:
 *
 * ```ts
 * const world = createDemoWorld({ seed: 42, size: 'small' });
 * const demo = await startDemoSites({ world, ports: { classic: 0, clinics: 0 }, faults: false });
 * // crawl demo.sites[i].baseUrl …, compare with world.groundTruth()
 * world.advanceDay();
 * await demo.close();
 * ```
 */
export { createDemoWorld, DemoWorld, type CreateDemoWorldOptions } from './world.js';
export {
  startDemoSites,
  type DemoSites,
  type DemoSitesStats,
  type SiteStats,
  type StartDemoSitesOptions,
} from './server.js';
export { generateBatchAds, type BatchAd, type BatchAdTruth, type GenerateBatchOptions } from './batch.js';
export { defaultFaults, noFaults, type FaultAd, type FaultConfig, type FaultKind } from './faults.js';
export type { GroundTruth, TruthAd, TruthFields } from './truth.js';
export type {
  ChangeEntry,
  ChangeKind,
  DayChanges,
  DemoAd,
  DemoClinic,
  DemoSiteId,
  WorldSize,
} from './model.js';
export { demoSiteIds } from './model.js';
export { renderPhoto, isPhotoId, basePhotoId } from './photos.js';
export { Rng, hashSeed } from './prng.js';
