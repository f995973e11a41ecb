/**
 * Fast whole-word phrase lookup: one pass over the words of a text and a map from first word to
 * phrases. Much cheaper than one regex with hundreds of alternatives (per-position backtracking).
 */
import { lowerTwinText } from './scan.js';

export interface PhraseMatch {
  /** The phrase as listed (lower case, single spaces). */
  key: string;
  start: number;
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{M}'’]$/u;
// WORD_CHAR per BMP code unit, filled on first sight: 1 yes, 2 no.
const bmpWordChar = new Uint8Array(0x10000);

/** Code units of the word character (letter, mark, apostrophe) at `i`, or 0. */
function wordCharLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpWordChar[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(text[i]!) ? 1 : 2;
    bmpWordChar[c] = k;
  }
  return k === 1 ? 1 : 0;
}
const GAP = /^[\s.-]{1,3}$/u;

// Bloom-style filter on (first two code units, length) of a phrase's first word: 4096 slots of
// 32 length bits. A word that misses it starts no phrase and is never cut out or looked up (most
// words of an ad; cutting every word out was most of the garbage this module made).
const FILTER_SLOTS = 4096;
function slotOf(c0: number, c1: number): number {
  return (c0 * 31 + c1) & (FILTER_SLOTS - 1);
}
function lengthBit(len: number): number {
  return 1 << (len > 31 ? 31 : len);
}

/** End of the word that starts at `i` (words are runs of /[\p{L}\p{M}'’]/u; ASCII inline). */
function wordEnd(hay: string, i: number): number {
  const n = hay.length;
  while (i < n) {
    const c = hay.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39) i++;
    else if (c < 128) break;
    else {
      const len = wordCharLen(hay, i);
      if (len === 0) break;
      i += len;
    }
  }
  return i;
}

/** Start of the next word at or after `i`, or the text length. */
function nextWordStart(hay: string, i: number): number {
  const n = hay.length;
  while (i < n) {
    const c = hay.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39) return i;
    if (c >= 128 && wordCharLen(hay, i) > 0) return i;
    i++;
  }
  return n;
}

interface Candidate {
  words: string[];
  key: string;
}

/**
 * Builds a matcher for lower-case phrases of one or more words; longest phrase wins. Words are
 * read from the lower-cased text in place (see lowerTwinText: same offsets); a text without a
 * lower-case twin lower-cases word by word, as the word list did before.
 */
export function phraseMatcher(phrases: Iterable<string>): (text: string) => PhraseMatch[] {
  const byFirst = new Map<string, Candidate[]>();
  for (const p of phrases) {
    const words = p
      .toLowerCase()
      .split(/[\s.]+/)
      .filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, key: '' });
    byFirst.set(words[0]!, list);
  }
  const keyOf = new Map<string, string>();
  for (const p of phrases)
    keyOf.set(
      p
        .toLowerCase()
        .split(/[\s.]+/)
        .filter((w) => w.length > 0)
        .join(' '),
      p.toLowerCase(),
    );
  const filter = new Uint32Array(FILTER_SLOTS);
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.words.length - a.words.length);
    // The reported key is fixed per phrase, so it is looked up once here rather than per match.
    for (const c of list) c.key = keyOf.get(c.words.join(' ')) ?? c.words.join(' ');
    filter[slotOf(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0)]! |= lengthBit(
      first.length,
    );
  }
  return (text) => {
    const twin = lowerTwinText(text);
    const hay = twin ?? text;
    const out: PhraseMatch[] = [];
    const n = hay.length;
    let i = nextWordStart(hay, 0);
    while (i < n) {
      const e = wordEnd(hay, i);
      const word = twin === null ? hay.slice(i, e).toLowerCase() : null;
      const len = word === null ? e - i : word.length;
      const w = word ?? hay;
      const at = word === null ? i : 0;
      let next = e;
      if ((filter[slotOf(w.charCodeAt(at), len > 1 ? w.charCodeAt(at + 1) : 0)]! & lengthBit(len)) !== 0) {
        const cands = byFirst.get(word ?? hay.slice(i, e));
        if (cands) next = matchAt(text, hay, twin !== null, cands, i, e, out);
      }
      i = nextWordStart(hay, next);
    }
    return out;
  };
}

/** Tries the candidates (longest first) at the word `start..end`; returns where scanning resumes. */
function matchAt(
  text: string,
  hay: string,
  twin: boolean,
  cands: Candidate[],
  start: number,
  end: number,
  out: PhraseMatch[],
): number {
  for (const c of cands) {
    let last = end;
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) {
      const s = nextWordStart(hay, last);
      if (s >= hay.length) {
        ok = false;
        break;
      }
      const e = wordEnd(hay, s);
      const w = c.words[k]!;
      ok =
        (twin ? e - s === w.length && hay.startsWith(w, s) : hay.slice(s, e).toLowerCase() === w) &&
        GAP.test(text.slice(last, s));
      last = e;
    }
    if (!ok) continue;
    out.push({ key: c.key, start, end: last });
    return last;
  }
  return end;
}
