/**
 * The token scan behind `extractPrices`: amount candidates ("1.500 kr", "€200", "800") and
 * durations ("1 time", "½ t.", "30 min", "hel nat") in one text, exactly as two global regex loops
 * with a leading lookbehind find them (`scanPriceTokensByRegex`, kept as the reference and for
 * rare texts), but several times cheaper. The global duration loop tried a full match at every
 * character, and its pattern starts with common letters ("a", "en", "to", "time"); here one native
 * scan finds the few places where an amount or a number-led duration can start (digits, currency
 * signs, "½"), the usual forms are read by hand there ("30 min", "1.500 kr", "1.200,-", "800"),
 * and the sticky regexes run only where the form is unusual, resuming after each match as the
 * global loop does. Durations that start with a word are looked for only where one could pair
 * with an amount (see `mayPairWithWordDuration`).
 */

import { charBeforeIs, isRegexSpace, lowerTwinText } from './scan.js';
import {
  BLOCKS_DURATION,
  BLOCKS_PRICE,
  STARTS_DURATION,
  SPACE,
  DIGIT,
  LETTER,
  CURRENCY,
  ASCII,
  HALF,
  HORA_UNITS,
  UNITS,
  GLUED,
  PURE_NUMBER_WORDS,
  PHRASE_WORDS,
  BARE,
  PURPOSE_WORDS,
  loneBits,
  bitsBefore,
  asciiBitsAt,
} from './price-chars.js';
import {
  DURATION_AT,
  PRICE_AT,
  type AmountToken,
  type PriceTokens,
  durationToken,
  amountToken,
  scanPriceTokensByRegex,
  type DurationToken,
} from './price-patterns.js';

export {
  scanPriceTokensByRegex,
  type AmountToken,
  type DurationGroups,
  type DurationToken,
  type PriceTokens,
} from './price-patterns.js';
/** End of the run of ASCII lower-case letters from `i`. */
function lettersEnd(lower: string, i: number): number {
  while ((asciiBitsAt(lower, i) & LETTER) !== 0) i += 1;
  return i;
}

/** Whether the code at `i` (past the end: no) is "." or not ASCII: then the regex decides. */
function unsettledAt(lower: string, i: number): boolean {
  if (i >= lower.length) return false;
  const c = lower.charCodeAt(i);
  return c === 46 || c >= 128;
}

/**
 * The duration match starting at `i` (after a character the lookbehind allows), worked out by
 * hand where that is plain: a number and a unit word ("30 min", "1 time", "entime", "at"), a
 * number word, a space and a unit ("en time", "an hour"), or a bare "time"/"timen"/"hour".
 * Returns null where the pattern does not match, undefined where the regex must decide (a "." or
 * a non-ASCII character next, "1.5", "1/2", "½", and the phrases "halv time", "hel nat"...).
 * Why plain: the pattern's last step is `(?![\p{L}])`, so a match that ends in a letter ends where
 * that run of letters ends, and each word splits one way only (see GLUED).
 */
function durationAt(lower: string, i: number, c: number): DurationToken | null | undefined {
  if (c >= 128) return c === HALF ? undefined : null;
  const bits = ASCII[c]!;
  if ((bits & STARTS_DURATION) === 0) return null;
  if ((bits & DIGIT) !== 0) {
    let k = i + 1;
    while ((asciiBitsAt(lower, k) & DIGIT) !== 0) k += 1;
    // `\d{1,3}`: a fourth digit can be neither "[.,]5", a space nor a unit.
    if (k - i > 3 || k >= lower.length) return null;
    const next = lower.charCodeAt(k);
    if (next >= 128) return undefined; // "1½", a Unicode space
    // "1.5 t", "1,5 time", "1/2 time": else "." "," "/" end the number and no unit follows.
    if (next === 46 || next === 44) return lower.charCodeAt(k + 1) === 53 ? undefined : null;
    if (next === 47) return k - i === 1 && c === 49 && lower.charCodeAt(k + 1) === 50 ? undefined : null;
    return unitAfter(lower, i, k, lower.slice(i, k));
  }
  const e = lettersEnd(lower, i);
  const word = lower.slice(i, e);
  // A match that starts with letters is a number word with its unit ("at", "entime"), a number word
  // before a space, a phrase or a bare unit: any other word matches nothing, whatever follows.
  if (PHRASE_WORDS.has(word)) return undefined;
  if (PURE_NUMBER_WORDS.has(word))
    return e < lower.length && lower.charCodeAt(e) >= 128 ? undefined : unitAfter(lower, i, e, word);
  const glued = GLUED.get(word);
  if (glued === undefined && !BARE.has(word)) return null;
  // A bare "hora" opens an item of a price list ("Media hora 700, hora 1200"); after a word it is
  // part of a phrase: the Portuguese "150 € a hora", the Spanish "200 € la hora" (the price's own
  // unit, read with it, not the unit of the price after it), "media hora".
  if (word === 'hora' && i >= 2 && lower.charCodeAt(i - 1) === 32 && charBeforeIs(lower, i - 1, ONE_LETTER))
    return null;
  if (unsettledAt(lower, e)) return undefined;
  return glued !== undefined
    ? { start: i, end: e, groups: { n: glued.n, unit: glued.unit } }
    : { start: i, end: e, groups: { bare: word } };
}

const ONE_LETTER = /^\p{L}$/u;

/** The match of number `n` (from `i` to `k`), one optional space and a unit word; see durationAt. */
function unitAfter(lower: string, i: number, k: number, n: string): DurationToken | null | undefined {
  let u = k;
  if ((asciiBitsAt(lower, u) & SPACE) !== 0) u += 1;
  if (u >= lower.length) return null;
  if (lower.charCodeAt(u) >= 128) return undefined;
  const e = lettersEnd(lower, u);
  const unit = lower.slice(u, e);
  // "en times", "1 times" (an hour's: "1 times massage"), one plain space between: DUR's `whole`.
  if (
    unit === 'times' &&
    u === k + 1 &&
    lower.charCodeAt(k) === 32 &&
    (n === '1' || n === 'en' || n === 'et')
  )
    return unsettledAt(lower, e) ? undefined : { start: i, end: e, groups: { whole: lower.slice(i, e) } };
  // The Romanian "1 oră", the Albanian "1 orë" (after digits only, as "hora") and the Vietnamese
  // "1 giờ", "1 tiếng", "30 phút": a letter outside ASCII goes on the word, the regex reads it.
  if (e < lower.length && lower.charCodeAt(e) >= 128 && isDigitAt(n, 0)) return undefined;
  if (!UNITS.has(unit) || (HORA_UNITS.has(unit) && !isDigitAt(n, 0))) return null;
  return unsettledAt(lower, e) ? undefined : { start: i, end: e, groups: { n, unit } };
}

/**
 * The amount starting at digit `i` when what follows the digit run settles it without the regex:
 * the token, or null for no match; undefined when the regex must decide. When no currency can
 * follow, PRICE matches a run of 2 to 5 digits, plus one following space when no digit comes after
 * that space ("30 min": "30 "). No currency can follow the run when the next character is none of
 * "kdeug$", ".", ","; nor a "." or "," that is followed by other than a digit (the thousands of
 * "1.500", the ",00" of "500,00") or "-" (",-", ".-"), as in "25." and "9, kun"; nor a space
 * followed by a non-ASCII character other than "€" and "£", as in "25 år".
 */
function plainAmount(lower: string, i: number): AmountToken | null | undefined {
  let k = i;
  let amount = 0;
  while (k < lower.length) {
    const c = lower.charCodeAt(k);
    if (c < 48 || c > 57) break;
    amount = amount * 10 + (c - 48);
    k += 1;
  }
  const length = k - i;
  // "1 000 kr": thousands set apart by a space, before a currency; the regex reads it.
  if (length <= 3 && spacedThousandsAt(lower, k)) return undefined;
  let end = k;
  if (k < lower.length) {
    const c = lower.charCodeAt(k);
    if (c >= 128) return undefined;
    const bits = ASCII[c]!;
    if ((bits & CURRENCY) !== 0 && !((c === 46 || c === 44) && endsNumber(lower, k + 1))) return undefined;
    if ((bits & SPACE) !== 0 && k + 1 < lower.length) {
      const next = lower.charCodeAt(k + 1);
      if (
        next >= 128
          ? next === 0x20ac || next === 0xa3 || isCyrillicCurrencyStart(next)
          : (ASCII[next]! & CURRENCY) !== 0
      )
        return undefined;
      // A digit after the space ends the match before the space (`(?!\d)`).
      if (next >= 128 || (ASCII[next]! & DIGIT) === 0) end = k + 1;
    } else if ((bits & SPACE) !== 0) end = k + 1;
  }
  if (length < 2 || length > 5) return null;
  return { start: i, end, amount, cur: undefined };
}

/** "е", "є", "к": the Cyrillic currency words after an amount ("150 евро", "150 євро", "1400 крон"). */
function isCyrillicCurrencyStart(c: number): boolean {
  return c === 0x435 || c === 0x454 || c === 0x43a;
}

/**
 * Whether groups of three digits, each after a space (or a no-break space), start at `k` and a
 * currency or a table cell's end follows them ("1 000 kr", "12 500 dkk", "1 300,-", "| 1 600 |"):
 * AMOUNT's spaced form.
 */
function spacedThousandsAt(lower: string, k: number): boolean {
  let groups = 0;
  while ((lower.charCodeAt(k) === 32 || lower.charCodeAt(k) === 0xa0) && threeDigitsAt(lower, k + 1)) {
    k += 4;
    groups += 1;
  }
  if (groups === 0) return false;
  if (isSpaceAt(lower, k)) k += 1;
  return (
    lower.startsWith('kr', k) ||
    lower.startsWith('dkk', k) ||
    lower.startsWith(',-', k) ||
    lower.startsWith('.-', k) ||
    // The end of a table cell: "| 60 min | 1 600 |", the column of prices needs no currency.
    lower.startsWith('|', k) ||
    startsNordicCurrency(lower, k)
  );
}

/**
 * Whether a Nordic currency may start at `k` ("sek", "nok", "danska kronor", "norske kroner"): a
 * superset of NORDIC_CUR in price-patterns.ts, whose regex then decides.
 */
function startsNordicCurrency(lower: string, k: number): boolean {
  return (
    lower.startsWith('sek', k) ||
    lower.startsWith('nok', k) ||
    lower.startsWith('dansk', k) ||
    lower.startsWith('svensk', k) ||
    lower.startsWith('norsk', k)
  );
}

/** Exactly three digits at `i`, no fourth after them. */
function threeDigitsAt(lower: string, i: number): boolean {
  return (
    isDigitAt(lower, i) && isDigitAt(lower, i + 1) && isDigitAt(lower, i + 2) && !isDigitAt(lower, i + 3)
  );
}

/** Whether the character at `i` (after a "." or "," that follows digits) is neither a digit nor "-". */
function endsNumber(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  return !(c >= 48 && c <= 57) && c !== 45;
}

/**
 * Where amounts and number-led durations can start, in lower-cased text: digit runs, currency
 * signs, "½", and the currency words before an amount (see currencyWordBefore). A native scan for
 * these few starts is several times cheaper than trying the patterns (or a hand-written loop) at
 * every character.
 */
const STARTS = /\d+|[€$£½]/g;

/** Currency words that may stand before an amount (PRICE's `pre`), "kr." before "kr". */
const CURRENCY_WORDS_BEFORE = ['eur', 'dkk', 'kr.', 'kr'];

/**
 * Where a currency word ("eur", "dkk", "kr.", "kr") starts that ends right before the digit run at
 * `digits`, or before one space there; -1 when none does. An amount starts at such a word only
 * when digits follow it that way (PRICE: `(eur|dkk|kr\.?)\s?` and the amount), and a currency
 * word elsewhere leaves the scan as it was; so words are looked for only behind digit runs,
 * instead of among the starts, where the engine tried every word at every "e", "d" and "k" of the
 * text. (No such word can overlap another start, so each was a start of its own, right before
 * the digit run.)
 */
function currencyWordBefore(lower: string, digits: number): number {
  const end = digits > 0 && isRegexSpace(lower.charCodeAt(digits - 1)) ? digits - 1 : digits;
  for (const word of CURRENCY_WORDS_BEFORE) {
    const start = end - word.length;
    if (start >= 0 && lower.startsWith(word, start)) return start;
  }
  return -1;
}
/**
 * Every word a duration that starts with a letter can begin with (see durationAt): a number word
 * with or without its unit, the first word of a phrase, a bare unit. A superset filter: `\b` is
 * ASCII, so it also lets through words after non-ASCII letters (the lookbehind rejects those),
 * and misses words after "_", which the lookbehind allows (such texts take the regex path).
 */
const DURATION_WORD =
  /\b(?:(?:en|et|to|tre|one|two|three|an?)(?:min|minutter|minuter|minutes?|m|timer?|timmar|timme|tim|t|hours?|hrs?|h|stunden?|std|heures?|ora|ore|godz|godzin[ay]?|hodin[ayu]?|hod|val|valand(?:a|os)|minut|perc)?|halvt?|halve|halbe|halvtimme|halvtime|half|meia|media|hele?|overnight|all|nat|first|timepris|timen?|hour|stunde|hodina|godzina|hora|una(?= hora)|o(?= or[aă])|un(?=['’]ora)|mezz(?=['’]ora)|mezzora|p(?=[óů][lł] )|f(?=él óra))(?![a-z])/g;

/**
 * Where the STARTS match that ends at `end` (searched from `from`) begins: a digit run reaches back
 * over its digits (no earlier match ends inside one: `\d+` is greedy), the signs are one code unit.
 */
function startOfStart(lower: string, from: number, end: number): number {
  const last = lower.charCodeAt(end - 1);
  if (last < 48 || last > 57) return end - 1; // € $ £ ½
  let i = end - 1;
  while (i > from && isDigitAt(lower, i - 1)) i -= 1;
  return i;
}

function startsCurrencyWord(lower: string, i: number): boolean {
  return lower.startsWith('kr', i) || lower.startsWith('dkk', i);
}

function isDigitAt(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * The amount at digit `i` in the usual forms with a currency after it: "1.500 kr", "700 kr.",
 * "1.200,-", "500 dkk"; undefined for anything else, which the regex decides. These are the first
 * way PRICE matches such text: the number (`\d{1,3}(?:\.\d{3})+` with every group, else two to
 * five digits), no ",00", an optional space, the first currency alternative that fits, and no
 * digit after it.
 */
function currencyAmount(lower: string, i: number): AmountToken | undefined {
  let k = i;
  let amount = 0;
  while (isDigitAt(lower, k)) amount = amount * 10 + (lower.charCodeAt(k++) - 48);
  const run = k - i;
  if (run <= 3 && lower.charCodeAt(k) === 46 && isDigitAt(lower, k + 1)) {
    while (
      lower.charCodeAt(k) === 46 &&
      isDigitAt(lower, k + 1) &&
      isDigitAt(lower, k + 2) &&
      isDigitAt(lower, k + 3)
    ) {
      amount = amount * 1000 + Number(lower.slice(k + 1, k + 4));
      k += 4;
    }
    // "1.5", "1.5000": fewer groups or none, and backtracking.
    if (k - i === run || isDigitAt(lower, k) || lower.charCodeAt(k) === 46) return undefined;
  } else if (run < 2 || run > 5) return undefined;
  if (lower.charCodeAt(k) === 44) {
    // ",-" is the currency unless "kr"/"dkk" follows, which makes it part of the amount.
    if (lower.charCodeAt(k + 1) !== 45 || isDigitAt(lower, k + 2)) return undefined;
    const j = isSpaceAt(lower, k + 2) ? k + 3 : k + 2;
    if (startsCurrencyWord(lower, k + 2) || startsCurrencyWord(lower, j)) return undefined;
    return { start: i, end: k + 2, amount, cur: ',-' };
  }
  const c = lower.charCodeAt(k);
  if (c >= 128) return undefined;
  const j = (ASCII[c]! & SPACE) !== 0 ? k + 1 : k;
  // "kroner" before "kr": a duration may follow the whole word ("1100 kroner for en time").
  if (lower.startsWith('kroner', j))
    return isDigitAt(lower, j + 6) ? undefined : { start: i, end: j + 6, amount, cur: 'kroner' };
  if (lower.startsWith('kr', j)) {
    let end = j + 2;
    if (lower.charCodeAt(end) === 46 && !isDigitAt(lower, end + 1)) end += 1;
    else if (isDigitAt(lower, end)) return undefined;
    return { start: i, end, amount, cur: end === j + 3 ? 'kr.' : 'kr' };
  }
  if (lower.startsWith('dkk', j) && !isDigitAt(lower, j + 3))
    return { start: i, end: j + 3, amount, cur: 'dkk' };
  return undefined;
}

// Duration start candidates of the text being scanned (reused: no allocation per text).
let digitStarts: Int32Array = new Int32Array(64);

/**
 * Amount candidates and the durations that start with a digit or "½" ("30 min", "1 time"), exactly
 * as `scanPriceTokensByRegex` finds them. Durations that start with a letter ("time", "en time",
 * "hel nat") are left out (`complete` false) unless the text takes the regex path: they cannot
 * overlap an amount or cover the start of a number-led duration (they hold no digit), so they
 * matter only next to an amount (see `mayPairWithWordDuration`) and `addWordDurations` adds them.
 */
export function scanPriceTokens(text: string): PriceTokens & { complete: boolean } {
  const lower = lowerTwinText(text);
  if (lower === null) return { ...scanPriceTokensByRegex(text), complete: true };
  if (lower.includes('_')) return { ...scanPriceTokensByRegex(lower), complete: true };
  // The Russian and Ukrainian hour and half hour without a number ("Час – 150 евро", "Година – 1400
  // крон", "полчаса", "пів години") start with letters the word filter (ASCII) does not see: such
  // a text takes the regex, which finds every duration.
  if (lower.includes('час') || lower.includes('годин'))
    return { ...scanPriceTokensByRegex(lower), complete: true };
  const amounts: AmountToken[] = [];
  let count = 0;
  let resume = 0;
  STARTS.lastIndex = 0;
  // `test` rather than `exec`: no match array per digit run (see startOfStart).
  for (let from = 0; STARTS.test(lower); from = STARTS.lastIndex) {
    const i = startOfStart(lower, from, STARTS.lastIndex);
    const c = lower.charCodeAt(i);
    if (c <= 57) {
      // The start a currency word before the digits was, first (as the amount scan had it).
      const w = currencyWordBefore(lower, i);
      if (w >= resume && !blockedAt(lower, w, BLOCKS_PRICE)) {
        PRICE_AT.lastIndex = w;
        const p = PRICE_AT.exec(lower);
        if (p !== null) {
          const token = amountToken(p);
          amounts.push(token);
          resume = token.end;
        }
      }
    }
    if (c <= 57 || c === HALF) {
      if (count === digitStarts.length) digitStarts = grow(digitStarts);
      digitStarts[count++] = i;
      if (c === HALF) continue;
    }
    if (i < resume || blockedAt(lower, i, BLOCKS_PRICE)) continue;
    let token = c <= 57 ? plainAmount(lower, i) : undefined;
    if (token === undefined && c <= 57) token = currencyAmount(lower, i);
    if (token === undefined) {
      PRICE_AT.lastIndex = i;
      const p = PRICE_AT.exec(lower);
      token = p === null ? null : amountToken(p);
    }
    if (token !== null) {
      amounts.push(token);
      resume = token.end;
    }
  }
  const durations = amounts.length === 0 ? [] : durationChain(lower, digitStarts, count, false);
  return { amounts, durations, complete: amounts.length === 0 };
}

/** All durations of a text whose number-led ones `scanPriceTokens` found (see there). */
export function addWordDurations(text: string, numberLed: readonly DurationToken[]): DurationToken[] {
  const lower = lowerTwinText(text)!;
  let count = 0;
  for (const d of numberLed) {
    if (count === digitStarts.length) digitStarts = grow(digitStarts);
    digitStarts[count++] = d.start;
  }
  return durationChain(lower, digitStarts, count, true);
}

/**
 * The durations from candidate starts: the number-led ones in `starts` and, with `words`, the
 * word-led ones, merged in ascending order and each tried once unless inside the previous
 * duration: the leftmost, non-overlapping matches of a global scan.
 */
function durationChain(lower: string, starts: Int32Array, count: number, words: boolean): DurationToken[] {
  const durations: DurationToken[] = [];
  let resume = 0;
  let k = 0;
  DURATION_WORD.lastIndex = 0;
  let word = words ? DURATION_WORD.exec(lower) : null;
  for (;;) {
    let i: number;
    if (k < count && (word === null || starts[k]! < word.index)) i = starts[k++]!;
    else if (word !== null) {
      i = word.index;
      word = DURATION_WORD.exec(lower);
    } else break;
    if (i < resume || blockedAt(lower, i, BLOCKS_DURATION)) continue;
    let token = durationAt(lower, i, lower.charCodeAt(i));
    if (token === undefined) {
      DURATION_AT.lastIndex = i;
      const d = DURATION_AT.exec(lower);
      token = d === null ? null : durationToken(d);
    }
    if (token !== null) {
      durations.push(token);
      resume = token.end;
    }
  }
  return durations;
}

/** Words that may stand between a duration and its amount (DUR_THEN_AMT in prices.ts). */
const GAP_WORDS = new Set(['kun', 'only', 'pris', 'price', 'for', 'ca', 'cirka', 'circa', 'omkring', 'fra']);
// What the hour is for, between it and the amount ("en time massage 600 kr").
for (const w of PURPOSE_WORDS) GAP_WORDS.add(w);
for (const w of ['koster', 'koste', 'kostet', 'kosztuje', 'kainuoja', 'cost', 'costs']) GAP_WORDS.add(w);
for (const w of ['from', 'around', 'about', 'approx', 'approximately']) GAP_WORDS.add(w);
// Whom or where the hour is (EXTRA_GAP in prices.ts): "en time én pige 1400", "en time på hotel 1800 kr".
for (const w of ['girl', 'lady', 'pige', 'dame', 'hotel', 'hotellet', 'room']) GAP_WORDS.add(w);
// One of a duo in Portuguese and Spanish: "1h uma 1200 kr", "1 hora una chica 1300".
for (const w of ['uma', 'una', 'menina', 'garota', 'chica']) GAP_WORDS.add(w);
/** Verbs between a duration and its amount that are too common to open the gate on their own. */
const GAP_VERBS = new Set(['er', 'is']);
/** Words that may end a duration that starts with a letter ("at", "en time", "hel nat"). */
const WORD_DURATION_ENDS = new Set([...GLUED.keys(), ...UNITS, ...BARE]);
for (const w of ['timer', 'halvtime', 'halvtimme', 'halvt', 'nat', 'natten', 'overnight', 'night', 'times'])
  WORD_DURATION_ENDS.add(w);
// The ASCII end of the Hungarian "óra" ("fél óra 700 kr"): the gate reads ASCII letters only.
WORD_DURATION_ENDS.add('ra');
// The Italian half hour written as one word: "Mezzora 700 kr".
WORD_DURATION_ENDS.add('mezzora');
/** The first words of durations that start with a letter (see durationAt). */
const WORD_DURATION_STARTS = new Set([...PURE_NUMBER_WORDS, ...GLUED.keys(), ...PHRASE_WORDS, ...BARE]);
/** Words between an amount and its duration (AMT_THEN_DUR in prices.ts), besides "/". */
const AFTER_WORDS = new Set(['per', 'pr', 'i', 'for', 'a', 'the']);

/**
 * Whether a duration that starts with a letter could pair with one of the amounts (a necessary
 * condition, cheap): one ending right before an amount, with only spaces, ":", "=", dashes, a
 * price word or an approximation between ("time: 500 kr", "en time 800"), or one right after an
 * amount with a currency, behind "/", "per", "i"... ("200 kr i timen"). `numberLed` are the
 * durations that start with a digit or "½": one ending right before an amount rules out another.
 */
export function mayPairWithWordDuration(
  text: string,
  amounts: readonly { start: number; end: number; currency: unknown }[],
  numberLed: readonly DurationToken[],
): boolean {
  const lower = lowerTwinText(text)!;
  for (const a of amounts) {
    let j = a.start;
    while (j > 0 && (isSpaceAt(lower, j - 1) || isGapPunctuation(lower.charCodeAt(j - 1)))) j -= 1;
    // The dot leaders of a price table ("Time ..... 1200 kr", "Time … 1200").
    if (
      j > 1 &&
      (lower.charCodeAt(j - 1) === 0x2026 ||
        (lower.charCodeAt(j - 1) === 46 && lower.charCodeAt(j - 2) === 46))
    )
      while (j > 0 && (isLeader(lower.charCodeAt(j - 1)) || isSpaceAt(lower, j - 1))) j -= 1;
    let e = j;
    if (e > 0 && lower.charCodeAt(e - 1) === 46) e -= 1; // "t.", "ca."
    const w = lower.slice(letterRunStart(lower, e), e);
    // A price word or an approximation may stand before the amount: then anything may stand before
    // it, and the full scan decides.
    if (GAP_WORDS.has(w)) return true;
    // The Romanian "oră" ends in a letter outside ASCII: "o oră 1000 kr".
    if (w === '' && e > 0 && lower.charCodeAt(e - 1) === 0x103) return true;
    // "en time er 1200 kroner": the word before the verb ends a duration ("jeg er 23" opens nothing).
    if (GAP_VERBS.has(w) && WORD_DURATION_ENDS.has(wordBefore(lower, e - w.length))) return true;
    if (WORD_DURATION_ENDS.has(w) && !numberLed.some((d) => d.end === j)) return true;
    if (a.currency !== null && wordDurationAfter(lower, a.end)) return true;
    // Without a currency only "for" may lead to the duration ("900 for en time").
    if (a.currency === null && forAt(lower, a.end) && wordDurationAfter(lower, a.end)) return true;
  }
  return false;
}

/** The run of ASCII letters that ends before the spaces that end at `e`. */
function wordBefore(lower: string, e: number): string {
  while (e > 0 && isSpaceAt(lower, e - 1)) e -= 1;
  return lower.slice(letterRunStart(lower, e), e);
}

/** Whether "for" and a space follow `k` (after spaces). */
function forAt(lower: string, k: number): boolean {
  while (k < lower.length && isSpaceAt(lower, k)) k += 1;
  return lower.startsWith('for', k) && isSpaceAt(lower, k + 3);
}

/** "." or "…": the dot leaders of a price table. */
function isLeader(c: number): boolean {
  return c === 46 || c === 0x2026;
}

/**
 * Whether a duration that starts with a letter may follow `k`: "/", "per", "pr.", "i", "for", "a" or
 * "the" and then a letter, or the first word of a duration itself (spaces, ":" and dashes between).
 */
function wordDurationAfter(lower: string, k: number): boolean {
  while (k < lower.length && (isSpaceAt(lower, k) || isGapPunctuation(lower.charCodeAt(k)))) k += 1;
  if (lower.charCodeAt(k) === 47) k += 1;
  else {
    const e = lettersEnd(lower, k);
    const word = lower.slice(k, e);
    // A duration right after the amount, as ads that give the amount first write it ("150 eur one
    // hour", "500 kr - en time").
    if (WORD_DURATION_STARTS.has(word)) return true;
    if (!AFTER_WORDS.has(word)) return false;
    k = e;
    if (lower.charCodeAt(k) === 46) k += 1; // "pr."
  }
  while (k < lower.length && isSpaceAt(lower, k)) k += 1;
  return (asciiBitsAt(lower, k) & LETTER) !== 0;
}

function isSpaceAt(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  return ((c < 128 ? ASCII[c]! : c >= 0xd800 && c <= 0xdfff ? 0 : loneBits(c)) & SPACE) !== 0;
}

/** ":", "=", "-", "–", "—": what may stand between a duration and its amount besides spaces. */
function isGapPunctuation(c: number): boolean {
  return c === 58 || c === 61 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** Start of the run of ASCII lower-case letters that ends at `e`. */
function letterRunStart(lower: string, e: number): number {
  while (e > 0 && (asciiBitsAt(lower, e - 1) & LETTER) !== 0) e -= 1;
  return e;
}

function grow(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** Whether the lookbehind whose ASCII bit is `bit` rejects a match at `i`. */
function blockedAt(lower: string, i: number, bit: number): boolean {
  if (i === 0) return false;
  const c = lower.charCodeAt(i - 1);
  return ((c < 128 ? ASCII[c]! : bitsBefore(lower, i - 1, c)) & bit) !== 0;
}
