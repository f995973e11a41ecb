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

// Plain loops without callbacks: this runs once per input line, on every worker.

/** The strings of a list, always a new array (the usual all-strings list is one native copy). */
function stringList(list: readonly unknown[]): string[] {
  let i = 0;
  while (i < list.length && typeof list[i] === 'string') i += 1;
  if (i === list.length) return list.slice() as string[];
  const out = list.slice(0, i) as string[];
  for (i += 1; i < list.length; i += 1) {
    const v = list[i];
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** The object entries of a list; a review without a string id gets its index among them. */
function reviewsOf(list: readonly unknown[]): AdReview[] {
  const out: AdReview[] = [];
  for (const r of list) {
    if (!isRecord(r)) continue;
    out.push({
      id: typeof r.id === 'string' ? r.id : String(out.length),
      posted_at: optionalString(r.posted_at),
      text: optionalString(r.text),
      url: optionalString(r.url),
    });
  }
  return out;
}

/** The object entries of a list that have a string id. */
function imagesOf(list: readonly unknown[]): AdImage[] {
  const out: AdImage[] = [];
  for (const img of list) {
    if (!isRecord(img) || typeof img.id !== 'string') continue;
    out.push({
      id: img.id,
      path: optionalString(img.path),
      url: optionalString(img.url),
      sha256: optionalString(img.sha256),
      phash: optionalString(img.phash),
    });
  }
  return out;
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
  const id = value.id;
  if (typeof id !== 'string' || id.trim() === '') return { ok: false, message: 'missing or non-string "id"' };
  const ad: AdInput = { id };
  for (const key of stringKeys) {
    const v = value[key];
    if (typeof v === 'string') ad[key] = v;
  }
  for (const key of listKeys) {
    const v = value[key];
    if (Array.isArray(v)) ad[key] = stringList(v);
  }
  const age = value.age;
  if (typeof age === 'string' || typeof age === 'number') ad.age = age;
  if (Array.isArray(value.reviews)) ad.reviews = reviewsOf(value.reviews);
  if (Array.isArray(value.images)) ad.images = imagesOf(value.images);
  return { ok: true, ad };
}
