import { branches, registerPrefixes, startPrefixes, wordPrefixes } from './prefix-gate.js';

/**
 * Term patterns (`compileTerms`). A term pattern is one global regex, `(?:a|b|...)` followed by an
 * end guard; the start guard is checked by hand (`wordCharBefore`). Each alternative is also kept
 * on its own, with the literal prefixes it needs (see prefix-gate), so that term-scan.ts can try
 * it only where it may match.
 */

/** A letter, digit or underscore in any script (Danish æøå included). */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** One alternative of a term pattern, with what a match of it needs. */
export interface Alternative {
  /** Index of its pattern in `registeredTerms()`. */
  pattern: number;
  /** Index among its pattern's alternatives. */
  local: number;
  /** Its source with the end guard, lowercased when the pattern ignores case. */
  source: string;
  /** The sticky regex of `source`, compiled on first use. */
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
}

const termsByPattern = new WeakMap<RegExp, Terms>();
const patterns: Terms[] = [];

/** Term source to regex source: a space matches any run of spaces, hyphens, dashes or "_". */
function termSource(alternative: string): string {
  return alternative.replace(/ /g, '[\\s\\-–—_]+').replace(/'/g, "['’]");
}

/**
 * Compiles alternatives into one global, Unicode regex with word guards on both ends. A space in
 * an alternative matches any run of spaces, hyphens or dashes ("new-in-town", "ny  i byen").
 * Pass `caseSensitive` for acronyms ("BB") whose lowercase forms are ordinary words or chat slang.
 */
export function compileTerms(
  alternatives: readonly string[],
  options: { caseSensitive?: boolean } = {},
): RegExp {
  const caseless = options.caseSensitive !== true;
  const body = alternatives.map(termSource).join('|');
  // The start guard is checked in `matchesIn`, not as a lookbehind: a leading lookbehind keeps
  // the regexp engine from skipping quickly to candidate first characters, and costs ~5x.
  const pattern = new RegExp(`(?:${body})(?!${WORD_CHAR})`, caseless ? 'giu' : 'gu');
  const index = patterns.length;
  // "a|b" given as one alternative is two alternatives, in the same order.
  const own = alternatives
    .flatMap((a) => branches(a))
    .map((part, local): Alternative => {
      const starts = startPrefixes(part);
      const source = `(?:${termSource(part)})(?!${WORD_CHAR})`;
      return {
        pattern: index,
        local,
        source: caseless ? lowercaseSource(source) : source,
        sticky: null,
        starts: starts === null ? null : [...new Set(registerPrefixes(starts))],
        gate: wordPrefixes(part).map((group) => [...new Set(registerPrefixes(group))]),
      };
    });
  const terms: Terms = { index, alternatives: own, anchored: own.every((a) => a.starts !== null) };
  patterns.push(terms);
  termsByPattern.set(pattern, terms);
  return pattern;
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
  }
  return twin;
}
