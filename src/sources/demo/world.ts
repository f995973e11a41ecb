import {
  addClinic,
  addClinicPerson,
  addIndependentAd,
  addNetwork,
  addNetworkAd,
  adKey,
  isoAt,
  type WorldState,
} from './build.js';
import { advanceWorldDay, scaleOf } from './day.js';
import { resolveFaults, type FaultConfig } from './faults.js';
import type { DayChanges, DemoAd, DemoClinic, DemoSiteId, WorldSize } from './model.js';
import { Rng } from './prng.js';
import { buildGroundTruth, type GroundTruth } from './truth.js';

/**
 * The demo world: persons, networks, ads on two sites and a simulated clock. Pure and seeded:
 * the same seed and size give the same world, day after day.
 */

export interface CreateDemoWorldOptions {
  /** Default 42 (the configuration's default demo seed). */
  seed?: number;
  /** `small` (default): about 60-120 ads per site. `medium` ×5, `large` ×20. */
  size?: WorldSize;
  /** Faults the ground truth reports (and the server serves unless told otherwise). Default: low rates. */
  faults?: Partial<FaultConfig> | false;
}

export class DemoWorld {
  readonly seed: number;
  readonly size: WorldSize;
  /** Fault configuration of this world; `startDemoSites` uses it unless given another. */
  readonly faults: FaultConfig;
  private readonly state: WorldState;
  private versionCounter = 0;

  constructor(options: CreateDemoWorldOptions = {}) {
    this.seed = options.seed ?? 42;
    this.size = options.size ?? 'small';
    this.faults = resolveFaults(options.faults);
    this.state = {
      seed: this.seed,
      size: this.size,
      day: 0,
      persons: new Map(),
      networks: [],
      clinics: [],
      ads: new Map(),
      nextAdId: { 'demo-classic': 48_000, 'demo-clinics': 7_300 },
      nextPersonId: 1,
      nextPhotoId: 1,
      nextReviewId: 1,
      changeLog: [],
    };
    populate(this.state, new Rng(this.seed));
  }

  /** The simulated day, 0 at creation. */
  get day(): number {
    return this.state.day;
  }

  /** The simulated date of the current day, YYYY-MM-DD. */
  get date(): string {
    return isoAt(this.state.day, 0).slice(0, 10);
  }

  /** Changes whenever the world changes; lets servers cache per version. */
  get version(): number {
    return this.versionCounter;
  }

  /** Moves the clock one day: new, edited, moved and removed ads. Returns the day's change log. */
  advanceDay(): DayChanges {
    this.versionCounter++;
    return advanceWorldDay(this.state);
  }

  /** Active ads of a site, newest first (then highest id first). */
  activeAds(site: DemoSiteId): DemoAd[] {
    return [...this.state.ads.values()]
      .filter((a) => a.site === site && a.removedDay === null)
      .sort((a, b) =>
        a.postedAt === b.postedAt
          ? Number(b.siteAdId) - Number(a.siteAdId)
          : a.postedAt < b.postedAt
            ? 1
            : -1,
      );
  }

  /** An active ad, or undefined when unknown or removed. */
  getAd(site: DemoSiteId, siteAdId: string): DemoAd | undefined {
    const ad = this.state.ads.get(adKey(site, siteAdId));
    return ad && ad.removedDay === null ? ad : undefined;
  }

  /** Clinics that list at least one person, in a stable order. */
  clinics(): DemoClinic[] {
    return this.state.clinics.filter((c) => c.adIds.length > 0);
  }

  getClinic(slug: string): DemoClinic | undefined {
    return this.state.clinics.find((c) => c.slug === slug && c.adIds.length > 0);
  }

  /** Active persons listed at a clinic, in listing order. */
  clinicAds(clinic: DemoClinic): DemoAd[] {
    return clinic.adIds.flatMap((id) => {
      const ad = this.getAd('demo-clinics', id);
      return ad ? [ad] : [];
    });
  }

  /** What a correct crawl and analysis of the current day should find. */
  groundTruth(options: { faults?: Partial<FaultConfig> | false } = {}): GroundTruth {
    return buildGroundTruth({
      seed: this.seed,
      day: this.state.day,
      date: this.date,
      ads: this.state.ads.values(),
      clinicNames: new Map(this.state.clinics.map((c) => [c.slug, c.name])),
      changeLog: this.state.changeLog,
      faults: options.faults === undefined ? this.faults : resolveFaults(options.faults),
    });
  }
}

function populate(state: WorldState, rng: Rng): void {
  const scale = scaleOf(state);
  for (let i = 0; i < 55 * scale; i++) addIndependentAd(state, rng, 0);
  // Networks on the classic site; every other one also runs a clinic.
  for (let i = 0; i < 5 * scale; i++) {
    const network = addNetwork(state, rng, i % 2 === 0 ? ['demo-classic', 'demo-clinics'] : ['demo-classic']);
    for (let k = rng.int(4, 7); k > 0; k--) addNetworkAd(state, rng, network, 0);
  }
  const clinicNetworks = state.networks.filter((n) => n.sites.includes('demo-clinics'));
  for (let i = 0; i < 2 * scale; i++) clinicNetworks.push(addNetwork(state, rng, ['demo-clinics']));
  const clinics = [
    ...clinicNetworks.map((n) => addClinic(state, rng, n)),
    ...Array.from({ length: 9 * scale }, () => addClinic(state, rng, null)),
  ];
  for (const clinic of clinics) {
    for (let k = rng.int(3, 6); k > 0; k--) addClinicPerson(state, rng, clinic, 0);
  }
}

/** Creates a seeded demo world (`seed` 42 and size `small` by default). */
export function createDemoWorld(options: CreateDemoWorldOptions = {}): DemoWorld {
  return new DemoWorld(options);
}
