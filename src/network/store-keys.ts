import type { AdFeatures } from './features.js';
import type { MinHasher } from './minhash.js';
import { phashBands, type Phash64 } from './phash.js';

/**
 * Bucket numbers under which the store indexes an ad for candidate look-up: one per LSH band of
 * the MinHash (`band · 2³² + key`, below 2³⁷) and one per 16-bit band of each photo hash
 * (`2⁴⁰ + (band << 16 | bits)`). Both ranges are exact integers in a double and a bigint column.
 */
const photoBase = 2 ** 40;

/** LSH bucket numbers of a MinHash signature. */
export function textBuckets(signature: Uint32Array, hasher: MinHasher): number[] {
  const keys = hasher.bandKeys(signature);
  const out: number[] = [];
  for (let b = 0; b < keys.length; b++) out.push(b * 2 ** 32 + keys[b]!);
  return out;
}

/** Photo bucket numbers of one hash, as stored. */
export function photoBuckets(hash: Phash64): number[] {
  return phashBands(hash).map((band) => photoBase + band);
}

/**
 * Photo buckets to probe for one hash: each band and its 16 one-bit neighbours, as the in-memory
 * index does (two hashes within 7 bits share a band up to one bit).
 */
export function photoProbes(hash: Phash64): number[] {
  const out: number[] = [];
  for (const band of phashBands(hash)) {
    out.push(photoBase + band);
    for (let flip = 0; flip < 16; flip++) out.push(photoBase + (band ^ (1 << flip)));
  }
  return out;
}

/** Every bucket an ad is stored under. */
export function storedBuckets(features: AdFeatures, hasher: MinHasher): number[] {
  const out = features.signature ? textBuckets(features.signature, hasher) : [];
  for (const img of features.images) out.push(...photoBuckets(img.hash));
  return [...new Set(out)];
}

/** Whether a bucket number is a text (LSH) bucket; photo buckets answer false. */
export function isTextBucket(bucket: number): boolean {
  return bucket < photoBase;
}
