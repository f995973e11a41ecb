import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import { createDemoWorld, type DemoWorld } from '../demo/world.js';
import { startDemoSites, type DemoSites, type StartDemoSitesOptions } from '../demo/server.js';
import type { Politeness } from '../adapter.js';

/**
 * Shared set-up of the crawler's end-to-end tests and benchmark: a seeded demo world served on
 * ephemeral ports with the rate limit lifted, a configuration pointing the adapters at it, and a
 * temp data directory.
 */
export interface DemoHarness {
  world: DemoWorld;
  demo: DemoSites;
  config: Pick<Config, 'sites' | 'userAgent'>;
  dataDir: string;
  /** Lifts the crawler's own rate limit for our own demo sites. */
  politeness: Partial<Politeness>;
  close(): Promise<void>;
}

export async function startDemoHarness(
  options: {
    seed?: number;
    size?: 'small' | 'medium' | 'large';
    faults?: StartDemoSitesOptions['faults'];
    politeness?: Partial<Politeness>;
  } = {},
): Promise<DemoHarness> {
  const world = createDemoWorld({
    seed: options.seed ?? 42,
    size: options.size ?? 'small',
    faults: options.faults ?? false,
  });
  const demo = await startDemoSites({
    world,
    ports: { classic: 0, clinics: 0 },
    faults: options.faults ?? false,
    rateLimit: { requestsPerSecond: 100_000 },
  });
  const sites: Config['sites'] = {};
  for (const s of demo.sites) sites[s.id] = { baseUrl: s.baseUrl };
  const dataDir = mkdtempSync(join(tmpdir(), 'opspor-crawl-demo-'));
  return {
    world,
    demo,
    config: { sites, userAgent: 'opspor-test/0.1 (+tests)' },
    dataDir,
    politeness: { maxRequestsPerSecond: 10_000, maxConcurrency: 4, ...options.politeness },
    close: async () => {
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
