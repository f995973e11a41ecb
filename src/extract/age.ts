import { charBeforeIs, codePointClass, isRegexSpace } from './scan.js';

export { isRegexSpace } from './scan.js';

/** A stated age and where it was found. */
export interface AgeMatch {
  age: number;
  start: number;
  end: number;
}

const MIN_AGE = 18;
const MAX_AGE = 99;

// Ordered from the most explicit wording to the weakest; the number is always capture group 1.
// Each pattern is written so that it starts with its digits or words, not with a lookbehind: a
// leading lookbehind is tried at every position of the text. The lookbehinds are moved after the
// digits (`(\d{2})(?<=X\d{2})` matches where `(?<=X)(\d{2})` does) or, for the word pattern,
// checked by hand (`notAfter`, see scan.ts).
const PATTERNS: { re: RegExp; notAfter?: RegExp }[] = [
  // (?<!\d)(\d{2})...: the digit before is checked after the two digits.
  // "19 år", "19-årig(e)", "19-åring", "19-year-old"; "ani" (Romanian), "anni" (Italian), "lat" (Polish).
  {
    re: /(\d{2})(?<!\d\d\d)(?:\s?|-\s?)(?:år|års|aar|årig|årige|åring|aarig|aarige|years?|yrs?|y\.o\.?|yo|jahre|ans|años|anos|anni|ani|lat)(?![\p{L}])/giu,
  },
  {
    re: /(?:age|alder|aged|i am|i'm|im|jeg er|er|hun er|she is)\s*:?\s*(\d{2})(?![\d\p{L}]|\s?(?:kr|dkk|min|cm|kg|%|€))/giu,
    notAfter: /^[\p{L}]$/iu,
  },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+\s?\(\d{2})(?=\))/gu },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+,\s?\d{2})(?=\s?(?:[,.–—-]|$|\s(?!\d)))/gmu },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+\s\d{2})(?=\s?(?:[,–—-]|$|\s(?![\d-]|kr|min|dkk|timer?|hours?|%)))/gmu },
  // "sød dansk pige, 19", "kvinde på 48", "lady, 52": a word for the person, lower case too.
  {
    re: /(\d{2})(?<=(?<![\p{L}])(?:pige|pigen|kvinde|kvinden|dame|damen|tøs|milf|mor|girl|lady|woman|babe|escort)(?:,\s?|\s(?:på\s|of\s|aged\s)?)\d{2})(?=\s?(?:[,.!–—-]|$|\s(?![\d-]|kr|min|dkk|timer?|hours?|%)))/gimu,
  },
];

// A cheap necessary condition per pattern, at the digits: a character the pattern must find right
// after or before them. Most numbers of an ad (prices, hours) fail it and skip the regex.
// Letters an age word of PATTERNS[0] starts with, as /iu reads them (case folding included).
const AGE_WORD_START = codePointClass(/^[åayjl]$/iu);
const MAY_MATCH_AT: ((text: string, start: number) => boolean)[] = [
  // "25 år", "25years", "19-årig": the word right after the digits or after one space or hyphen.
  (text, start) => {
    let at = start + 2;
    if (text.charCodeAt(at) === 45) at++;
    return (
      AGE_WORD_START(text, at) > 0 || (isRegexSpace(text.charCodeAt(at)) && AGE_WORD_START(text, at + 1) > 0)
    );
  },
  // The keyword pattern checks its keyword itself (keywordMatchAt).
  () => true,
  // "Mia (25)"
  (text, start) => text.charCodeAt(start - 1) === 40 && text.charCodeAt(start + 2) === 41,
  // "Mia, 25" / "Mia,25"
  (text, start) =>
    text.charCodeAt(start - 1) === 44 ||
    (isRegexSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === 44),
  // "Mia 25": a space, and before it a lower-case letter (a-z, or any non-ASCII code unit).
  (text, start) => isRegexSpace(text.charCodeAt(start - 1)) && mayBeLowerBefore(text.charCodeAt(start - 2)),
  // "pige, 19", "kvinde på 48": a comma or a space before.
  (text, start) => text.charCodeAt(start - 1) === 44 || isRegexSpace(text.charCodeAt(start - 1)),
];

/**
 * Words before "NN år/years" that make it a span of time or someone else's age, not the person's:
 * "massør i 19 år", "for 18 years", "kun kunder over 18 år", "de sidste 20 år".
 */
const NOT_AGE_BEFORE_YEARS = new Set(
  (
    'i in for since siden over under efter after fra from above min minimum mindst least than end ' +
    'ca about omkring cirka næsten almost nearly de the sidste last seneste past hele whole'
  ).split(' '),
);
/** After "NN år/years": experience, not age ("25 års erfaring", "20 years of experience"). */
const EXPERIENCE_AFTER =
  /^\s?[\p{L}.]+\s+(?:of\s+|med\s+)?(?:erfaring|experience|i branchen|in the business)/iu;
/**
 * After "NN-årige"/"NN-year-old": a word for clients or family, so the age is theirs, not the
 * person's ("19-årig kunde", "18-årige danske mænd", "min 19-årige søn", "18 year old guys").
 */
const SOMEONE_ELSE_AFTER =
  /^[\s-]?(?:årige?|aarige?|years?[\s-]old)\s+(?:\p{L}+\s+)?(?:kunder?|mænd|mand|herrer|gutter|fyre|drenge|søn|sønner|datter|døtre|barn|børn|clients?|customers?|men|guys|gentlemen|boys|sons?|daughters?|kids?|children)(?![\p{L}])/iu;
/**
 * Capitalised words before "Word NN" that are not a name: days, months and times of day ("Fri
 * 18-23", "Lør 18", "Kl 18"), and words of opening hours.
 */
const NOT_A_NAME = new Set(
  (
    'man mandag tir tirs tirsdag ons onsdag tor tors torsdag fre fredag lør lørdag søn søndag ' +
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'jan januar january feb februar february mar marts march apr april maj may jun juni june jul juli july ' +
    'aug august sep sept september okt oktober oct october nov november dec december ' +
    'kl klokken fra from til to until open åben åbent abent daily dagligt hverdage weekdays weekend weekends ' +
    'tel tlf telefon phone nr no str size cup bh'
  ).split(' '),
);

/** The word right before `at` (spaces and one comma or colon skipped), lower case. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (
    end > 0 &&
    (isRegexSpace(text.charCodeAt(end - 1)) || text[end - 1] === ',' || text[end - 1] === ':')
  )
    end--;
  if (end > 0 && text[end - 1] === '.') end--; // "Kl. 18"
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Whether the number at `start` continues as a range ("18-23", "18 – 22"): hours, not an age. */
function startsRange(text: string, start: number): boolean {
  return /^\d{2}\s?[-–—]\s?\d/u.test(text.slice(start, start + 7));
}

/** Whether the number at `start` begins a compound word ("Også 18-årige kunder"): not a name's age. */
function startsCompound(text: string, start: number): boolean {
  return text.charCodeAt(start + 2) === 45 && /^\p{L}/u.test(text.slice(start + 3, start + 5));
}

/** Whether the number at `start` ends a range ("kunder 30-60 år"): an age span, not one age. */
function endsRange(text: string, start: number): boolean {
  return /\d\s?[-–—]\s?$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** Whether a match of pattern `index` at `start` is a time span, a range or a day, not an age. */
function notAnAge(index: number, text: string, start: number): boolean {
  if (index === 0)
    return (
      NOT_AGE_BEFORE_YEARS.has(wordBefore(text, start)) ||
      endsRange(text, start) ||
      EXPERIENCE_AFTER.test(text.slice(start + 2, start + 40)) ||
      SOMEONE_ELSE_AFTER.test(text.slice(start + 2, start + 48))
    );
  if (index >= 2 && (startsRange(text, start) || startsCompound(text, start))) return true;
  // "Fri 18", "Kl. 18": a day or a time word, not a name ("Sun, 45" with a comma is a name).
  return index === 4 && NOT_A_NAME.has(wordBefore(text, start));
}

function mayBeLowerBefore(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 128;
}

/*
 * Every match of every pattern captures a standalone two-digit number (no digit before or after),
 * and what a pattern matches before its digits (a keyword and a gap) holds no digit, so matches of
 * one pattern never overlap and each belongs to one such number. findAges therefore runs each
 * pattern as a sticky test at the few numbers of a text that could be an age, instead of scanning
 * the whole text five times: the patterns that start with their digits at the number itself, the
 * keyword pattern at each place its keyword could start.
 */
const STICKY = PATTERNS.map(({ re, notAfter }, index) => ({
  re: new RegExp(re.source, re.flags.replace('g', '') + 'y'),
  notAfter,
  mayMatchAt: MAY_MATCH_AT[index]!,
}));
// Keyword lengths of PATTERNS[1] ("im", "er" … "jeg er", "hun er", "she is"), in UTF-16 units.
const MIN_KEYWORD = 2;
const MAX_KEYWORD = 6;
const TWO_DIGITS = /\d\d/g;

/** Stated ages (18..99) in free text, most explicit first; phone-number digits are not ages. */
export function findAges(text: string, exclude: readonly { start: number; end: number }[] = []): AgeMatch[] {
  const out: AgeMatch[] = [];
  const candidates = ageCandidates(text, exclude);
  if (candidates.length === 0) return out;
  STICKY.forEach(({ re, notAfter, mayMatchAt }, index) => {
    for (const start of candidates) {
      if (!mayMatchAt(text, start) || foundAt(out, start)) continue;
      const matched = notAfter ? keywordMatchAt(re, notAfter, text, start) : stickyTest(re, text, start);
      if (matched && !notAnAge(index, text, start))
        out.push({ age: twoDigitValue(text, start), start, end: start + 2 });
    }
  });
  return out;
}

function foundAt(found: readonly AgeMatch[], start: number): boolean {
  for (const f of found) if (f.start === start) return true;
  return false;
}

/** Starts of the standalone two-digit numbers of `text` that are ages (18..99) and not excluded. */
function ageCandidates(text: string, exclude: readonly { start: number; end: number }[]): number[] {
  const starts: number[] = [];
  TWO_DIGITS.lastIndex = 0;
  // `test` on a global pattern advances lastIndex without building a match array.
  while (TWO_DIGITS.test(text)) {
    const end = TWO_DIGITS.lastIndex;
    const start = end - 2;
    if (isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(end))) continue;
    const age = twoDigitValue(text, start);
    if (age < MIN_AGE || age > MAX_AGE) continue;
    if (overlapsAny(exclude, start, end)) continue;
    starts.push(start);
  }
  return starts;
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const x of spans) if (start < x.end && end > x.start) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function twoDigitValue(text: string, start: number): number {
  return (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
}

const KEYWORD_END = codePointClass(/^[erdms]$/iu);

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Whether the keyword pattern matches with its digits at `digits`. Its keyword ends in a letter
 * and the gap `\s*:?\s*` holds no letter, so the keyword ends where the gap, read backwards from
 * the digits, ends; it can only start MIN_KEYWORD..MAX_KEYWORD units before that.
 */
function keywordMatchAt(re: RegExp, notAfter: RegExp, text: string, digits: number): boolean {
  let gap = digits;
  let colon = false;
  for (;;) {
    const c = text.charCodeAt(gap - 1);
    if (c === 58 && !colon) colon = true;
    else if (!isRegexSpace(c)) break;
    gap--;
  }
  // Every keyword ends in one of these letters (as /iu reads them): most gaps end in another.
  if (KEYWORD_END(text, gap - 1) === 0) return false;
  for (let at = Math.max(0, gap - MAX_KEYWORD); at <= gap - MIN_KEYWORD; at++) {
    // A match from here whose digits are not these belongs to another number.
    if (stickyTest(re, text, at) && re.lastIndex === digits + 2 && !charBeforeIs(text, at, notAfter))
      return true;
  }
  return false;
}

/** The age in a structured `age` field ("19", "19 år", 19), or null. */
export function parseAgeField(value: string | number | null | undefined): AgeMatch | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  const m = /(?<!\d)(\d{2})(?!\d)/.exec(s);
  if (!m) return null;
  const age = Number(m[1]);
  if (age < MIN_AGE || age > MAX_AGE) return null;
  return { age, start: m.index, end: m.index + 2 };
}
