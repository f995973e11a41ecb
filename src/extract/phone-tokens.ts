/**
 * De-obfuscation for phone numbers: turns text into runs of digit groups, keeping offsets into the
 * original text. Digits may be written as words (English and Danish), mixed with digits ("2two",
 * "5NINE"), as letters O/o and l/I inside digit runs, and separated by any punctuation. Prices,
 * dates, "24/7" and opening hours after a day word are masked so they never join a number.
 */

import { maskSpans } from './phone-masks.js';
import {
  isJoiningNewline,
  isSeparator,
  isThousandAt,
  letterLen,
  letterRunEnd,
  numberRegions,
  readWord,
} from './phone-scan.js';
import type { WordKind } from './phone-words.js';

/** A maximal sequence of digit-like tokens with no separator between them. */
export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** A "+" directly (or after spaces) before the group. */
  plus: boolean;
  plusStart: number;
  /** How many of `digits` were read from words or letters ("seks", "O"), not written as digits. */
  wordDigits: number;
  /** A lone "0" in brackets, "(0)": the trunk prefix that some write after a country code. */
  trunk: boolean;
}

interface NumToken {
  kind: 'num';
  digits: string;
  start: number;
  end: number;
  /** null for real digits. */
  word: WordKind | null;
}
interface OtherToken {
  kind: 'sep' | 'plus' | 'break' | 'og';
  start: number;
  end: number;
  text: string;
}
type Token = NumToken | OtherToken;

// One shared token for every break: the fields of a break are never read, only its kind.
const BREAK: OtherToken = { kind: 'break', start: -1, end: -1, text: '' };

/** Appends a break, folding it into a break or separator before it (see rawTokens). */
function pushBreak(out: Token[]): void {
  if (out.length > 0 && out[out.length - 1]!.kind === 'sep') out.pop();
  if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK);
}

/**
 * Tokens of `text[from, to)` (a region from numberRegions, or all of it), with prose folded away:
 * a separator next to a break (or at the start) and a break right after a break change nothing
 * downstream (a break ends the run, and neighbour and compound checks never look through one), so
 * they are dropped and a sentence of words costs one token instead of two per word. (No closures
 * here: tsx wraps each named one in a costly `__name`.)
 */
function rawTokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 43) {
      out.push({ kind: 'plus', start: i, end: i + 1, text: '+' });
      i += 1;
    } else if (c === 116 && isThousandAt(text, i)) {
      out.push({ kind: 'num', digits: '000', start: i, end: i + 8, word: 'mult' });
      i += 8;
    } else if (c >= 48 && c <= 57) {
      out.push({ kind: 'num', digits: text[i]!, start: i, end: i + 1, word: null });
      i += 1;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && letterLen(text, i) > 0)) {
      const j = letterRunEnd(text, i);
      const t = wordToken(text, i, j);
      if (t === BREAK) pushBreak(out);
      else out.push(t);
      i = j;
    } else if (isSeparator(c)) {
      let j = i + 1;
      while (j < to && isSeparator(text.charCodeAt(j))) j++;
      const last = out[out.length - 1];
      if (last !== undefined && last !== BREAK)
        out.push({ kind: 'sep', start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else if (c === 10 && isJoiningNewline(text, i)) {
      // A number over two lines after its label: the line break separates its groups like a space.
      const last = out[out.length - 1];
      if (last !== undefined && last !== BREAK) out.push({ kind: 'sep', start: i, end: i + 1, text: ' ' });
      i += 1;
    } else {
      pushBreak(out);
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
  }
  return out;
}

function wordToken(text: string, start: number, end: number): Token {
  const r = readWord(text, start, end);
  if (r === null) return BREAK;
  if (r.kind === 'og') return { kind: 'og', start, end, text: text.slice(start, end) };
  return { kind: 'num', digits: r.digits, start, end, word: r.kind };
}

function isNum(t: Token | undefined): t is NumToken {
  return t?.kind === 'num';
}

/** "twenty-six", "tyve-to" (tens, one separator char, unit) and "fem og tyve" become one token. */
function mergeCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s1 = tokens[i + 1];
    const t2 = tokens[i + 2];
    if (
      isNum(t) &&
      t.word === 'tens' &&
      s1?.kind === 'sep' &&
      /^[ -]$/.test(s1.text) &&
      isNum(t2) &&
      t2.word === 'unit' &&
      t2.digits !== '0'
    ) {
      out.push({ kind: 'num', digits: t.digits[0]! + t2.digits, start: t.start, end: t2.end, word: 'multi' });
      i += 2;
      continue;
    }
    const og = tokens[i + 2];
    const t4 = tokens[i + 4];
    if (
      isNum(t) &&
      t.word === 'unit' &&
      s1?.kind === 'sep' &&
      og?.kind === 'og' &&
      tokens[i + 3]?.kind === 'sep' &&
      isNum(t4) &&
      t4.word === 'tens'
    ) {
      out.push({ kind: 'num', digits: t4.digits[0]! + t.digits, start: t.start, end: t4.end, word: 'multi' });
      i += 4;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Neighbouring number token, looking past at most one separator. */
function neighbour(tokens: Token[], i: number, dir: 1 | -1): NumToken | null {
  const a = tokens[i + dir];
  if (isNum(a)) return a;
  if (a?.kind === 'sep') {
    const b = tokens[i + 2 * dir];
    if (isNum(b)) return b;
  }
  return null;
}

/**
 * Number words count only next to other numbers: a lone "to" or "en" in a Danish sentence is a word.
 * Letters O and l/I count only when touching a digit ("6O", "o6oo"), or O alone between numbers.
 */
function validateWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNum(t) || t.word === null) continue;
    const prevTouch = isNum(tokens[i - 1]) && (tokens[i - 1] as NumToken).word === null;
    const nextTouch = isNum(tokens[i + 1]) && (tokens[i + 1] as NumToken).word === null;
    let ok: boolean;
    if (t.word === 'l') ok = prevTouch || nextTouch;
    else if (t.word === 'o')
      ok = prevTouch || nextTouch || (neighbour(tokens, i, -1) !== null && neighbour(tokens, i, 1) !== null);
    else ok = neighbour(tokens, i, -1) !== null || neighbour(tokens, i, 1) !== null;
    if (!ok) tokens[i] = { kind: 'break', start: t.start, end: t.end, text: '' };
  }
}

/** Most digits in one run when nothing is masked (runs end at breaks and "og"). */
function maxRunDigits(tokens: readonly Token[]): number {
  let best = 0;
  let sum = 0;
  for (const t of tokens) {
    if (t.kind === 'num') sum += t.digits.length;
    else if (t.kind === 'break' || t.kind === 'og') sum = 0;
    if (sum > best) best = sum;
  }
  return best;
}

/**
 * Splits text into runs (separated by words and other breaks) of digit groups. With `minDigits`,
 * runs that cannot reach that many digits may be left out: only the regions of numberRegions are
 * read, a region is dropped when no run in it is long enough (masks only ever turn digits into
 * breaks, so a masked run is never longer), and the mask regexes run only when a region is kept,
 * and only those that may overlap one.
 */
export function tokenizeDigits(text: string, minDigits = 0): DigitGroup[][] {
  const regions = numberRegions(text, minDigits);
  if (regions.length === 0) return [];
  const kept: Token[][] = [];
  const near: number[] = [];
  for (let r = 0; r < regions.length; r += 2) {
    let tokens = rawTokens(text, regions[r]!, regions[r + 1]!);
    // Compounds and word validation only concern number words; most numbers have plain digits only.
    if (tokens.some((t) => t.kind === 'num' && t.word !== null)) {
      tokens = mergeCompounds(tokens);
      validateWords(tokens);
    }
    if (minDigits > 0 && maxRunDigits(tokens) < minDigits) continue;
    kept.push(tokens);
    near.push(regions[r]!, regions[r + 1]!);
  }
  if (kept.length === 0) return [];
  // Masks matter only where they overlap the tokens of a kept region.
  const masks = maskSpans(text, near);
  const runs: DigitGroup[][] = [];
  for (const tokens of kept) for (const run of buildRuns(tokens, masks)) runs.push(run);
  return runs;
}

/** Whether the number token at `k` is a "0" written alone in brackets: "+44 (0)7911", "00234 (0) 816". */
function isTrunkZero(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    t.kind === 'num' &&
    t.word === null &&
    t.digits === '0' &&
    before?.kind === 'sep' &&
    before.text.endsWith('(') &&
    after?.kind === 'sep' &&
    after.text.startsWith(')')
  );
}

function buildRuns(tokens: readonly Token[], masks: readonly [number, number][]): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let group: DigitGroup | null = null;
  let plusAt = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let kind = t.kind;
    if (masks.length > 0 && kind === 'num' && masks.some(([s, e]) => t.start < e && t.end > s))
      kind = 'break';
    if (kind === 'num') {
      const n = t as NumToken;
      const wordDigits = n.word === null ? 0 : n.digits.length;
      if (group) {
        group.digits += n.digits;
        group.end = n.end;
        group.wordDigits += wordDigits;
      } else {
        group = {
          digits: n.digits,
          start: n.start,
          end: n.end,
          plus: plusAt >= 0,
          plusStart: plusAt,
          wordDigits,
          trunk: isTrunkZero(tokens, k),
        };
        run.push(group);
        plusAt = -1;
      }
    } else if (kind === 'sep') {
      group = null;
      if (!/^[ \t\u00a0]+$/.test((t as OtherToken).text)) plusAt = -1;
    } else if (kind === 'plus') {
      group = null;
      plusAt = t.start;
    } else {
      // End of a run.
      if (run.length > 0) runs.push(run);
      run = [];
      group = null;
      plusAt = -1;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
