import { withoutDanishLetters } from '../../extract/danish-letters.js';
import { branches, registerPrefixes, startPrefixes, wordPrefixes } from './prefix-gate.js';

/**
 * Term patterns (`compileTerms`). A term pattern is one global regex, `(?:a|b|...)` followed by an
 * end guard; the start guard is checked by hand (`wordCharBefore`, or `letterBefore` for phrases).
 * Each alternative is also kept on its own, with the literal prefixes it needs (see prefix-gate),
 * so that term-scan.ts can try it only where it may match.
 */

/** A letter, digit or underscore in any script (Danish æøå included). */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** One alternative of a term pattern, with what a match of it needs. */
/**
 * A quote mark, for term patterns: around a word a client doubts ("her 'friend'") or one she did not
 * understand ("'stop'").
 */
export const QUOTE_MARK = '[\\u0027"‘’“”«»]';

export interface Alternative {
  /** Index of its pattern in `registeredTerms()`. */
  pattern: number;
  /** Index among its pattern's alternatives. */
  local: number;
  /** Its source with the end guard, lowercased when the pattern ignores case. */
  source: string;
  /**
   * `source` as a sticky regex for one offset, compiled on first use (see term-scan.ts). One regex
   * per alternative rather than one per pattern: a process compiles only the alternatives some
   * text gives a chance (about a third of them), which saves ~0.3 s at the start of each worker
   * and short-lived command; once compiled, either costs the same per text.
   */
  sticky: RegExp | null;
  /** Ids of the prefixes one of which a match begins with; null when its start is not literal. */
  starts: number[] | null;
  /** Prefix ids per top-level word: each word needs one of its prefixes at some word start. */
  gate: number[][];
}

/** A `compileTerms` pattern. */
export interface Terms {
  /** Index in `registeredTerms()`. */
  index: number;
  alternatives: Alternative[];
  /** Whether every alternative has literal starts (else the whole pattern runs over the text). */
  anchored: boolean;
  /** Phrases (see `TermOptions`): a match may start after anything but a letter. */
  letterGuard: boolean;
}

/** How `compileTerms` reads its alternatives. */
export interface TermOptions {
  /** For acronyms ("BB") whose lowercase forms are ordinary words or chat slang. */
  caseSensitive?: boolean;
  /**
   * `terms` (the default): no letter, digit or "_" may touch a match, and a space matches any run
   * of spaces, hyphens, dashes or "_" ("new-in-town", "ny  i byen"). `phrases`: only letters may
   * not touch a match ("18young" has "young"), and every character means itself, as in the
   * hand-written phrase lists of some detectors; each alternative must begin with a letter.
   */
  style?: 'terms' | 'phrases';
}

const termsByPattern = new WeakMap<RegExp, Terms>();
const patterns: Terms[] = [];

/**
 * Term source to regex source: a space matches any run of spaces, hyphens, dashes or "_", and an
 * optional space (" ?") any run or none ("chem sex", "chem-sex", "chemsex"): as a plain space it
 * became a run that was merely lazy, so the one-word form never matched.
 */
function termSource(alternative: string): string {
  return alternative.replace(/ \?/g, '[\\s\\-–—_]*').replace(/ /g, '[\\s\\-–—_]+').replace(/'/g, "['’]");
}

/**
 * Compiles alternatives into one global, Unicode regex with word guards on both ends (letter guards
 * for `phrases`, see `TermOptions`). With the default style a space in an alternative matches any
 * run of spaces, hyphens or dashes ("new-in-town", "ny  i byen").
 */
export function compileTerms(given: readonly string[], options: TermOptions = {}): RegExp {
  const caseless = options.caseSensitive !== true;
  // Danish as typed without æ, ø and å ("doegnet rundt", "paa", "graenser") matches too.
  const alternatives = given.map((a) => withTypedDanishLetters(a) ?? a);
  const phrases = options.style === 'phrases';
  const sourceOf = phrases ? (a: string): string => a : termSource;
  const endGuard = phrases ? '(?![\\p{L}])' : `(?!${WORD_CHAR})`;
  const body = alternatives.map(sourceOf).join('|');
  // The start guard is checked in `matchesIn`, not as a lookbehind: a leading lookbehind keeps
  // the regexp engine from skipping quickly to candidate first characters, and costs ~5x.
  const pattern = new RegExp(`(?:${body})${endGuard}`, caseless ? 'giu' : 'gu');
  const index = patterns.length;
  // "a|b" given as one alternative is two alternatives, in the same order.
  const own = alternatives
    .flatMap((a) => branches(a))
    .map((part, local): Alternative => {
      const starts = startPrefixes(part);
      // The prefix walk starts after digits only where a letter follows (see scanPrefixes).
      if (phrases && starts?.some((p) => !LETTER_RE.test(p.charAt(0))))
        throw new Error(`A phrase must begin with a letter: ${part}`);
      const source = `(?:${sourceOf(part)})${endGuard}`;
      return {
        pattern: index,
        local,
        source: caseless ? lowercaseSource(source) : source,
        sticky: null,
        starts: starts === null ? null : [...new Set(registerPrefixes(starts))],
        gate: wordPrefixes(part).map((group) => [...new Set(registerPrefixes(group))]),
      };
    });
  const terms: Terms = {
    index,
    alternatives: own,
    anchored: own.every((a) => a.starts !== null),
    letterGuard: phrases,
  };
  patterns.push(terms);
  termsByPattern.set(pattern, terms);
  return pattern;
}

/**
 * A regex source in which æ, ø and å also match as typed without them, ae, oe and aa (see
 * extract/danish-letters.ts): "døgnet" becomes "d(?:ø|oe)gnet". Null when it has none. In a
 * character class, where two letters cannot stand, the letter stays as it is.
 */
export function withTypedDanishLetters(source: string): string | null {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
    } else if (ch === '[') {
      let end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      out += source.slice(i, end + 1);
      i = end;
    } else {
      const typed = withoutDanishLetters(ch);
      out += typed === ch ? ch : `(?:${ch}|${typed})`;
    }
  }
  return out === source ? null : out;
}

/** The term patterns compiled so far, in order. */
export function registeredTerms(): readonly Terms[] {
  return patterns;
}

/** What is known of a pattern made by `compileTerms` (undefined for other patterns). */
export function termsOf(pattern: RegExp): Terms | undefined {
  return termsByPattern.get(pattern);
}

const WORD_CHAR_RE = /[\p{L}\p{N}_]/u;
const LETTER_RE = /^\p{L}$/u;

/** True when the character before `index` is a letter, digit or underscore (any script). */
export function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  const from = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR_RE.test(text.slice(from, index));
}

/** Letter answers by BMP code unit: 0 unknown, 1 a letter, 2 not. */
const letterCodes = new Uint8Array(0x10000);

/**
 * True when the code point that ends at `index` is a letter (any script): the start guard of
 * phrases, the same test as `charBeforeIs(text, index, /^\p{L}$/u)` in extract/scan.ts.
 */
export function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800)
    return LETTER_RE.test(text.slice(index - 2, index));
  let known = letterCodes[code]!;
  if (known === 0) {
    known = LETTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    letterCodes[code] = known;
  }
  return known === 1;
}

/**
 * The source of a case-insensitive pattern with its literal letters lowercased and escapes
 * (`\\p{Lu}`, `\\u0027`, `\\s`) kept, for running without the `i` flag over lowercased text:
 * about 2.5x faster for long alternations.
 */
export function lowercaseSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch !== '\\') {
      out += ch.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? '';
    if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      const close = source.indexOf('}', i);
      out += source.slice(i, close + 1);
      i = close;
    } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
      out += source.slice(i, i + 6);
      i += 5;
    } else {
      out += ch + next;
      i += 1;
    }
  }
  return out;
}

const lowerVariants = new WeakMap<RegExp, RegExp>();

/** The lowercase, flag-`i`-free twin of a case-insensitive pattern (itself when case-sensitive). */
export function lowerVariant(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i')) return pattern;
  let twin = lowerVariants.get(pattern);
  if (!twin) {
    twin = new RegExp(lowercaseSource(pattern.source), pattern.flags.replace('i', ''));
    lowerVariants.set(pattern, twin);
    // The twin of a term pattern is read like it (its guards, see `matchesIn`).
    const terms = termsOf(pattern);
    if (terms !== undefined) termsByPattern.set(twin, terms);
  }
  return twin;
}
