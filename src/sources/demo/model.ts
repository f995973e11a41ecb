import type { NetworkStyle } from './compose.js';
import type { Lang } from './snippets.js';

/** Data model of the demo world. Everything here is invented. */

export type DemoSiteId = 'demo-classic' | 'demo-clinics';
export const demoSiteIds: readonly DemoSiteId[] = ['demo-classic', 'demo-clinics'];

export type WorldSize = 'small' | 'medium' | 'large';

export interface DemoReview {
  id: string;
  postedAt: string;
  text: string;
  /** Review indicator the text plants, or null. */
  indicator: string | null;
}

/** A person (always an adult) who may appear in several ads over time. */
export interface DemoPerson {
  id: string;
  name: string;
  age: number;
  natCode: string;
  networkId: string | null;
}

/** One ad as the world holds it: what the page shows plus the canonical truth. */
export interface DemoAd {
  site: DemoSiteId;
  siteAdId: string;
  personId: string;
  networkId: string | null;
  /** Clinic the person is listed at (demo-clinics only). */
  clinicSlug: string | null;
  lang: Lang;
  title: string;
  text: string;
  name: string;
  age: number;
  city: string;
  /** Canonical numbers, E.164. */
  phones: string[];
  /** The numbers as the page shows them (some obfuscated). */
  phonesShown: string[];
  emails: string[];
  natCode: string;
  nationalityShown: string;
  languages: string[];
  services: string[];
  prices: string[];
  hourlyPriceDkk: number;
  hours: string;
  photoIds: string[];
  reviews: DemoReview[];
  postedAt: string;
  updatedAt: string;
  /** Planted by text and fields (cross-ad indicators are computed in the ground truth). */
  textIndicators: string[];
  /** Network template id when the text is a near copy of others; null for own texts. */
  templateId: string | null;
  /** Day it was removed; null while active. */
  removedDay: number | null;
}

/** A massage clinic listing several persons with one shared phone. */
export interface DemoClinic {
  slug: string;
  name: string;
  city: string;
  address: string;
  phone: string;
  phoneShown: string;
  networkId: string | null;
  hours: string;
  prices: string[];
  hourlyPriceDkk: number;
  lang: Lang;
  /** siteAdIds of the persons currently listed. */
  adIds: string[];
}

export interface DemoNetwork {
  id: string;
  phone: string;
  natCode: string;
  style: NetworkStyle;
  templateId: string;
  photoPool: string[];
  /** Sites the network advertises on. */
  sites: DemoSiteId[];
}

export type ChangeKind = 'new' | 'changed' | 'removed';

export interface ChangeEntry {
  site: DemoSiteId;
  siteAdId: string;
  kind: ChangeKind;
  /** Why: 'posted', 'repost', 'text-edit', 'price-change', 'moved-city', 'removed', 'rotated'. */
  reason: string;
}

export interface DayChanges {
  day: number;
  entries: ChangeEntry[];
  /** Counts per site and kind, for quick assertions. */
  counts: Record<DemoSiteId, Record<ChangeKind, number>>;
}
