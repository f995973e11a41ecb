import type { AdImage, AdInput, AdReview } from '../shared/types.js';

/**
 * Turns one JSON Lines line into an ad, or says why it cannot. Only `id` is required; any other
 * field of the wrong type is dropped rather than failing the line, so one odd export column does
 * not cost a whole ad. Messages never quote the line: it may hold ad text.
 */

export type LineResult = { ok: true; ad: AdInput } | { ok: false; message: string };

const stringKeys = [
  'site',
  'url',
  'posted_at',
  'title',
  'text',
  'name',
  'city',
  'country',
  'profile_id',
  'nationality',
  'hours',
  'clinic',
  'address',
] as const;
const listKeys = ['phones', 'emails', 'languages', 'services', 'prices'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((v): v is string => typeof v === 'string');
}

function reviewsOf(value: unknown): AdReview[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isRecord).map((r, i) => ({
    id: typeof r.id === 'string' ? r.id : String(i),
    posted_at: optionalString(r.posted_at),
    text: optionalString(r.text),
    url: optionalString(r.url),
  }));
}

function imagesOf(value: unknown): AdImage[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter(isRecord)
    .filter((img) => typeof img.id === 'string')
    .map((img) => ({
      id: img.id as string,
      path: optionalString(img.path),
      url: optionalString(img.url),
      sha256: optionalString(img.sha256),
      phash: optionalString(img.phash),
    }));
}

/** Parses and normalises one input line (see shared/spec/analyze-format.md). */
export function parseAdLine(line: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    // JSON.parse messages quote the input; keep only the position.
    const position = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
    return { ok: false, message: position ? `invalid JSON at position ${position}` : 'invalid JSON' };
  }
  if (!isRecord(value)) return { ok: false, message: 'not a JSON object' };
  if (typeof value.id !== 'string' || value.id.trim() === '')
    return { ok: false, message: 'missing or non-string "id"' };
  const ad: AdInput = { id: value.id };
  for (const key of stringKeys) {
    const v = optionalString(value[key]);
    if (v !== null) ad[key] = v;
  }
  for (const key of listKeys) {
    const v = stringList(value[key]);
    if (v !== null) ad[key] = v;
  }
  if (typeof value.age === 'string' || typeof value.age === 'number') ad.age = value.age;
  const reviews = reviewsOf(value.reviews);
  if (reviews) ad.reviews = reviews;
  const images = imagesOf(value.images);
  if (images) ad.images = images;
  return { ok: true, ad };
}
