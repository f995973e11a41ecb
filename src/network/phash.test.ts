import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { computePhash, hammingDistance, parsePhash } from './phash.js';

async function testImage(seed: number): Promise<Buffer> {
  const w = 64;
  const pixels = Buffer.alloc(w * w * 3);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const v = Math.round(127 + 120 * Math.sin((x * (seed + 1)) / 9) * Math.cos((y * (seed + 2)) / 11));
      pixels.fill(v, (y * w + x) * 3, (y * w + x) * 3 + 3);
    }
  }
  return sharp(pixels, { raw: { width: w, height: w, channels: 3 } })
    .png()
    .toBuffer();
}

describe('photo hashes', () => {
  it('parses hex and 0/1 forms and measures Hamming distance', () => {
    const a = parsePhash('ffffffff00000000')!;
    const b = parsePhash('1'.repeat(31) + '0'.repeat(33))!;
    expect(hammingDistance(a, b)).toBe(1);
    expect(parsePhash('xyz')).toBeNull();
    expect(parsePhash(null)).toBeNull();
  });

  it('keeps a re-encoded copy close and a different image far', async () => {
    const original = await testImage(1);
    const copy = await sharp(original).resize(50, 50).jpeg({ quality: 70 }).toBuffer();
    const other = await testImage(4);
    const [h1, h2, h3] = await Promise.all([computePhash(original), computePhash(copy), computePhash(other)]);
    expect(h1).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(parsePhash(h1)!, parsePhash(h2)!)).toBeLessThanOrEqual(6);
    expect(hammingDistance(parsePhash(h1)!, parsePhash(h3)!)).toBeGreaterThan(6);
  });

  it('throws an InputError for bytes that are not an image', async () => {
    await expect(computePhash(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(InputError);
  });
});
