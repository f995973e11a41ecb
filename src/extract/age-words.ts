/**
 * Ages written in number words: "I'm twenty-nine", "twenty five years old", "Nina, twenty-five,",
 * "jeg er femogtyve år", "ich bin fünfundzwanzig Jahre". A number word is read as an age only
 * where a digit would be by age.ts's safest patterns: after "I'm"/"jeg er"/"age", before a word
 * for years, or closed by commas after a name. Spelled-out numbers are as often minutes, counts
 * and years of work ("twenty minutes from", "for tyve år"), so the same guards apply, and only
 * 18..69: "seventy" and up are no ages of ads.
 */

import {
  NEVER_A_NAME,
  NOT_AGE_BEFORE_YEARS,
  NOT_A_NAME,
  PERSON_NOUN,
  STREET_NAME,
  UNIT_AFTER,
  skipGapBefore,
  wordBefore,
  yearsOfSomethingElse,
} from './age-guards.js';
import type { AgeMatch } from './age.js';
import { isRegexSpace } from './scan.js';
import { defineVocabulary, vocabHitsOf } from './vocab-scan.js';

const MIN_AGE = 18;
const MAX_AGE = 69;

const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DA_UNITS = ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni'];
const DE_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const EN_TENS: [string, number][] = [
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
];
// Danish counts in scores: "halvtreds" is short for "halvtredsindstyve" (2½ × 20).
const DA_TENS: [string, number][] = [
  ['tyve', 20],
  ['tredive', 30],
  ['fyrre', 40],
  ['fyrretyve', 40],
  ['halvtreds', 50],
  ['halvtredsindstyve', 50],
  ['treds', 60],
  ['tresindstyve', 60],
];
const DE_TENS: [string, number][] = [
  ['zwanzig', 20],
  ['dreißig', 30],
  ['dreissig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
];

// Polish writes the tens and the unit as two words ("dwadzieścia pięć lat"), the teens as one
// ("mam dziewiętnaście lat"); the spellings without diacritics too, as some keyboards type them.
const PL_UNITS = ['jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const PL_UNITS_PLAIN = ['jeden', 'dwa', 'trzy', 'cztery', 'piec', 'szesc', 'siedem', 'osiem', 'dziewiec'];
const PL_TENS: [string, number][] = [
  ['dwadzieścia', 20],
  ['dwadziescia', 20],
  ['trzydzieści', 30],
  ['trzydziesci', 30],
  ['czterdzieści', 40],
  ['czterdziesci', 40],
  ['pięćdziesiąt', 50],
  ['piecdziesiat', 50],
  ['sześćdziesiąt', 60],
  ['szescdziesiat', 60],
];

/** Every word that is a number of 18..69 on its own, with its value: "twenty", "femogtyve". */
const VALUE = new Map<string, number>([
  ['eighteen', 18],
  ['nineteen', 19],
  ['atten', 18],
  ['nitten', 19],
  ['achtzehn', 18],
  ['neunzehn', 19],
  ['osiemnaście', 18],
  ['osiemnascie', 18],
  ['dziewiętnaście', 19],
  ['dziewietnascie', 19],
]);
for (const [tens, n] of PL_TENS) VALUE.set(tens, n);
for (const [tens, n] of EN_TENS) {
  VALUE.set(tens, n);
  EN_UNITS.forEach((u, i) => VALUE.set(tens + u, n + i + 1));
}
for (const [tens, n] of DA_TENS) {
  VALUE.set(tens, n);
  DA_UNITS.forEach((u, i) => VALUE.set(`${u}og${tens}`, n + i + 1));
}
for (const [tens, n] of DE_TENS) {
  VALUE.set(tens, n);
  DE_UNITS.forEach((u, i) => VALUE.set(`${u}und${tens}`, n + i + 1));
}
// "twenty-five", "twenty five": a tens word and a unit word after it.
const EN_UNIT_VALUE = new Map(EN_UNITS.map((u, i) => [u, i + 1]));
// "dwadzieścia pięć": a Polish unit word after a tens word and a space.
const PL_UNIT_VALUE = new Map([
  ...PL_UNITS.map((u, i): [string, number] => [u, i + 1]),
  ...PL_UNITS_PLAIN.map((u, i): [string, number] => [u, i + 1]),
]);
const PL_TENS_WORDS = new Set(PL_TENS.map(([w]) => w));
// "fem og tyve": a unit word and "og" before a tens word.
const DA_UNIT_VALUE = new Map(DA_UNITS.map((u, i) => [u, i + 1]));
const EN_TENS_WORDS = new Set(EN_TENS.map(([w]) => w));
const DA_TENS_WORDS = new Set(DA_TENS.map(([w]) => w));

const AGE_WORDS = defineVocabulary(VALUE.keys());

/** Keywords before the age, as the words before it read backwards (last word first). */
// "just turned eighteen", "lige fyldt atten", "er lige blevet atten": the age she has just reached,
// as the digits read.
const KEYWORDS_ONE = new Set(['age', 'aged', 'alder', 'alter', 'im', 'turned', 'fyldt', 'blevet']);
const KEYWORDS_TWO = new Set(['am i', 'm i', 'er jeg', 'er hun', 'is she', 's she', 'bin ich']);
/** After a word for years: "år", "years (old)", "yrs", "y.o.", "Jahre", "-årig(e)", Polish "lat", "lata". */
const YEARS_AFTER =
  /^(?:\s|-)?(?:år|års|aar|årig|årige|åring|years?|yrs?|y\.o\.?|yo|jahre|lat|lata)(?![\p{L}])/iu;
/** Units a spelled-out number counts besides those of a digit one ("twenty minutes from"). */
const COUNT_AFTER =
  /^[\s-]?(?:minutter|minutters|mins?|minuten|meter|meters|metres|skridt|steps|gange|times|girls|piger|seven|syv|sieben)(?![\p{L}])/iu;
/** What may close an age after a name: punctuation, a dash, a bracket or the end. */
const CLOSES_AGE = /^\s?(?:[,!;)–—-]|\.(?!\d)|$)/u;
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{3,})$/u;
const RANGE_WORDS = new Set(['og', 'and', 'to', 'til', 'y', 'bis', 'und', 'or', 'eller']);

/**
 * Ages written in number words in free text, in text order; spans inside `exclude` (phone numbers,
 * "twentytwo 58 nine0 13") are skipped.
 */
export function findWordAges(
  text: string,
  exclude: readonly { start: number; end: number }[] = [],
): AgeMatch[] {
  const hits = vocabHitsOf(text);
  let out: AgeMatch[] | null = null;
  for (let h = 0; h < hits.count; h++) {
    if ((hits.masks[h]! & AGE_WORDS.bit) === 0) continue;
    const found = readAt(text, hits.words[h]!, hits.starts[h]!, hits.ends[h]!);
    if (found === null || found.age < MIN_AGE || found.age > MAX_AGE) continue;
    if (overlapsAny(exclude, found.start, found.end)) continue;
    if (!isStatedAge(text, found.start, found.end)) continue;
    (out ??= []).push(found);
  }
  return out ?? [];
}

/** The number that the word `word` at [start, end) is part of, with the unit before or after it. */
function readAt(text: string, word: string, start: number, end: number): AgeMatch | null {
  let age = VALUE.get(word)!;
  if (EN_TENS_WORDS.has(word) || PL_TENS_WORDS.has(word)) {
    // "twenty-five", "twenty five", "dwadzieścia pięć"
    const sep = text.charCodeAt(end);
    if (sep === 45 || sep === 32) {
      const unitEnd = letterRunEnd(text, end + 1);
      const units = EN_TENS_WORDS.has(word) ? EN_UNIT_VALUE : PL_UNIT_VALUE;
      const unit = units.get(text.slice(end + 1, unitEnd).toLowerCase());
      if (unit !== undefined) return { age: age + unit, start, end: unitEnd };
    }
  } else if (DA_TENS_WORDS.has(word) && text.slice(start - 4, start).toLowerCase() === ' og ') {
    // "fem og tyve"
    const unitStart = letterRunStart(text, start - 4);
    const unit = DA_UNIT_VALUE.get(text.slice(unitStart, start - 4).toLowerCase());
    if (unit !== undefined) {
      age += unit;
      start = unitStart;
    }
  }
  // The unit word of "twenty-five" read on its own, or a tens word inside a longer number.
  if (isLetterOrDigit(text.charCodeAt(start - 1)) || isLetterOrDigit(text.charCodeAt(end))) return null;
  return { age, start, end };
}

/** Whether the number at [start, end) is stated as the person's age (see the module comment). */
function isStatedAge(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (COUNT_AFTER.test(after) || UNIT_AFTER.test(after)) return false;
  if (YEARS_AFTER.test(after))
    return !(
      NOT_AGE_BEFORE_YEARS.has(wordBefore(text, start)) ||
      endsRange(text, start) ||
      yearsOfSomethingElse(text, start, end)
    );
  return (
    keywordBefore(text, start) ||
    (nameCommaBefore(text, start) && CLOSES_AGE.test(after)) ||
    (text.charCodeAt(end) === 41 && !unitAfterParen(text, end) && nameParenBefore(text, start))
  );
}

/**
 * "I'm", "I am", "jeg er", "she is", "age:", "alder" right before `start` (spaces and one colon
 * between); and "er" alone after a comma, where the subject of the clause before goes on ("Jeg
 * hedder Ulla, er otteogfyrre og bor i Holbæk").
 */
function keywordBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) === 58) i--;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  const last = lowerWordBefore(text, i);
  if (last === '') return false;
  if (KEYWORDS_ONE.has(last)) return true;
  let j = i - last.length;
  // "a warm Danish woman of forty-four", "en kvinde på otteogfyrre": a word for the person and
  // "of"/"på"/"aged", as the digits' patterns read "kvinde på 48".
  if (last === 'of' || last === 'på' || last === 'aged') {
    let k = j;
    while (k > 0 && isRegexSpace(text.charCodeAt(k - 1))) k--;
    if (PERSON_WORDS.has(lowerWordBefore(text, k))) return true;
  }
  if (last === 'er' && commaBefore(text, j)) return true;
  // "I'm", "I’m": the apostrophe joins the two words.
  const c = text.charCodeAt(j - 1);
  if (c === 39 || c === 0x2019) j--;
  else if (isRegexSpace(c)) while (j > 0 && isRegexSpace(text.charCodeAt(j - 1))) j--;
  else return false;
  return KEYWORDS_TWO.has(`${last} ${lowerWordBefore(text, j)}`);
}

/** Whether a comma ends right before `at`, spaces skipped. */
function commaBefore(text: string, at: number): boolean {
  while (at > 0 && isRegexSpace(text.charCodeAt(at - 1))) at--;
  return text.charCodeAt(at - 1) === 44;
}

// The words for the person, as the digits' patterns read them ("a German woman, 42").
const PERSON_WORDS = new Set(PERSON_NOUN.split('|'));

/**
 * "Nina, twenty-five": a name (capitalised, not a day, a unit or a street) and a comma before
 * `start`; or a word for the person and a comma, as "a German woman, forty-two," reads like "Anja,
 * 42,".
 */
function nameCommaBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 44) return false;
  return personOrNameBefore(text, skipGapBefore(text, i - 1));
}

/**
 * "Oksana (nineteen) and Vika (24)": a name, then the age word alone in brackets (the caller checks
 * the closing bracket), as the digits' "Anna (25)" reads.
 */
function nameParenBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 40) return false;
  let i = start - 1;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i < start - 1 && personOrNameBefore(text, i);
}

/** "Vejle (thirty) km away": a unit after the bracket makes the number a distance or a count. */
function unitAfterParen(text: string, end: number): boolean {
  const after = text.slice(end + 1, end + 49);
  return COUNT_AFTER.test(after) || UNIT_AFTER.test(after);
}

/** A word for the person or a capitalised name (not a day, a unit or a street) ending at `end`. */
function personOrNameBefore(text: string, end: number): boolean {
  const from = letterRunStart(text, end);
  const name = text.slice(from, end);
  if (PERSON_WORDS.has(name.toLowerCase())) return true;
  if (!NAME_WORD.test(name)) return false;
  const lower = name.toLowerCase();
  return !NEVER_A_NAME.has(lower) && !NOT_A_NAME.has(lower) && !STREET_NAME.test(lower);
}

/** "between twenty and thirty years", "20-30 years": the number ends a range. */
function endsRange(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (c === 45 || c === 0x2013 || c === 0x2014) i--;
  else {
    const word = lowerWordBefore(text, i);
    if (!RANGE_WORDS.has(word)) return false;
    i -= word.length;
  }
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (isDigit(text.charCodeAt(i - 1))) return true;
  const before = lowerWordBefore(text, i);
  return VALUE.has(before) || EN_UNIT_VALUE.has(before) || DA_UNIT_VALUE.has(before);
}

/** The run of letters that ends at `end`, lower case ("" when none). */
function lowerWordBefore(text: string, end: number): string {
  return text.slice(letterRunStart(text, end), end).toLowerCase();
}

function letterRunStart(text: string, end: number): number {
  while (end > 0 && isLetter(text.charCodeAt(end - 1))) end--;
  return end;
}

function letterRunEnd(text: string, start: number): number {
  while (start < text.length && isLetter(text.charCodeAt(start))) start++;
  return start;
}

// The words read here are Latin letters ("ü", "ß", "æ", "ø", "å" included); other scripts end a word.
function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterOrDigit(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const x of spans) if (start < x.end && end > x.start) return true;
  return false;
}
