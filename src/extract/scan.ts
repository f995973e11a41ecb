/**
 * Regex helpers for speed. A pattern that starts with a lookbehind (`(?<![\p{L}])...`) keeps the
 * regexp engine from skipping ahead to candidate first characters, so it runs a full attempt at
 * every position of the text (several times slower on long ads). The patterns here drop that
 * leading lookbehind and check the character before a match by hand instead; a rejected match
 * retries one position later, which finds exactly the matches the lookbehind form finds.
 */

import { RecentTexts } from './text-memo.js';

/** Whether the code point that ends at `index` in `text` matches `cls` (a one-code-point `^[...]$`/u pattern). */
export function charBeforeIs(text: string, index: number, cls: RegExp): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const from =
    low >= 0xdc00 && low <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800
      ? index - 2
      : index - 1;
  return cls.test(text.slice(from, index));
}

/**
 * The next match of global `re` in `text` (from `re.lastIndex`) whose start is not preceded by a
 * character of `notAfter`, i.e. `(?<!notAfter)re`. Patterns must not match the empty string and
 * must start with a BMP character, so one position later is never inside a surrogate pair.
 */
export function execNotAfter(re: RegExp, text: string, notAfter: RegExp): RegExpExecArray | null {
  for (;;) {
    const m = re.exec(text);
    if (m === null || !charBeforeIs(text, m.index, notAfter)) return m;
    re.lastIndex = m.index + 1;
  }
}

// Prices and languages lower-case the same texts of a batch of ads in different phases.
const recentLower = new RecentTexts<string | null>();

/**
 * `text` lower-cased, for running a lower-case, flag-`i`-free twin of a case-insensitive pattern
 * (V8 runs big alternations about twice as fast that way); null when the twin could match
 * differently: lowercasing changes the length ("İ"), or the text has "ſ", which /iu folds to "s"
 * but toLowerCase keeps (checked over all of Unicode: the only such letter), or "Σ", whose lower
 * case depends on its neighbours. Lowercasing never turns a letter into a non-letter or back.
 */
export function lowerTwinText(text: string): string | null {
  const hit = recentLower.get(text);
  if (hit !== undefined) return hit;
  const lower = text.toLowerCase();
  const twin = lower.length === text.length && !text.includes('ſ') && !text.includes('Σ') ? lower : null;
  return recentLower.keep(text, twin);
}

/**
 * A test of whether the code point at an index belongs to a one-code-point class `cls` (a
 * `^[...]$`/u pattern), returning its length in code units (1 or 2) or 0 when it does not (or
 * past the end, or at a lone surrogate). Hand scanners call it per character, so each BMP code
 * unit is decided once and kept (ASCII up front); astral code points (emoji, rare scripts) are
 * tested each time.
 */
export function codePointClass(cls: RegExp): (text: string, i: number) => number {
  // Per BMP code unit: 1 in the class, 2 not, 0 not decided yet.
  const bmp = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c += 1) bmp[c] = cls.test(String.fromCharCode(c)) ? 1 : 2;
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      return d >= 0xdc00 && d <= 0xdfff && cls.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    // Past the end: NaN reads as no entry.
    let k = bmp[c];
    if (k === undefined) return 0;
    if (k === 0) {
      k = cls.test(text[i]!) ? 1 : 2;
      bmp[c] = k;
    }
    return k === 1 ? 1 : 0;
  };
}

/** `\s` of a /u pattern, by code unit (every such character is in the BMP). */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
