import { createHash } from 'node:crypto';
import sharp, { type SharpOptions } from 'sharp';
import { createRequire } from 'node:module';
import type { Repository } from '../../store/repository.js';
import { CrawlError, errorMessage } from '../../shared/errors.js';
import { backoffMs, maxRetryAfterMs, parseRetryAfter, type RateGate } from './politeness.js';
import type { RobotsRules } from './robots.js';

// sharp-phash is CommonJS (`module.exports = fn`) while its types declare a default export;
// loading it through require gives the function under both module systems.
const phash = createRequire(import.meta.url)('sharp-phash') as (
  image: Buffer,
  options?: SharpOptions,
) => Promise<string>;

/** Largest image (in pixels) sharp may decode: a guard against decompression bombs. */
export const maxPhotoPixels = 40_000_000;

/** Facts about a photo computed from its bytes. */
export interface PhotoFacts {
  sha256: string;
  mime: string;
  width: number | null;
  height: number | null;
  /** 64-bit perceptual hash as 16 hex digits. */
  phash: string | null;
  bytes: number;
}

/** Converts sharp-phash's 64-character 0/1 string to 16 hex digits. */
export function bitsToHex(bits: string): string {
  let hex = '';
  for (let i = 0; i < bits.length; i += 4)
    hex += parseInt(bits.slice(i, i + 4).padEnd(4, '0'), 2).toString(16);
  return hex;
}

/** Hashes and measures a photo; throws CrawlError (no retry) for bytes that are not an image. */
export async function describePhoto(data: Buffer): Promise<PhotoFacts> {
  const sha256 = sha256Hex(data);
  try {
    const meta = await sharp(data, { limitInputPixels: maxPhotoPixels }).metadata();
    const bits = await phash(data, { limitInputPixels: maxPhotoPixels });
    return {
      sha256,
      mime: `image/${meta.format}`,
      width: meta.width,
      height: meta.height,
      phash: bitsToHex(bits),
      bytes: data.length,
    };
  } catch (cause) {
    throw new CrawlError(`not a readable image (${errorMessage(cause)})`, false, { cause });
  }
}

export interface PhotoFetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRetries: number;
  gate: RateGate;
  robots: RobotsRules;
  fetchImpl?: typeof fetch;
}

/** Reads a response body, refusing to hold more than `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new CrawlError(
      `photo of ${(declared / 1_048_576).toFixed(1)} MB exceeds the ${(maxBytes / 1_048_576).toFixed(1)} MB limit`,
      false,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body) {
    size += (chunk as Uint8Array).length;
    if (size > maxBytes) throw new CrawlError(`photo exceeds the ${maxBytes}-byte limit`, false);
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads one photo through the site's rate gate, with retries and backoff for 429, 5xx and
 * network errors. Throws CrawlError when the photo cannot be had.
 */
export async function downloadPhoto(url: string, o: PhotoFetchOptions): Promise<Buffer> {
  if (!o.robots.isAllowed(url)) throw new CrawlError('photo disallowed by robots.txt', false);
  const doFetch = o.fetchImpl ?? fetch;
  let last: unknown = null;
  for (let attempt = 0; attempt <= o.maxRetries; attempt++) {
    await o.gate.wait();
    try {
      const res = await doFetch(url, {
        headers: { 'user-agent': o.userAgent, accept: 'image/*' },
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      if (res.ok) return await readCapped(res, o.maxBytes);
      await res.body?.cancel();
      if (res.status === 429) {
        const wait = parseRetryAfter(res.headers.get('retry-after')) ?? backoffMs(attempt + 1);
        o.gate.pauseFor(Math.min(wait, maxRetryAfterMs));
        last = new CrawlError(`photo answered HTTP 429`, true);
        continue;
      }
      if (res.status < 500) throw new CrawlError(`photo answered HTTP ${res.status}`, false);
      last = new CrawlError(`photo answered HTTP ${res.status}`, true);
    } catch (err) {
      if (err instanceof CrawlError && !err.retry) throw err;
      last = err;
    }
    if (attempt < o.maxRetries) await new Promise((r) => setTimeout(r, backoffMs(attempt + 1, 250)));
  }
  throw new CrawlError(`photo download failed: ${errorMessage(last)}`, false, { cause: last });
}

/** Content hash (sha256 hex) of photo bytes. */
export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Downloads a photo and stores it once per content hash; a photo already stored is not decoded
 * again. Returns the content hash.
 */
export async function fetchAndStorePhoto(
  url: string,
  repo: Pick<Repository, 'hasPhoto' | 'savePhoto'>,
  options: PhotoFetchOptions,
): Promise<{ sha256: string; stored: boolean }> {
  const data = await downloadPhoto(url, options);
  const sha256 = sha256Hex(data);
  if (await repo.hasPhoto(sha256)) return { sha256, stored: false };
  const facts = await describePhoto(data);
  await repo.savePhoto(facts, data);
  return { sha256, stored: true };
}
