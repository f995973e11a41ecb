/**
 * One pass over a text for every word list of the extractors: origins, languages and Danish towns
 * (their look-ups), messaging app names and e-mail words (gates that let most ads skip those
 * patterns). Each list is registered once (`defineVocabulary`); a text is then read once, by
 * letter runs (the maximal runs of `\p{L}`, the unit all these lists match whole), and only the
 * runs that are a listed word (or start with a listed prefix) come back, each with the lists it
 * belongs to. A run is cut out and looked up only when a filter on a hash of the run, computed as
 * it is read, lets it through (a filter on its first two characters and length let through about
 * three times as many runs as there were hits), so most words of an ad are never copied. The same pass
 * notes a few characters outside words (`signs`).
 *
 * A pass of its own rather than a general word pass: cutting out and lower-casing every word of an
 * ad cost more than this whole scan (a word pass measured 15–20 µs per ad, this one ~8 µs).
 *
 * Runs are read from the lower-cased twin of the text (lowerTwinText: same offsets). A text without
 * a twin ("İ", "ſ", "Σ") lowercases each run on its own; no listed word holds those letters.
 */
import { lowerTwinText } from './scan.js';
import { RecentTexts } from './text-memo.js';

/** A registered word list: `bit` marks its words in `VocabHits.masks`. */
export interface Vocabulary {
  readonly bit: number;
}

/** The runs of a text that are listed words, in text order. */
export interface VocabHits {
  /** SIGN_* bits: characters outside words that some extractor needs to know about. */
  signs: number;
  count: number;
  starts: number[];
  ends: number[];
  /** The run lowercased (equal to the listed word). */
  words: string[];
  /** Bits of the vocabularies that list the word. */
  masks: number[];
  /** Starts of the runs that may begin as a watched beginning does (see watchRunStarts), in text order. */
  runStarts: number[];
}

/** The text holds an "@". */
export const SIGN_AT = 1;
/** The text holds the code unit U+D83C (first half of flag letters and many other emoji). */
export const SIGN_D83C = 2;

// Union of all lists by run hash (see hashStep), each word with its vocabulary bits, plus a
// Bloom-style filter on the same hash (FILTER_BITS bits), which the scan computes as it reads the
// run: a run is looked up only when its bit is set, i.e. almost only when it is a listed word. A
// run that passes the filter is compared in place with the few words of its hash, and a hit
// reports the listed string, so no run of a text with a twin is cut out just to be looked up.
interface Member {
  word: string;
  mask: number;
}
const BY_HASH = new Map<number, Member[]>();
const FILTER_BITS = 1 << 16;
const filter = new Uint32Array(FILTER_BITS >>> 5);
let vocabularies = 0;

/** One step of the run hash, per code unit (the scan inlines the same arithmetic). */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
function filterBit(h: number): number {
  return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
}
/** Whether the filter may hold the run whose hash is `h`. */
function mayBeListed(h: number): boolean {
  const bit = filterBit(h);
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

// Slots of the first two code units, for the prefixes.
const FILTER_SLOTS = 4096;
function slotOf(c0: number, c1: number): number {
  return (c0 * 31 + c1) & (FILTER_SLOTS - 1);
}

const LETTERS = /^\p{L}+$/u;

// Prefixes: a run longer than a listed prefix that starts with it is a hit too. PREFIX_SLOT marks
// the filter slots of their first two code units, so that few runs are tried; START_SLOT marks
// those of the watched run beginnings (see watchRunStarts).
const PREFIXES: { prefix: string; bit: number }[] = [];
const PREFIX_SLOT = 1;
const START_SLOT = 2;
const slotFlags = new Uint8Array(FILTER_SLOTS);

function checkWord(word: string): void {
  if (!LETTERS.test(word) || word !== word.toLowerCase())
    throw new Error(`a vocabulary word must be lower-case letters: ${word}`);
}

/**
 * Registers a list of lower-case words (each a run of letters), and optionally of prefixes (a
 * longer run that starts with one is a hit too), and returns its handle. Lists are registered
 * when their module loads, before any text is read.
 */
export function defineVocabulary(words: Iterable<string>, prefixes: readonly string[] = []): Vocabulary {
  if (vocabularies >= 31) throw new Error('too many vocabularies');
  const bit = 1 << vocabularies;
  vocabularies += 1;
  for (const word of words) {
    checkWord(word);
    const h = hashOf(word);
    const same = BY_HASH.get(h) ?? [];
    const member = same.find((m) => m.word === word);
    if (member) member.mask |= bit;
    else same.push({ word, mask: bit });
    BY_HASH.set(h, same);
    const b = filterBit(h);
    filter[b >>> 5]! |= 1 << (b & 31);
  }
  for (const prefix of prefixes) {
    checkWord(prefix);
    if (prefix.length < 2) throw new Error(`a vocabulary prefix needs two letters: ${prefix}`);
    PREFIXES.push({ prefix, bit });
    slotFlags[slotOf(prefix.charCodeAt(0), prefix.charCodeAt(1))]! |= PREFIX_SLOT;
  }
  // Results read before this list existed lack its words.
  recent.clear();
  return { bit };
}

/**
 * Asks every scan to list in `runStarts` the runs that begin with one of `beginnings`: lower-case
 * letters, one (a run of just that letter) or two (a longer run that starts with them). A filter
 * on the slot of the run's first two code units, which the scan computes anyway: every such run is
 * listed, and a few others may be (slots are shared). The phone scan finds the letter runs that may
 * be number words this way instead of another pass over the text.
 */
export function watchRunStarts(beginnings: Iterable<string>): void {
  for (const b of beginnings) {
    checkWord(b);
    if (b.length > 2) throw new Error(`a run beginning has one or two letters: ${b}`);
    slotFlags[slotOf(b.charCodeAt(0), b.length > 1 ? b.charCodeAt(1) : 0)]! |= START_SLOT;
  }
  recent.clear();
}

const LETTER = /^\p{L}$/u;
// Per BMP code unit: 1 a letter, 2 not, 0 not seen yet. Surrogates are decided per code point.
const bmpKind = new Uint8Array(0x10000);
const astralLetter = new Map<number, boolean>();

/** Code units of the letter at `i` of `s`, or 0 when it is not a letter (ASCII inline). */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let yes = astralLetter.get(cp);
      if (yes === undefined) {
        yes = LETTER.test(String.fromCodePoint(cp));
        astralLetter.set(cp, yes);
      }
      return yes ? 2 : 0;
    }
  }
  let k = bmpKind[c]!;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    bmpKind[c] = k;
  }
  return k === 1 ? 1 : 0;
}

function scan(text: string): VocabHits {
  const twin = lowerTwinText(text);
  const hay = twin ?? text;
  const hits: VocabHits = { signs: 0, count: 0, starts: [], ends: [], words: [], masks: [], runStarts: [] };
  const n = hay.length;
  let signs = 0;
  let i = 0;
  while (i < n) {
    const c = hay.charCodeAt(i);
    let first: number;
    if (c < 128) {
      // ASCII: a letter (upper case only without a twin) or a character outside words.
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) first = 1;
      else {
        if (c === 64) signs |= SIGN_AT;
        i += 1;
        continue;
      }
    } else {
      first = letterWidth(hay, i);
      if (first === 0) {
        if (c === 0xd83c) signs |= SIGN_D83C;
        i += 1;
        continue;
      }
    }
    const start = i;
    // The run hash of the twin (see hashStep), over every code unit of the run.
    let h = first === 1 ? c : hashStep(c, hay.charCodeAt(i + 1));
    i += first;
    while (i < n) {
      const d = hay.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        h = (Math.imul(h, 31) + d) | 0;
        i += 1;
      } else {
        const w = d < 128 ? (d >= 65 && d <= 90 ? 1 : 0) : letterWidth(hay, i);
        if (w === 0) break;
        h = hashStep(h, d);
        if (w === 2) h = hashStep(h, hay.charCodeAt(i + 1));
        i += w;
      }
    }
    if (twin !== null) {
      const listed = mayBeListed(h);
      const slot = slotOf(c, i - start > 1 ? hay.charCodeAt(start + 1) : 0);
      const flags = slotFlags[slot]!;
      if ((flags & START_SLOT) !== 0) hits.runStarts.push(start);
      if (listed || (flags & PREFIX_SLOT) !== 0)
        record(hits, hay, start, i, start, i, listed ? h : null, flags);
    } else {
      let word = hay.slice(start, i).toLowerCase();
      // The Turkish capital İ lowers to "i" and a combining dot ("İngilizce", "İstanbul"): the
      // listed words hold the bare "i". Only a run that grew when lowered can hold it.
      if (word.length !== i - start) word = word.replace(/i\u0307/gu, 'i');
      const slot = slotOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
      const flags = slotFlags[slot]!;
      if ((flags & START_SLOT) !== 0) hits.runStarts.push(start);
      const h = hashOf(word);
      const listed = mayBeListed(h);
      if (listed || (flags & PREFIX_SLOT) !== 0)
        record(hits, word, 0, word.length, start, i, listed ? h : null, flags);
    }
  }
  hits.signs = signs;
  return hits;
}

/**
 * Records the run at [start, end) of the text when it is a listed word or longer than a listed
 * prefix it starts with. `run` holds the run lower-cased at [from, to): the twin itself (from =
 * start), or, for a text without a twin, the run cut out and lower-cased on its own (from = 0; its
 * length may differ). `hash`: the run's hash when it passed the filter, else null.
 */
function record(
  hits: VocabHits,
  run: string,
  from: number,
  to: number,
  start: number,
  end: number,
  hash: number | null,
  flags: number,
): void {
  const length = to - from;
  let mask = 0;
  let word: string | null = null;
  if (hash !== null) {
    const same = BY_HASH.get(hash);
    if (same !== undefined)
      for (const m of same)
        if (m.word.length === length && run.startsWith(m.word, from)) {
          mask = m.mask;
          word = m.word;
          break;
        }
  }
  if ((flags & PREFIX_SLOT) !== 0)
    for (const p of PREFIXES) if (length > p.prefix.length && run.startsWith(p.prefix, from)) mask |= p.bit;
  if (mask === 0) return;
  hits.starts.push(start);
  hits.ends.push(end);
  hits.words.push(word ?? run.slice(from, to));
  hits.masks.push(mask);
  hits.count += 1;
}

// Facts, detectors and field normalisers read the same texts of a batch of ads one after the other.
const recent = new RecentTexts<VocabHits>();

/** The letter runs of `text` that are words of a registered vocabulary (computed once per text). */
export function vocabHitsOf(text: string): VocabHits {
  return recent.get(text) ?? recent.keep(text, scan(text));
}
