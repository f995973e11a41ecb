/**
 * The shared word pass over a text: every extractor and detector that looks for words reads the
 * same list instead of running its own regex over the characters. A word is a maximal run of
 * letters, digits or underscores in any script (`[\p{L}\p{N}_]+`, as the word guards of the
 * patterns); offsets are UTF-16 indexes into the original text, and each word also comes
 * lowercased. Hand-written rather than a `/[\p{L}\p{N}_]+/gu` exec loop because allocating a match
 * object per word costs more than the whole scan (ASCII is decided by table, other characters by
 * one cached regex test per distinct code point).
 */

export interface Words {
  /** The text the words were read from. */
  text: string;
  /** `text` lowercased when that keeps every offset (almost always), else null. */
  lowerText: string | null;
  /** Number of words. */
  count: number;
  /** Start offset of word i. */
  starts: Int32Array;
  /** End offset (exclusive) of word i. */
  ends: Int32Array;
  /** Word i lowercased. */
  lower: string[];
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** ASCII word characters by code: letters, digits, underscore. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : 0;
}

/** Non-ASCII code points seen so far: 1 word character, 2 not. */
const otherKinds = new Map<number, number>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let kind = otherKinds.get(cp);
  if (kind === undefined) {
    kind = WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 2;
    otherKinds.set(cp, kind);
  }
  return kind === 1;
}

function scan(text: string): Words {
  const n = text.length;
  // At most one word per two characters (a word and its separator).
  const cap = (n >> 1) + 1;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const lower: string[] = [];
  // Lowercasing the whole text once is far cheaper than each word; when it changes the length
  // ("İ"), offsets would drift, so each word is lowercased on its own instead.
  const whole = text.toLowerCase();
  const twin = whole.length === n ? whole : null;
  let count = 0;
  let start = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts[count] = start;
      ends[count] = i;
      lower.push(twin !== null ? twin.slice(start, i) : text.slice(start, i).toLowerCase());
      count += 1;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count] = n;
    lower.push(twin !== null ? twin.slice(start, n) : text.slice(start, n).toLowerCase());
    count += 1;
  }
  return { text, lowerText: twin, count, starts, ends, lower };
}

// The same few texts of an ad (title, text, fields) are read by several extractors in a row.
const recent = new Map<string, Words>();
const RECENT_LIMIT = 16;

/** The words of `text` (computed once for the few texts read most recently). */
export function wordsOf(text: string): Words {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const words = scan(text);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, words);
  return words;
}

/** Index of the first word that starts at or after `offset` (count when none). */
export function wordAtOrAfter(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
