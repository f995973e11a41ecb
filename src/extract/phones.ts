import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { TextMemo } from './text-memo.js';
import { tokenizeDigits, type DigitGroup } from './phone-tokens.js';

export type { CountryCode };

/** A phone number found in text; `start`/`end` are offsets into the original text. */
export interface PhoneMatch {
  /** E.164, e.g. `+4522334455`. */
  e164: string;
  start: number;
  end: number;
  /** The original text of the number as written (possibly obfuscated). */
  raw: string;
}

// Phone numbers are 8 to 15 digits in E.164; shorter national numbers are too easily confused with
// prices, years and counts to be worth the risk (precision over recall: a wrong number links
// unrelated people).
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

// libphonenumber parsing is the expensive step; ads repeat numbers a lot, so results are cached.
const cache = new TextMemo<string | null>(20_000);

function validE164(digits: string, plus: boolean, country: CountryCode): string | null {
  const danish = danishE164(digits, plus, country);
  if (danish !== null) return danish;
  if (isOddLengthDanish(digits, plus)) return null;
  const key = `${plus ? '+' : ''}${digits}|${country}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: string | null = null;
  let input: string;
  let cc: CountryCode | undefined = country;
  if (plus) {
    input = `+${digits}`;
    cc = undefined;
  } else if (digits.startsWith('00')) {
    // 00 is the international prefix in most of Europe; read it as "+" whatever the default country.
    input = `+${digits.slice(2)}`;
    cc = undefined;
  } else {
    input = digits;
  }
  const parsed = parsePhoneNumberFromString(input, cc);
  if (
    parsed &&
    (parsed.isValid() ||
      looseDanish(parsed.countryCallingCode, parsed.nationalNumber) ||
      looseUkMobile(parsed.countryCallingCode, parsed.nationalNumber))
  ) {
    result = parsed.number;
  }
  return cache.keep(key, result);
}

/**
 * libphonenumber's metadata knows which Danish ranges are allocated, but ads (and test data) use
 * numbers from ranges it does not list yet. Danish subscriber numbers are exactly 8 digits and never
 * start with 0 or 1, a shape strict enough to accept on its own.
 */
function looseDanish(callingCode: string, national: string): boolean {
  return callingCode === '45' && /^[2-9]\d{7}$/.test(national);
}

/**
 * A UK mobile after +44: "7" and 9 more digits. libphonenumber rejects the ranges it lists as not
 * allocated (such as 07700 900xxx, which British ads and test data use), though the shape, written
 * with the country code, is a mobile number beyond doubt.
 */
function looseUkMobile(callingCode: string, national: string): boolean {
  return callingCode === '44' && /^7\d{9}$/.test(national);
}

/**
 * The answer libphonenumber gives for a Danish subscriber number, without asking it: 8 digits not
 * starting with 0 or 1, national (default country DK) or after +45 / 0045, are always accepted
 * (valid, or `looseDanish`) as +45 and the 8 digits. Most numbers in Danish ads take this path, and
 * parsing was the costliest step of phone extraction. Null: not that shape, ask libphonenumber.
 */
function danishE164(digits: string, plus: boolean, country: CountryCode): string | null {
  let national: string;
  if (digits.length === 8 && !plus && country === 'DK') national = digits;
  else if (digits.length === 10 && plus && digits.startsWith('45')) national = digits.slice(2);
  else if (digits.length === 12 && !plus && digits.startsWith('0045')) national = digits.slice(4);
  else return null;
  const first = national.charCodeAt(0);
  return first >= 50 && first <= 57 && ALL_DIGITS.test(national) ? `+45${national}` : null;
}

const ALL_DIGITS = /^\d+$/;

/**
 * +45 or 0045 followed by other than 8 digits: never a number, without asking libphonenumber (its
 * Danish numbers all have 8 digits, as looseDanish's). Every "+45 22 33 44 55" in an ad has such a
 * shorter prefix ("+45 22 33 44") among the spans bestPartition tries, each a new cache entry.
 */
function isOddLengthDanish(digits: string, plus: boolean): boolean {
  if (plus) return digits.length !== 10 && digits.startsWith('45');
  return digits.length !== 12 && digits.startsWith('0045');
}

const WORD_DIGIT_COST = 256;
/** What a sentence or list break inside a reading costs, in digits (see bestPartition). */
const BREAK_COST = 1.5;

interface Candidate {
  e164: string;
  first: number;
  last: number;
}

/**
 * Chooses non-overlapping runs of whole digit groups that form valid numbers, covering as many digits
 * as possible. Groups are never split, so a long digit run (order number, card number) cannot yield
 * a phone number from its middle. With `text`, a number that runs across the end of a sentence or
 * a list item (". ", ", " between groups) scores a digit and a half less per such break: "Ring 40
 * 28 53 17. 60 min" is 40 28 53 17, not 28 53 17 60 (equal in digits), and in a plan of numbers of
 * several lengths "+49 163 558 2047. 1 Std" is the ten digits before the full stop, not eleven with
 * the "1" of the price after it; a number written across such marks ("4 0. 1 2. 9 nine. 7 3") is
 * still read when nothing else covers its digits.
 * Between readings that are otherwise equal, the one with fewer digits read from words or letters
 * wins: "26 74 O3 91 (O = nul)" is 26 74 03 91, not 74 03 91 0 0 out of the explanation.
 */
function bestPartition(groups: DigitGroup[], country: CountryCode, text?: string): Candidate[] {
  const n = groups.length;
  const soft = text === undefined ? null : softBreaks(groups, text);
  const bestScore = new Array<number>(n + 1).fill(0);
  const choice = new Array<Candidate | null>(n + 1).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    bestScore[i] = bestScore[i + 1]!;
    choice[i] = null;
    // No number starts right after a bare country code ("+47 601 23 456" is Norwegian or nothing,
    // never the Danish 60 12 34 56).
    if (i > 0 && groups[i - 1]!.plus && groups[i - 1]!.digits.length <= 3) continue;
    const head = groups[i]!;
    let digits = '';
    let breaks = 0;
    let wordDigits = 0;
    for (let j = i; j < n; j++) {
      const g = groups[j]!;
      // A "+" inside a run starts a new number.
      if (j > i && g.plus) break;
      // "+44 (0)7911 123456", "00234 (0) 816 223 4471": the trunk "0" after a country code is
      // not dialled from abroad, and is no digit of the number.
      if (j === i + 1 && g.trunk && isCallingCode(head)) continue;
      if (j > i && soft !== null && soft[j] === 1) breaks += 1;
      digits += g.digits;
      wordDigits += g.wordDigits;
      if (digits.length > MAX_DIGITS) break;
      if (digits.length < MIN_DIGITS) continue;
      const e164 = validE164(digits, head.plus, country);
      if (e164 === null) continue;
      // Each word digit costs far less than a break: 1/256 per digit stays below half a digit.
      const score = digits.length - breaks * BREAK_COST - wordDigits / WORD_DIGIT_COST + bestScore[j + 1]!;
      if (score > bestScore[i]!) {
        bestScore[i] = score;
        choice[i] = { e164, first: i, last: j };
      }
    }
  }
  const out: Candidate[] = [];
  let i = 0;
  while (i < n) {
    const c = choice[i];
    if (c) {
      out.push(c);
      i = c.last + 1;
    } else i++;
  }
  return out;
}

/** Whether a group is a country calling code alone: "+44", "0044", "00234". */
function isCallingCode(g: DigitGroup): boolean {
  const n = g.digits.length;
  return g.plus ? n <= 3 : n >= 3 && n <= 5 && g.digits.startsWith('00');
}

/** Per group, 1 when a sentence or list mark and a space stand between it and the group before. */
function softBreaks(groups: readonly DigitGroup[], text: string): Uint8Array {
  const soft = new Uint8Array(groups.length);
  for (let j = 1; j < groups.length; j++) {
    const gap = text.slice(groups[j - 1]!.end, groups[j]!.start);
    if (SOFT_BREAK.test(gap)) soft[j] = 1;
    else if (gap.endsWith('(') && HOURS_IN_BRACKETS.test(text.slice(groups[j]!.start, groups[j]!.start + 24)))
      soft[j] = 1;
  }
  return soft;
}

// Also a list mark with spaces around it, as one-line ads set items apart ("Tlf: 2644 1987 · 1 t.
// 1100 kr"): "·", "•", "●", "|".
const SOFT_BREAK = /[.,]\s|\s[·•●|]\s/;
// The phone's hours in brackets after it: "på 60 87 41 52 (10-22)", "(10.00-22.00)".
// With the English clock too: "Call 25 74 39 60 (10am–10pm)", "(9 am - 11 pm)", "(10h-22h)".
const HOURS_IN_BRACKETS =
  /^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?\s*(?:[-–]|to|til)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?\s*\)/i;

/**
 * Finds phone numbers in free text, including obfuscated ones ("2two 61 48 9nine", "to-otte 41 90 77",
 * "6O 55 21 3O", "[9][0][4] [4][6][8]", "+40 742.318.905", "0040742318905"). Numbers without a
 * country code are read in `country`'s numbering plan. Prices, dates, opening hours and long digit
 * runs are not reported.
 */
export function extractPhones(written: string, country: CountryCode = 'DK'): PhoneMatch[] {
  const text = withoutRepeatedEmoji(withAsciiDigits(written));
  const runs = tokenizeDigits(text, MIN_DIGITS);
  // Checked second: the tokenizer rules out most texts for less than this regex costs.
  if (runs.length === 0 || !hasPhoneCandidate(text)) return [];
  const out: PhoneMatch[] = [];
  for (const run of runs) {
    let total = 0;
    for (const g of run) total += g.digits.length;
    if (total < MIN_DIGITS) continue;
    for (const c of partitionWithWrittenPlus(run, country, text, total)) {
      const first = run[c.first]!;
      const last = run[c.last]!;
      const start = first.plus ? first.plusStart : first.start;
      out.push({ e164: c.e164, start, end: last.end, raw: written.slice(start, last.end) });
    }
  }
  return out;
}

/**
 * Digits typed on a Chinese or Japanese keyboard: full-width ones ("５３ ２７ ８１ ４６") and a whole
 * number in Chinese numerals ("二六 八三 四一 〇七"), eight or more with at most a space between
 * them, so "一点" or "三位" in a sentence stays text. Each is one UTF-16 unit, as its ASCII digit:
 * offsets hold.
 */
const WIDE_DIGIT_HINT = /[\uFF10-\uFF19〇零一二三四五六七八九]/;
const WIDE_DIGITS = /[\uFF10-\uFF19]/g;
const HAN_NUMERAL_RUN = /[〇零一二三四五六七八九](?:\s?[〇零一二三四五六七八九]){7,}/g;
const HAN_NUMERAL = /[〇零一二三四五六七八九]/g;
const HAN_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function withAsciiDigits(text: string): string {
  if (!WIDE_DIGIT_HINT.test(text)) return text;
  return text
    .replace(WIDE_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(HAN_NUMERAL_RUN, (run) => run.replace(HAN_NUMERAL, (d) => HAN_DIGIT[d]!));
}

// A "+" written as the word ("WhatsApp plus three four, 6one2 …", "ring plus 46 70 …"), and a
// WhatsApp link ("wa.me/573158204719", "api.whatsapp.com/send?phone=4670…"), whose number is by
// WhatsApp's own rule the full international one without its "+".
const PLUS_WORD_BEFORE = /(?<![\p{L}])plus\s+$/iu;
const WHATSAPP_LINK_BEFORE = /(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=)$/i;

/**
 * The numbers of a run, its first group read as written after a "+" when the word "plus" or a
 * WhatsApp link stands right before it and an international number starts there. A link's digits count only when there are more than a Danish number's
 * eight: "wa.me/22334455" is the Danish number written without its country code.
 */
function partitionWithWrittenPlus(
  run: DigitGroup[],
  country: CountryCode,
  text: string,
  total: number,
): Candidate[] {
  const head = run[0]!;
  const before = head.plus ? '' : text.slice(Math.max(0, head.start - 32), head.start);
  const plus = head.plus
    ? null
    : (PLUS_WORD_BEFORE.exec(before) ?? (total > 8 ? WHATSAPP_LINK_BEFORE.exec(before) : null));
  if (plus !== null) {
    const marked = [
      { ...head, plus: true, plusStart: head.start - before.length + plus.index },
      ...run.slice(1),
    ];
    const found = bestPartition(marked, country, text);
    // "Massage plus 22 33 44 55": no international number follows, so the word was no "+".
    if (found[0]?.first === 0) {
      run[0] = marked[0]!;
      return found;
    }
  }
  return bestPartition(run, country, text);
}

/**
 * One emoji written between every digit group to hide a number from filters ("Call 50 💋 83 💋 27 💋
 * 14"): decoration, as the stars and hearts of phone-scan.ts (DECORATION), which reads emoji outside
 * the BMP as breaks because one often stands between a price and a number. So only the same emoji
 * between three or more groups is blanked, with spaces of its length (offsets hold).
 */
const REPEATED_EMOJI_GROUPS = /\d\s?(\p{Extended_Pictographic}\uFE0F?)\s?\d{1,4}(?:\s?\1\s?\d{1,4}){2,}/gu;
const SURROGATE = /[\uD800-\uDBFF]/;

function withoutRepeatedEmoji(text: string): string {
  if (!SURROGATE.test(text)) return text;
  return text.replace(REPEATED_EMOJI_GROUPS, (m: string, emoji: string) =>
    m.split(emoji).join(' '.repeat(emoji.length)),
  );
}

const digitHint = /\d/;
const wordHint = /zero|one|two|three|four|five|six|seven|eight|nine|nul|otte|seks|syv|fire|fem|tre/i;

/**
 * Text with neither a digit nor one of these words yields no number. (A text of short number words
 * only, "to to to…", is thus not read: kept as it always was.)
 */
function hasPhoneCandidate(text: string): boolean {
  return digitHint.test(text) || wordHint.test(text);
}

/**
 * Normalises a phone number from a structured field (e.g. `"22 33 44 55"`, `"+40 742 318 905"`) to
 * E.164, or `null` when it is not a valid number.
 */
export function normalizePhone(raw: string, country: CountryCode = 'DK'): string | null {
  // Structured phone fields repeat across the ads of one advertiser: keep the answers, per country
  // (keyed by the field itself: a "country|field" key cost a new string per look-up).
  const memo = normalizedIn(country);
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  return memo.keep(raw, normalizeUncached(raw, country));
}

const normalized = new Map<CountryCode, TextMemo<string | null>>();

function normalizedIn(country: CountryCode): TextMemo<string | null> {
  let memo = normalized.get(country);
  if (memo === undefined) {
    // Ads name one or two countries; a stream that names more forgets all memos at once, so at
    // most a few memos' worth of answers are ever kept.
    if (normalized.size >= 4) normalized.clear();
    memo = new TextMemo<string | null>(20_000);
    normalized.set(country, memo);
  }
  return memo;
}

function normalizeUncached(raw: string, country: CountryCode): string | null {
  const plain = plainDigitGroups(raw);
  if (plain !== null) {
    const first = plain.length > 0 ? bestPartition(plain, country)[0] : undefined;
    if (first !== undefined) return first.e164;
  } else {
    const found = extractPhones(raw, country);
    if (found.length > 0) return found[0]!.e164;
  }
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  return validE164(digits, raw.trim().startsWith('+'), country);
}

// Most phone fields are digits with spaces or dots ("22 33 44 55", "+45 22 33 44 55", "22.33.44.55").
const PLAIN_FIELD = /^\+?\d[\d .]*$/;
// The one mask (see phone-masks.ts) that digits, spaces and dots can match: a date "1.2.2019".
const DOTTED_DATE = /\d{1,2}\.\d{1,2}\.(?:19|20)\d/;

/**
 * The digit groups of a plain phone field (see PLAIN_FIELD) as the tokenizer reads them, without
 * running it: groups are the digit runs, spaces and dots separate them, a leading "+" marks the
 * first; no mask can hold such text (other than a dotted date, left to the tokenizer), and it is
 * one run. Empty when it has too few digits for a number; null for any other text.
 */
function plainDigitGroups(raw: string): DigitGroup[] | null {
  if (!PLAIN_FIELD.test(raw) || (raw.includes('.') && DOTTED_DATE.test(raw))) return null;
  const groups: DigitGroup[] = [];
  const plus = raw.charCodeAt(0) === 43;
  let total = 0;
  let i = plus ? 1 : 0;
  while (i < raw.length) {
    const start = i;
    while (i < raw.length && isDigit(raw.charCodeAt(i))) i++;
    if (i > start) {
      groups.push({
        digits: raw.slice(start, i),
        start,
        end: i,
        plus: plus && start === 1,
        plusStart: plus && start === 1 ? 0 : -1,
        wordDigits: 0,
        trunk: false,
      });
      total += i - start;
    } else i++;
  }
  return total < MIN_DIGITS ? [] : groups;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads an ISO 3166 code for phone parsing; anything unusable falls back to `fallback`. */
export function toCountryCode(value: string | null | undefined, fallback: CountryCode = 'DK'): CountryCode {
  if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) return value.toUpperCase() as CountryCode;
  return fallback;
}
