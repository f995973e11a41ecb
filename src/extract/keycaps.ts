import { mapSpan } from './reading-copy.js';

/**
 * Keycap digits ("2️⃣5️⃣ år", "1⃣ t = 1️⃣4️⃣0️⃣0️⃣ kr") are a digit, an optional U+FE0F and U+20E3.
 * The phone scanner reads them in place (its marks separate like a space, see phone-scan.ts); the
 * age and price patterns read digits that stand side by side, so they run on a copy of the text
 * with the marks taken out, and their spans are mapped back to the text as written.
 */

const KEYCAP = 0x20e3;
const VARIATION_SELECTOR = 0xfe0f;

/** A text with its keycap marks taken out, and where each of its offsets lies in the original. */
export interface KeycapText {
  text: string;
  /** Offset in the original text of each offset of `text`, its length included. */
  original: Int32Array;
}

/** `text` with every keycap digit's marks taken out; null when it has none (almost every text). */
export function collapseKeycaps(text: string): KeycapText | null {
  if (text.indexOf('\u20e3') < 0) return null;
  const n = text.length;
  const original = new Int32Array(n + 1);
  let out = '';
  let from = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (isKeycapMark(text, i)) {
      out += text.slice(from, i);
      from = i + 1;
    } else original[k++] = i;
  }
  out += text.slice(from);
  original[k] = n;
  return { text: out, original: original.subarray(0, k + 1) };
}

/**
 * Whether the code unit at `i` is a mark of a keycap digit: U+20E3 after a digit (and its U+FE0F),
 * or U+FE0F between a digit and U+20E3. A lone U+20E3 elsewhere stays.
 */
function isKeycapMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === KEYCAP)
    return (
      isDigit(text.charCodeAt(i - 1)) ||
      (text.charCodeAt(i - 1) === VARIATION_SELECTOR && isDigit(text.charCodeAt(i - 2)))
    );
  return c === VARIATION_SELECTOR && text.charCodeAt(i + 1) === KEYCAP && isDigit(text.charCodeAt(i - 1));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The offset in the collapsed text of the original offset `at` (the first one at or after it). */
export function toCollapsed(k: KeycapText, at: number): number {
  const o = k.original;
  let lo = 0;
  let hi = o.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (o[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The original span of the collapsed span `start..end`. Only marks are taken out, so the end maps
 * to the offset after the last digit's marks (the reading copy's mapping, which also handles
 * replacements).
 */
export function toOriginalSpan(k: KeycapText, start: number, end: number): { start: number; end: number } {
  return mapSpan(k.original, start, end);
}
