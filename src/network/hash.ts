/**
 * Small, fast, synchronous 32-bit hashing. We use our own instead of xxhash-wasm because its
 * WebAssembly module needs an async init, which would make `createBatchLinker()` and
 * `NetworkIndex.addAds()` async for no gain: MinHash only needs well-mixed 32-bit values, and
 * FNV-1a followed by murmur3's finaliser gives that at a few ns per word.
 */

/** murmur3 finaliser: spreads every input bit over the whole 32-bit word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a string (FNV-1a over UTF-16 code units, then fmix32), with an optional seed. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * Short stable id of a string: 48 bits as 12 hex characters. 48 bits keep the chance of any
 * collision among a million cluster ids near 1 in 500; the index still checks for collisions.
 */
export function shortHash(s: string): string {
  const a = hashString(s, 0x9e3779b9);
  const b = hashString(s, 0x7f4a7c15) & 0xffff;
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(4, '0');
}
