/**
 * Fast whole-word phrase lookup: a map from first word to phrases, tried where the shared
 * vocabulary pass (vocab-scan.ts) found a first word. Much cheaper than one regex with hundreds of
 * alternatives (per-position backtracking), and than a word scan of its own per phrase list.
 * Phrase words are runs of letters, marks and apostrophes ("d'ivoire"); the words after the first
 * are read from the text itself.
 */
import { codePointClass, isRegexSpace, lowerTwinText } from './scan.js';
import { defineVocabulary, vocabHitsOf } from './vocab-scan.js';

export interface PhraseMatch {
  /** The phrase as listed (lower case, single spaces). */
  key: string;
  start: number;
  end: number;
}

/** Code units of the word character (letter, mark, apostrophe) at `i`, or 0. */
const wordCharLen = codePointClass(/^[\p{L}\p{M}'’]$/u);

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
 * Builds a matcher for lower-case phrases of one or more words; longest phrase wins. The first
 * word of a phrase must be letters only. Words after the first are read from the lower-cased text
 * in place (see lowerTwinText: same offsets); a text without a lower-case twin lower-cases word by
 * word, as the word list did before.
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
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    // The reported key is fixed per phrase, so it is looked up once here rather than per match.
    for (const c of list) c.key = keyOf.get(c.words.join(' ')) ?? c.words.join(' ');
  }
  // First words must be letters only (defineVocabulary checks): a phrase can then start only at
  // a letter run that is a whole phrase word, i.e. has no mark or apostrophe on either side.
  const vocabulary = defineVocabulary(byFirst.keys());
  return (text) => {
    const hits = vocabHitsOf(text);
    const out: PhraseMatch[] = [];
    if (hits.count === 0) return out;
    const twin = lowerTwinText(text);
    const hay = twin ?? text;
    // Runs inside a phrase already matched are skipped.
    let resume = 0;
    for (let h = 0; h < hits.count; h++) {
      if ((hits.masks[h]! & vocabulary.bit) === 0) continue;
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      if (start < resume || wordCharLen(text, end) > 0 || wordCharBefore(text, start)) continue;
      resume = matchAt(text, hay, twin !== null, byFirst.get(hits.words[h]!)!, start, end, out);
    }
    return out;
  };
}

/** Whether the character that ends at `i` is a word character (letter, mark, apostrophe). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCharLen(text, i - 2) > 0;
  }
  return wordCharLen(text, i - 1) > 0;
}

/** Whether `text[from, to)` is one to three of `[\s.-]` (as /u reads `\s`): what may stand between phrase words. */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 45 && !isRegexSpace(c)) return false;
  }
  return true;
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
        isGap(text, last, s);
      last = e;
    }
    if (!ok) continue;
    out.push({ key: c.key, start, end: last });
    return last;
  }
  return end;
}
