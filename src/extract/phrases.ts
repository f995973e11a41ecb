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

/** The lower-cased words of a text with their offsets, as parallel arrays. */
interface Words {
  lower: string[];
  start: number[];
  end: number[];
}

// Cities and nationalities (twice: facts, then the foreign-nationality detector) read the same
// texts one after another; the word split is kept for the last few texts instead of redone.
const recentWords = new Map<string, Words>();
const RECENT_LIMIT = 8;

function wordsOf(text: string): Words {
  const hit = recentWords.get(text);
  if (hit) return hit;
  const words: Words = { lower: [], start: [], end: [] };
  // Words cut from the lower-cased text are already lower case (same offsets; see lowerTwinText).
  const lower = lowerTwinText(text);
  const haystack = lower ?? text;
  // A character loop (no match arrays) finding the same words as /[\p{L}\p{M}'’]+/gu.
  const n = haystack.length;
  let i = 0;
  while (i < n) {
    let len = wordCharLen(haystack, i);
    if (len === 0) {
      i += 1;
      continue;
    }
    const start = i;
    while (len > 0) {
      i += len;
      len = i < n ? wordCharLen(haystack, i) : 0;
    }
    const w = haystack.slice(start, i);
    words.lower.push(lower === null ? w.toLowerCase() : w);
    words.start.push(start);
    words.end.push(i);
  }
  if (recentWords.size >= RECENT_LIMIT) recentWords.clear();
  recentWords.set(text, words);
  return words;
}

/** Builds a matcher for lower-case phrases of one or more words; longest phrase wins. */
export function phraseMatcher(phrases: Iterable<string>): (text: string) => PhraseMatch[] {
  const byFirst = new Map<string, { words: string[]; key: string }[]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, key: '' });
    byFirst.set(words[0]!, list);
  }
  const keyOf = new Map<string, string>();
  for (const p of phrases) keyOf.set(p.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 0).join(' '), p.toLowerCase());
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    // The reported key is fixed per phrase, so it is looked up once here rather than per match.
    for (const c of list) c.key = keyOf.get(c.words.join(' ')) ?? c.words.join(' ');
  }
  return (text) => {
    const { lower, start, end } = wordsOf(text);
    const out: PhraseMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      const cands = byFirst.get(lower[i]!);
      if (!cands) continue;
      for (const c of cands) {
        const n = c.words.length;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          ok = i + k < lower.length && lower[i + k] === c.words[k] && GAP.test(text.slice(end[i + k - 1], start[i + k]));
        }
        if (!ok) continue;
        out.push({ key: c.key, start: start[i]!, end: end[i + n - 1]! });
        i += n - 1;
        break;
      }
    }
    return out;
  };
}
