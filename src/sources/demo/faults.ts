import type { DemoAd, DemoSiteId } from './model.js';
import { hashSeed } from './prng.js';

/**
 * Faults the demo sites inject so the crawler meets what real sites do: random 429s, pages that
 * hang, malformed HTML and one oversized page. Which pages are faulty is a pure function of the
 * seed and the page, so the ground truth can say in advance what a crawl will meet.
 */
export interface FaultConfig {
  enabled: boolean;
  /** Share of requests answered 429 at random (robots.txt excepted). */
  random429Rate: number;
  /** Share of detail pages that hang for `slowDelayMs` before answering. */
  slowRate: number;
  slowDelayMs: number;
  /** Share of detail pages served with broken HTML and missing fields. */
  malformedRate: number;
  /** Serve one classic detail page padded to `hugePageBytes`. */
  hugePage: boolean;
  hugePageBytes: number;
}

/** Low rates, on by default in the demo. */
export const defaultFaults: FaultConfig = {
  enabled: true,
  random429Rate: 0.03,
  slowRate: 0.02,
  slowDelayMs: 30_000,
  malformedRate: 0.04,
  hugePage: true,
  hugePageBytes: 10 * 1024 * 1024,
};

/** No faults at all, for tests that check content. */
export const noFaults: FaultConfig = {
  ...defaultFaults,
  enabled: false,
  random429Rate: 0,
  slowRate: 0,
  malformedRate: 0,
  hugePage: false,
};

/** Accepts `false` (off), a partial config (over the defaults) or nothing (defaults). */
export function resolveFaults(input: Partial<FaultConfig> | false | undefined): FaultConfig {
  if (input === false) return noFaults;
  return { ...defaultFaults, ...input };
}

export type FaultKind = 'malformed' | 'slow' | 'huge';

/** A detail page that is faulty, and the ad(s) behind it. */
export interface FaultAd {
  id: string;
  site: DemoSiteId;
  siteAdId: string;
  kind: FaultKind;
  /** Path of the faulty page (a clinic page for demo-clinics). */
  path: string;
}

function unit(seed: number, ...parts: string[]): number {
  return hashSeed(seed, 'fault', ...parts) / 4294967296;
}

/** Fault of one detail page, keyed by page (`/annonce/12`, `/clinic/slug`). */
export function pageFault(
  seed: number,
  cfg: FaultConfig,
  pagePath: string,
  hugePath: string | null,
): FaultKind | null {
  if (!cfg.enabled) return null;
  if (cfg.hugePage && pagePath === hugePath) return 'huge';
  const u = unit(seed, pagePath);
  if (u < cfg.malformedRate) return 'malformed';
  if (u < cfg.malformedRate + cfg.slowRate) return 'slow';
  return null;
}

/** The one oversized page: the active classic ad with the smallest hash. */
export function hugePagePath(
  seed: number,
  cfg: FaultConfig,
  activeClassic: readonly DemoAd[],
): string | null {
  if (!cfg.enabled || !cfg.hugePage) return null;
  let best: { path: string; u: number } | null = null;
  for (const ad of activeClassic) {
    const path = `/annonce/${ad.siteAdId}`;
    const u = unit(seed, 'huge', path);
    // Never pick a page that is already faulty in another way.
    if (u >= 0 && unit(seed, path) >= cfg.malformedRate + cfg.slowRate && (!best || u < best.u))
      best = { path, u };
  }
  return best?.path ?? null;
}

/** Detail page path of an ad on its site. */
export function detailPath(ad: DemoAd): string {
  return ad.site === 'demo-classic' ? `/annonce/${ad.siteAdId}` : `/clinic/${ad.clinicSlug ?? ''}`;
}

/** All faulty ads among the active ones. */
export function listFaultAds(seed: number, cfg: FaultConfig, active: readonly DemoAd[]): FaultAd[] {
  const huge = hugePagePath(
    seed,
    cfg,
    active.filter((a) => a.site === 'demo-classic'),
  );
  const out: FaultAd[] = [];
  for (const ad of active) {
    const path = detailPath(ad);
    const kind = pageFault(seed, cfg, path, huge);
    if (kind) out.push({ id: `${ad.site}:${ad.siteAdId}`, site: ad.site, siteAdId: ad.siteAdId, kind, path });
  }
  return out;
}
