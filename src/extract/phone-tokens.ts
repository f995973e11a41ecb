/**
 * De-obfuscation for phone numbers: turns text into runs of digit groups, keeping offsets into the
 * original text. Digits may be written as words (English and Danish), mixed with digits ("2two",
 * "5NINE"), as letters O/o and l/I inside digit runs, and separated by any punctuation. Prices,
 * dates, "24/7" and opening hours after a day word are masked so they never join a number.
 */

import { maskSpans } from './phone-masks.js';
import { mayStartNumberWord, wordDigits, type WordKind } from './phone-words.js';

/** A maximal sequence of digit-like tokens with no separator between them. */
export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** A "+" directly (or after spaces) before the group. */
  plus: boolean;
  plusStart: number;
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

/*
 * The scanner below is a hand-written equivalent of the sticky regex
 *   /(\+)|(th[o0]usand)|(\d)|(\p{L}+)|([ \t\u00a0.\-\u2010-\u2015_/\\*~·•,;!?@#|()[\]{}'"`=^&%’‘“”´<>]+)|([\s\S])/uy
 * run token by token (that regex, with its match arrays, was the single hottest spot of prepareAd).
 */
const SEP_CLASS = /^[ \t\u00a0.\-\u2010-\u2015_/\\*~·•,;!?@#|()[\]{}'"`=^&%’‘“”´<>]$/u;
// Every separator is below U+2100, so the table covers exactly the code units that can be one.
const SEP = new Uint8Array(0x2100);
for (let c = 0; c < SEP.length; c++) if (SEP_CLASS.test(String.fromCharCode(c))) SEP[c] = 1;
const LETTER = /^\p{L}$/u;
// \p{L} per BMP code unit, filled on first sight: 1 letter, 2 not a letter.
const bmpLetter = new Uint8Array(0x10000);

/** Length in code units of the letter code point at `i`, or 0 when there is none. */
function letterLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpLetter[c]!;
  if (k === 0) {
    k = LETTER.test(text[i]!) ? 1 : 2;
    bmpLetter[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/** End of the letter run that starts at `i` (ASCII letters inline, others through letterLen). */
function letterRunEnd(text: string, i: number): number {
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

function isThousandAt(text: string, i: number): boolean {
  const o = text.charCodeAt(i + 2);
  return text.startsWith('th', i) && (o === 111 || o === 48) && text.startsWith('usand', i + 3);
}

// One shared token for every break: the fields of a break are never read, only its kind.
const BREAK: OtherToken = { kind: 'break', start: -1, end: -1, text: '' };

/** Appends a break, folding it into a break or separator before it (see rawTokens). */
function pushBreak(out: Token[]): void {
  if (out.length > 0 && out[out.length - 1]!.kind === 'sep') out.pop();
  if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK);
}

/**
 * Tokens of `text`, with prose folded away: a separator next to a break (or at the start) and a
 * break right after a break change nothing downstream (a break ends the run, and neighbour and
 * compound checks never look through one), so they are dropped and a sentence of words costs one
 * token instead of two per word. (No closures here: tsx wraps each named one in a costly `__name`.)
 */
function rawTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
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
    } else if (c < SEP.length && SEP[c] === 1) {
      let j = i + 1;
      while (j < n && SEP[text.charCodeAt(j)] === 1) j++;
      const last = out[out.length - 1];
      if (last !== undefined && last !== BREAK)
        out.push({ kind: 'sep', start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else {
      pushBreak(out);
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
  }
  return out;
}

function wordToken(text: string, start: number, end: number): Token {
  // Most words of an ad cannot be numbers; for ASCII letters that is known before lowercasing.
  const a = text.charCodeAt(start);
  if (end - start === 1) {
    const l = a | 32;
    if (a < 128 && l !== 111 && l !== 108 && l !== 105) return BREAK; // only "o", "l", "i" count alone
  } else {
    const b = text.charCodeAt(start + 1);
    if (a < 128 && b < 128 && !mayStartNumberWord(a, b)) return BREAK;
  }
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (/^o+$/.test(lower)) return { kind: 'num', digits: '0'.repeat(lower.length), start, end, word: 'o' };
  if (lower === 'l' || lower === 'i') return { kind: 'num', digits: '1', start, end, word: 'l' };
  if (lower === 'og') return { kind: 'og', start, end, text: word };
  const d = wordDigits(lower);
  if (d) return { kind: 'num', digits: d.digits, start, end, word: d.kind };
  return BREAK;
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
 * returns no runs when none could reach that many digits: masks only ever turn digits into breaks,
 * so if no unmasked run is long enough no masked one is, and the seven mask regexes are skipped.
 */
export function tokenizeDigits(text: string, minDigits = 0): DigitGroup[][] {
  let tokens = rawTokens(text);
  // Compounds and word validation only concern number words; most texts have plain digits only.
  if (tokens.some((t) => t.kind === 'num' && t.word !== null)) {
    tokens = mergeCompounds(tokens);
    validateWords(tokens);
  }
  if (minDigits > 0 && maxRunDigits(tokens) < minDigits) return [];
  return buildRuns(tokens, maskSpans(text));
}

function buildRuns(tokens: readonly Token[], masks: readonly [number, number][]): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let group: DigitGroup | null = null;
  let plusAt = -1;
  for (const t of tokens) {
    let kind = t.kind;
    if (masks.length > 0 && kind === 'num' && masks.some(([s, e]) => t.start < e && t.end > s))
      kind = 'break';
    if (kind === 'num') {
      const n = t as NumToken;
      if (group) {
        group.digits += n.digits;
        group.end = n.end;
      } else {
        group = { digits: n.digits, start: n.start, end: n.end, plus: plusAt >= 0, plusStart: plusAt };
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
