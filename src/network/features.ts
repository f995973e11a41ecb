import type { PreparedAd } from '../indicators/define.js';
import { canonicalCity, findCity } from './cities.js';
import { contactKeys, type ContactKey } from './contact-keys.js';
import type { MinHasher } from './minhash.js';
import { extractName, normaliseName } from './names.js';
import { parsePhash, type Phash64 } from './phash.js';
import { defaultNetworkOptions } from './options.js';
import { countWords, normaliseTokens, shingleHashes } from './text-shingles.js';

/**
 * What the network keeps of an ad: keys, a MinHash signature, photo hashes, name, town and time.
 * Never the texts: memory stays small per ad, and the index holds nothing a worker could read
 * that the store does not already protect.
 */
export interface AdFeatures {
  id: string;
  /** Normalised presented name, or null when the ad states none. */
  name: string | null;
  /** Canonical town, or null. */
  city: string | null;
  /** `posted_at` in epoch milliseconds, or null. */
  time: number | null;
  keys: ContactKey[];
  /** MinHash signature of the body text, or null without text or with too few words to compare. */
  signature: Uint32Array | null;
  images: { id: string; hash: Phash64 }[];
  /**
   * Towns the ad itself was advertised in by earlier versions within the movement window (see
   * `townsMovedFrom`). Known only where the ad's history is (the store); absent: none known.
   */
  movedFrom?: string[];
}

function cityOf(prepared: PreparedAd): string | null {
  for (const c of prepared.facts.cities) {
    const town = canonicalCity(c);
    if (town) return town;
  }
  const first = prepared.facts.cities[0];
  if (first) return first;
  const { ad } = prepared;
  return canonicalCity(ad.city) ?? findCity(ad.title) ?? findCity(ad.text);
}

/**
 * Compact features of a prepared ad. A body of fewer than `minCopyWords` distinct words after
 * masking gets no signature (see NetworkOptions.minCopyWords).
 */
export function adFeatures(
  prepared: PreparedAd,
  hasher: MinHasher,
  minCopyWords = defaultNetworkOptions.minCopyWords,
): AdFeatures {
  const { ad } = prepared;
  const displayName = extractName(ad);
  const time = ad.posted_at ? Date.parse(ad.posted_at) : NaN;
  const images: AdFeatures['images'] = [];
  for (const img of ad.images ?? []) {
    const hash = parsePhash(img.phash);
    if (hash) images.push({ id: img.id, hash });
  }
  const text = ad.text ?? '';
  const tokens = text.trim() ? normaliseTokens(text, displayName) : [];
  return {
    id: ad.id,
    name: normaliseName(displayName),
    city: cityOf(prepared),
    time: Number.isFinite(time) ? time : null,
    keys: contactKeys(prepared),
    signature:
      tokens.length > 0 && countWords(tokens) >= minCopyWords
        ? hasher.signature(shingleHashes(tokens))
        : null,
    images,
  };
}
