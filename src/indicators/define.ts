import type { AdInput, Evidence, ExtractedFacts, FiredIndicator } from '../shared/types.js';

/**
 * Indicators are declared, not subclassed: one file per catalogue id, made by `defineIndicator`,
 * with literal positive and negative examples beside the detector. Detectors are pure.
 */

/** Which part of the product decides an indicator. */
export type IndicatorKind =
  /** read from the ad's own fields (title, text, structured fields) */
  | 'text'
  /** read only from `reviews[].text` */
  | 'review'
  /** needs other ads (links, clusters, history) */
  | 'cross-ad'
  /** set by an image model or a worker on a photo */
  | 'image'
  /** set by a worker (x-factor) */
  | 'manual';

/** A text field of an ad, ready to scan. `path` is the evidence field name (see TextEvidence). */
export interface TextField {
  path: string;
  /** The text as read: the ad's, or its reading copy (see extract/reading-copy.ts). */
  text: string;
  /** `ad` fields feed ad indicators; `review` fields feed review indicators only. */
  source: 'ad' | 'review';
  /** For a reading copy: the text as written, and the offset in it of each offset of `text`. */
  written?: string;
  original?: Int32Array;
}

/** An ad with its text fields listed and its facts extracted, computed once per ad. */
export interface PreparedAd {
  ad: AdInput;
  fields: TextField[];
  facts: ExtractedFacts;
}

/** A literal example: a partial ad (the test fills `id`), and whether the indicator must fire. */
export type IndicatorExample = Omit<Partial<AdInput>, 'id'> & { note?: string };

export interface IndicatorDefinition {
  /** Catalogue id; equals the file name. */
  id: string;
  kind: IndicatorKind;
  labels: { da: string; en: string };
  /** One or two neutral sentences shown to workers: what the indicator looks for and why. */
  descriptions: { da: string; en: string };
  defaultWeight: 1 | 2 | 3;
  /** ISO 639-1 codes the detector covers (text and review kinds). */
  languages: string[];
  /**
   * Text and review kinds: evidence of the indicator in this ad, empty when it does not fire.
   * Cross-ad, image and manual kinds are decided elsewhere (network, people, models) and have none.
   */
  detect?: (ad: PreparedAd) => Evidence[];
  examples: { positive: IndicatorExample[]; negative: IndicatorExample[] };
}

export function defineIndicator(definition: IndicatorDefinition): IndicatorDefinition {
  return definition;
}

/**
 * Cross-ad analysis of a batch (implemented by `network/`): ads are added one by one, then
 * `finish` links them, and each ad's cluster and cross-ad indicators can be read.
 * Memory must stay compact per ad (signatures, not texts).
 */
export interface BatchLinker {
  add(ad: PreparedAd): void;
  finish(): void;
  resultFor(adId: string): { cluster: string | null; indicators: FiredIndicator[] };
}
