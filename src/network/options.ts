import type { MinHashParams } from './minhash.js';

/** Settings of the network; all have calibrated defaults and can come from configuration. */
export interface NetworkOptions {
  /**
   * Minimum estimated Jaccard similarity of word trigrams (after masking names, numbers, towns
   * and contacts) for two bodies to count as copies. Calibrated on the development corpus: its
   * intended copies score ≥ 0.71 after our masking, every other different-person pair ≤ 0.32;
   * 0.5 sits between them with several standard deviations of MinHash noise to spare.
   */
  textThreshold: number;
  /**
   * Fewest distinct words (left after masking) a body needs to be compared for copies at all. The
   * most common short ad, "Rikke, 38, dansk, Vejle. 1 time 1400. 52 17 48 39", keeps two words
   * ("dansk", "time"), so every two such ads of different women were near copies.
   */
  minCopyWords: number;
  /** Maximum Hamming distance of two 64-bit photo hashes for the same photo (re-encoded: ~3). */
  phashThreshold: number;
  /** multi-city-movement: the same contact in two towns within this many days. */
  movementWindowDays: number;
  /** MinHash signature length and LSH bands (rows = k / bands). */
  minhash: MinHashParams;
  /**
   * Most recent entries read from one LSH or photo bucket per new ad. A template copied 10,000
   * times must not cost 10,000 comparisons per copy: a few links suffice to join the cluster
   * and to evidence the indicator.
   */
  maxBucketScan: number;
  /**
   * Most LSH candidates verified per new ad over all bands; linking also stops once
   * `maxEvidenceAds` copies are found. Bounds the cost per ad on template-heavy corpora.
   */
  maxCandidates: number;
  /** Most linked ads listed in one piece of evidence. */
  maxEvidenceAds: number;
}

export const defaultNetworkOptions: NetworkOptions = {
  textThreshold: 0.5,
  minCopyWords: 8,
  phashThreshold: 6,
  movementWindowDays: 30,
  minhash: { k: 96, bands: 24 },
  maxBucketScan: 16,
  maxCandidates: 64,
  maxEvidenceAds: 20,
};

/** Defaults overridden by the given settings. */
export function resolveNetworkOptions(options: Partial<NetworkOptions> = {}): NetworkOptions {
  return {
    ...defaultNetworkOptions,
    ...options,
    minhash: { ...defaultNetworkOptions.minhash, ...options.minhash },
  };
}
