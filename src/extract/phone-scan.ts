/**
 * Character classes and word readings shared by the two passes of phone de-obfuscation, and the
 * first pass itself: `numberRegions` finds, without building any token, the stretches of text
 * between two breaks (ordinary words, other symbols) that could hold enough digits for a phone
 * number. Most of an ad is prose and most ads have one number or none, so the token pass
 * (phone-tokens.ts) then reads a few short regions instead of the whole text.
 */

import { NUMBER_WORDS, mayBeNumberWord, wordDigits, type WordKind } from './phone-words.js';
import { codePointClass, lowerTwinText } from './scan.js';
import { vocabHitsOf, watchRunStarts } from './vocab-scan.js';

/*
 * The classes below are those of the sticky regex the token pass once was
 *   /(\+)|(th[o0]usand)|(\d)|(\p{L}+)|([ \t\u00a0.\-\u2010-\u2015_/\\*~·•,;!?@#|()[\]{}'"`=^&%’‘“”´<>]+)|([\s\S])/uy
 * scanned by hand (that regex, with its match arrays, was the single hottest spot of prepareAd).
 */
const SEP_CLASS = /^[ \t\u00a0.\-\u2010-\u2015_/\\*~·•,;!?@#|()[\]{}'"`=^&%’‘“”´<>]$/u;
// Every separator is below U+2100, so the table covers exactly the code units that can be one.
const SEP = new Uint8Array(0x2100);
for (let c = 0; c < SEP.length; c++) if (SEP_CLASS.test(String.fromCharCode(c))) SEP[c] = 1;

// The keycap digits "6️⃣0️⃣" are a digit, U+FE0F and U+20E3: both marks separate like a space.
SEP[0x20e3] = 1;
const VARIATION_SELECTOR = 0xfe0f;

/**
 * Stars and hearts written between the digit groups to hide a number from filters ("42 ★ 16 ★ 88 ★
 * 09", "22♥33♥44♥55"), and big dots as "·" is written ("20 ● 63 ● 91 ● 48"): decoration, not a break. Only these one-unit symbols; emoji outside the BMP
 * stay breaks, as they often stand between a price and a number.
 */
const DECORATION = new Set(
  [
    '★',
    '☆',
    '✦',
    '✧',
    '✩',
    '✪',
    '✫',
    '✭',
    '✮',
    '✯',
    '✰',
    '⭐',
    '✨',
    '❤',
    '♥',
    '♡',
    '❥',
    '✿',
    '❀',
    '❁',
    '●',
    '⚫',
    '∙',
  ].map((ch) => ch.charCodeAt(0)),
);

/** Whether the code unit `c` is a separator (punctuation that may sit inside a phone number). */
export function isSeparator(c: number): boolean {
  return c < SEP.length ? SEP[c] === 1 : c === VARIATION_SELECTOR || DECORATION.has(c);
}

/** Length in code units of the letter (\p{L}) code point at `i`, or 0 when there is none. */
export const letterLen = codePointClass(/^\p{L}$/u);

/** End of the letter run that starts at `i` (ASCII letters inline, others through letterLen). */
export function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) j++;
    else if (c < 128) break;
    else {
      const l = letterLen(text, j);
      if (l === 0) break;
      j += l;
    }
  }
  return j;
}

/** "thousand" or "th0usand" (lower case, as the token regex had it) at `i`. */
export function isThousandAt(text: string, i: number): boolean {
  const o = text.charCodeAt(i + 2);
  return text.startsWith('th', i) && (o === 111 || o === 48) && text.startsWith('usand', i + 3);
}

/** How a letter run reads: digits it stands for, or "og" (which joins "fem og tyve"). */
export interface WordReading {
  digits: string;
  /** `og` for the word "og"; otherwise how the number word reads. */
  kind: WordKind | 'og';
}

const O_RUNS: WordReading[] = [];
const L_READING: WordReading = { digits: '1', kind: 'l' };
const OG_READING: WordReading = { digits: '', kind: 'og' };

/** "o", "oo", "OOO"…: one 0 per letter. */
function oReading(length: number): WordReading {
  let r = O_RUNS[length];
  if (r === undefined) {
    r = { digits: '0'.repeat(length), kind: 'o' };
    O_RUNS[length] = r;
  }
  return r;
}

/**
 * The reading of the letter run `text[start, end)`, or null for an ordinary word (a break).
 * Letters O and l/I count as digits, number words as theirs (see phone-words.ts).
 */
export function readWord(text: string, start: number, end: number): WordReading | null {
  // Most words of an ad cannot be numbers; for ASCII letters that is known before lowercasing.
  const a = text.charCodeAt(start);
  const length = end - start;
  if (a < 128 && length <= 2) {
    // Letters alone and two-letter words ("i", "en", "og", "at"…), the commonest, from tables.
    if (length === 1) {
      const l = a | 32;
      return l === 111 ? oReading(1) : l === 108 || l === 105 ? L_READING : null;
    }
    const b = text.charCodeAt(start + 1);
    if (b < 128) return SHORT_READINGS[((a | 32) - 97) * 26 + ((b | 32) - 97)]!;
  } else if (length > 2 && !mayBeNumberWord(text, start)) return null;
  return readLower(text.slice(start, end).toLowerCase());
}

function readLower(lower: string): WordReading | null {
  if (isAllO(lower)) return oReading(lower.length);
  if (lower === 'l' || lower === 'i') return L_READING;
  if (lower === 'og') return OG_READING;
  return wordDigits(lower);
}

/** Readings of every two-letter ASCII word, by (first letter, second letter) case folded. */
const SHORT_READINGS: (WordReading | null)[] = [];
for (let a = 0; a < 26; a++)
  for (let b = 0; b < 26; b++) SHORT_READINGS.push(readLower(String.fromCharCode(97 + a, 97 + b)));

function isAllO(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) !== 111) return false;
  return lower.length > 0;
}

/*
 * Where a region can begin, found by the regexp engine (several times faster here than reading
 * every character in script): a digit or "+", or the character before a letter run made of number
 * words, of o's only or a lone l/i, or before "thousand" (a token even when letters follow, as in
 * "thousands"). Every token that is not a break starts at such a place, so the text between two
 * places is breaks and separators only, which change nothing outside a region; the exact scan
 * resumes at each place and reads on to the next break.
 * - Flag `i` without `u` folds ASCII letters only; the one other letter that lowercases into a
 *   number word is the Kelvin sign ("SE\u212AS"), and a text with it is scanned in full. (A
 *   non-ASCII letter never starts a number-like run: none lowercases to a number word's first
 *   letter.)
 * - The character before a word may be a non-ASCII letter inside a longer run ("øto"): such a run
 *   is a break, and is skipped.
 */
const REGION_START = new RegExp(
  `[0-9+]|[^a-z](?=(?:${NUMBER_WORDS.join('|')})+(?![a-z])|o+(?![a-z])|[li](?![a-z])|th[o0]usand)`,
  'gi',
);
const KELVIN = '\u212a';

/*
 * For a text with a lower-case twin, the shared vocabulary pass (vocab-scan.ts) lists the letter
 * runs that may be number-like by their first two letters, and a digit search finds the rest of
 * the places: no pass of REGION_START. A run that reads as a token (readWord, or "thousand" at
 * its start) is, lower-cased, number words run together, o's, or a lone l/i, so it begins with a
 * number word's first two letters, "oo", or is the one letter "o", "l" or "i". (Twins keep every
 * letter a letter at the same offset, and no letter outside ASCII lowercases into ASCII other than
 * the Kelvin sign, which takes the full scan.)
 */
watchRunStarts([...NUMBER_WORDS.map((w) => w.slice(0, 2)), 'oo', 'o', 'l', 'i']);
const DIGIT_OR_PLUS = /[0-9+]/g;

/**
 * The regions of `text` that could hold a number of `minDigits` digits or more, as flat
 * [start, end) offset pairs in text order. A region is what lies between two breaks (an ordinary
 * word or a symbol that is not a separator), from its first token to its last non-separator one:
 * exactly the stretch of tokens the token pass keeps between two breaks, and neither compounds,
 * word checks nor runs ever look across a break. The digit count is an upper bound (number words
 * counted as read alone, "og" as nothing), since compounds and word checks only ever lower it.
 */
export function numberRegions(text: string, minDigits: number): number[] {
  const regions: number[] = [];
  const n = text.length;
  // The first token has no character before it to find it by.
  let i = n > 0 ? scanToBreak(text, 0, minDigits, regions) : 0;
  if (text.includes(KELVIN)) {
    while (i < n) i = scanToBreak(text, i, minDigits, regions);
    return regions;
  }
  if (lowerTwinText(text) !== null) {
    fromRunStarts(text, i, minDigits, regions);
    return regions;
  }
  while (i < n) {
    // From the last character of the break just read: it may be the one before a number word.
    REGION_START.lastIndex = i - 1;
    if (!REGION_START.test(text)) break;
    const hit = REGION_START.lastIndex;
    const c = text.charCodeAt(hit - 1);
    if ((c >= 48 && c <= 57) || c === 43) i = scanToBreak(text, hit - 1, minDigits, regions);
    else if (letterEndsAt(text, hit)) i = letterRunEnd(text, hit);
    else i = scanToBreak(text, hit, minDigits, regions);
  }
  return regions;
}

/**
 * numberRegions from `i` on, for a text with a lower-case twin: reads on from the next digit, "+"
 * or number-like run start (see watchRunStarts above), whichever comes first. Every token that is
 * not a break starts at one, so the text skipped holds breaks and separators only.
 */
function fromRunStarts(text: string, i: number, minDigits: number, regions: number[]): void {
  const n = text.length;
  const runs = vocabHitsOf(text).runStarts;
  let k = 0;
  // The next digit or "+" at or after `i` (n: none), searched again only once passed.
  let digit = -1;
  while (i < n) {
    if (digit < i) {
      DIGIT_OR_PLUS.lastIndex = i;
      digit = DIGIT_OR_PLUS.test(text) ? DIGIT_OR_PLUS.lastIndex - 1 : n;
    }
    while (k < runs.length && runs[k]! < i) k++;
    if (k < runs.length && runs[k]! < digit) {
      const at = runs[k++]!;
      // A run of three letters or more that no number word starts like is a break (readWord's own
      // first test; "thousand" passes it): skipped without reading it.
      if (mayBeNumberWord(text, at)) i = scanToBreak(text, at, minDigits, regions);
    } else if (digit < n) i = scanToBreak(text, digit, minDigits, regions);
    else return;
  }
}

// A phone label alone on its line, or opening it: "Ring:", "Tlf.", "SMS", "Mobil: 25 76".
// "Ring på", "sms mig", "call me" as the label too.
const LABEL = String.raw`^\s*(?:ring|tlf|tel|telefon|phone|mobil|mob|sms|call)\.?(?:\s+(?:på|til mig|mig|til|me|on|us|os))?\s*:?`;
const LABEL_LINE = new RegExp(String.raw`${LABEL}[\d \t]*$`, 'i');
const DIGITS_LINE = /^[\d \t]+$/;
// Or a short line that opens with the label and closes with a colon: "Ring gerne i dagtimerne:",
// "Call me after 12:", "SMS først:".
const LABEL_ONLY = new RegExp(String.raw`${LABEL}\s*$|^\s*(?:ring|sms|call|text)\b[^\d\n]{0,32}:\s*$`, 'i');
// A label with a colon closing a line of prose, right before the digits: "… kids. Text me: 53 28",
// "Ring mig: 25 76". The colon is required mid-line: "ring 2 timer før" is no label.
const LABEL_END =
  /(?:^|[^\p{L}])(?:ring|tlf|tel|telefon|phone|mobil|mob|sms|call|text|skriv|write)(?: me| mig)?\.?\s*:\s*$/iu;
// How far back from its digits a closing label is looked for: the label and a few spaces.
const LABEL_REACH = 16;

/**
 * Whether the line break at `i` runs on inside a phone number written over two lines after its
 * label ("Ring:\n25 76\n81 34", "Tlf: 25 76\n81 34", "… Text me: 53 28\n94 61"): the line before
 * ends in digits, fewer than a number, after the label on that line or alone on the one before,
 * and the next line starts with a digit. Any other line break ends a number.
 */
export function isJoiningNewline(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  if (c < 48 || c > 57) return false;
  const from = text.lastIndexOf('\n', i - 1) + 1;
  if (i - from > 24) return labelClosesLine(text, from, i);
  const line = text.slice(from, i);
  let digits = 0;
  for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) digits++;
  if (digits === 0 || digits >= 8) return false;
  if (!DIGITS_LINE.test(line)) return LABEL_LINE.test(line) || labelClosesLine(text, from, i);
  // A line of digits alone: the label must stand alone on a line before, with only lines of a few
  // digits between (a number written a pair per line: "sms\n42\n93\n18\n06").
  let end = from - 1;
  while (end > 0) {
    const prevFrom = text.lastIndexOf('\n', end - 1) + 1;
    const prev = text.slice(prevFrom, end);
    if (LABEL_ONLY.test(prev)) return true;
    if (!DIGITS_LINE.test(prev)) return false;
    for (let k = 0; k < prev.length; k++) if (prev.charCodeAt(k) >= 48 && prev.charCodeAt(k) <= 57) digits++;
    if (digits >= 8) return false;
    end = prevFrom - 1;
  }
  return false;
}

/** Whether the line from `from` to `i` ends in a few digits (fewer than a number) after LABEL_END. */
function labelClosesLine(text: string, from: number, i: number): boolean {
  let k = i;
  let digits = 0;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 9) break;
  }
  if (digits === 0 || digits >= 8) return false;
  return LABEL_END.test(text.slice(Math.max(from, k - LABEL_REACH), k));
}

/** Whether a letter (of any script, surrogate pairs included) ends right before `index`. */
function letterEndsAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index - 1);
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800)
    return letterLen(text, index - 2) === 2;
  return letterLen(text, index - 1) === 1;
}

/**
 * Reads tokens from `i` (a token start outside any region) up to and including the next break,
 * adding the region read on the way, if any and if it may hold `minDigits` digits; returns the
 * offset after that break (or the end of the text).
 */
function scanToBreak(text: string, i: number, minDigits: number, regions: number[]): number {
  const n = text.length;
  let start = -1;
  let end = 0;
  let digits = 0;
  let next = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    let add = 0;
    if (c >= 48 && c <= 57) {
      next = i + 1;
      add = 1;
    } else if (c === 43) next = i + 1;
    else if (c === 116 && isThousandAt(text, i)) {
      next = i + 8;
      add = 3;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && letterLen(text, i) > 0)) {
      next = letterRunEnd(text, i);
      const reading = readWord(text, i, next);
      if (reading === null) break;
      add = reading.digits.length;
    } else if (isSeparator(c)) {
      // Separators neither start nor end a region.
      i++;
      continue;
    } else if (c === 10 && isJoiningNewline(text, i)) {
      i++;
      continue;
    } else {
      next = i + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      break;
    }
    if (start < 0) start = i;
    digits += add;
    end = next;
    i = next;
  }
  if (start >= 0 && digits >= minDigits) regions.push(start, end);
  return i < n ? next : n;
}
