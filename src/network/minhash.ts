import { fmix32 } from './hash.js';

/**
 * MinHash signatures and banded LSH keys. Each of the `k` hash functions is `fmix32(x ^ seed_i)`:
 * fmix32 is a bijection on 32-bit words, so each seed gives an independent-looking permutation
 * of the shingle hashes at the cost of a xor and a few multiplies.
 */
export interface MinHashParams {
  /** Signature length. */
  k: number;
  /** LSH bands; `k` must be a multiple of `bands`. */
  bands: number;
}

export const defaultMinHashParams: MinHashParams = { k: 96, bands: 24 };

function seedsFor(k: number): Uint32Array {
  const seeds = new Uint32Array(k);
  let s = 0x2545f491;
  for (let i = 0; i < k; i++) {
    s = fmix32(s + 0x9e3779b9);
    seeds[i] = s;
  }
  return seeds;
}

export class MinHasher {
  readonly k: number;
  readonly bands: number;
  readonly rows: number;
  private readonly seeds: Uint32Array;

  constructor(params: MinHashParams = defaultMinHashParams) {
    if (params.k % params.bands !== 0) throw new RangeError('k must be a multiple of bands');
    this.k = params.k;
    this.bands = params.bands;
    this.rows = params.k / params.bands;
    this.seeds = seedsFor(params.k);
  }

  /** Signature of a shingle set; null for an empty set (no text, nothing to compare). */
  signature(shingles: Uint32Array): Uint32Array | null {
    if (shingles.length === 0) return null;
    const { k, seeds } = this;
    const sig = new Uint32Array(k).fill(0xffffffff);
    // fmix32 written out inline, shingle-major: this loop is most of the cost of linking an ad
    // (k × shingles hashes), and the inlined form runs about twice as fast as the call.
    for (let n = 0; n < shingles.length; n++) {
      const x = shingles[n]!;
      for (let i = 0; i < k; i++) {
        let h = x ^ seeds[i]!;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        h >>>= 0;
        if (h < sig[i]!) sig[i] = h;
      }
    }
    return sig;
  }

  /** LSH bucket keys, one per band; the band number is mixed in so bands never share buckets. */
  bandKeys(sig: Uint32Array, offset = 0): Uint32Array {
    const keys = new Uint32Array(this.bands);
    for (let b = 0; b < this.bands; b++) {
      let h = Math.imul(b + 1, 0x27d4eb2d);
      for (let r = 0; r < this.rows; r++) h = fmix32(h ^ sig[offset + b * this.rows + r]!);
      keys[b] = h;
    }
    return keys;
  }
}

/** Share of equal positions of two signatures: an unbiased estimate of their Jaccard similarity. */
export function estimateJaccard(
  a: Uint32Array,
  aOffset: number,
  b: Uint32Array,
  bOffset: number,
  k: number,
): number {
  let same = 0;
  for (let i = 0; i < k; i++) if (a[aOffset + i] === b[bOffset + i]) same++;
  return same / k;
}
