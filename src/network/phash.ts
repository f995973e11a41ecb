import { createRequire } from 'node:module';
import type { SharpOptions } from 'sharp';
import { InputError } from '../shared/errors.js';

/**
 * Perceptual photo hashes (64 bits, DCT based, from sharp-phash). A re-encoded or resized copy
 * of a photo stays within a few bits (about 3); different photos differ in about half (~32+).
 * Hashes are kept as two unsigned 32-bit halves so comparison is two xors and two popcounts.
 */
export interface Phash64 {
  hi: number;
  lo: number;
}

/** Parses a 16-digit hex hash (or sharp-phash's 64-character 0/1 string); null when malformed. */
export function parsePhash(value: string | null | undefined): Phash64 | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (/^[01]{64}$/.test(v)) {
    return { hi: parseInt(v.slice(0, 32), 2) >>> 0, lo: parseInt(v.slice(32), 2) >>> 0 };
  }
  if (!/^[0-9a-f]{16}$/.test(v)) return null;
  return { hi: parseInt(v.slice(0, 8), 16) >>> 0, lo: parseInt(v.slice(8), 16) >>> 0 };
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits. */
export function hammingDistance(a: Phash64, b: Phash64): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

/**
 * The four 16-bit bands of a hash, tagged with their band number (`band << 16 | bits`). By the
 * pigeonhole principle two hashes within 3 bits share at least one band exactly; for larger
 * thresholds the index also probes the one-bit neighbours of each band (see NetworkIndex).
 */
export function phashBands(h: Phash64): number[] {
  return [
    (0 << 16) | (h.hi >>> 16),
    (1 << 16) | (h.hi & 0xffff),
    (2 << 16) | (h.lo >>> 16),
    (3 << 16) | (h.lo & 0xffff),
  ];
}

/** Hex form of a 64-character 0/1 string. */
export function bitsToHex(bits: string): string {
  let hex = '';
  for (let i = 0; i < 64; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return hex;
}

// sharp-phash is CommonJS (`module.exports = phash`) but its typings declare an ES default export,
// which NodeNext resolution reads as `.default`; requiring it gives the function itself.
const phash = createRequire(import.meta.url)('sharp-phash') as (
  image: Buffer,
  options?: SharpOptions,
) => Promise<string>;

/** Largest image we decode (pixels); bigger inputs are refused instead of exhausting memory. */
export const maxPhashInputPixels = 50_000_000;

/**
 * Perceptual hash of an image's bytes as 16 hex digits, for the crawler and the store.
 * Throws InputError when the bytes are not a decodable image or exceed the pixel limit.
 */
export async function computePhash(bytes: Uint8Array): Promise<string> {
  try {
    const bits = await phash(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      limitInputPixels: maxPhashInputPixels,
    });
    return bitsToHex(bits);
  } catch (cause) {
    throw new InputError('image could not be hashed', { cause });
  }
}
