/**
 * The price and duration patterns of `extractPrices`, as regexes, with the reference scan that
 * runs them as global loops over the original text (`scanPriceTokensByRegex`). The hand scanner
 * in price-scan.ts must find exactly what this finds.
 */

import { execNotAfter } from './scan.js';

/**
 * Glued forms that are everyday words before they are durations: "for at bestille" (to order), "I
 * am", "ah", "tom" (empty), "tot", "ant", "ent". "1t", "enh", "onehr" stay. Neither DUR nor the
 * glued-word table (GLUED in price-chars.ts) reads them.
 */
export const EVERYDAY_NOT_DURATIONS: readonly string[] = ['at', 'am', 'ah', 'tom', 'tot', 'ant', 'ent'];

// The hour and half hour as visitors name them without a number: Spanish "Una hora 1400 kr", "Media
// hora", Romanian "150 € o oră", Czech "Hodina 1200 DKK, půl hodiny", Polish "Godzina 1000 koron,
// pół godziny", German "halbe Std", Hungarian "fél óra", Russian "Час – 150 евро, полчаса" and
// Ukrainian "Година – 1400 крон, пів години", Italian "200 € un'ora, 120 € mezz'ora".
export const DUR =
  `(?!(?:${EVERYDAY_NOT_DURATIONS.join('|')})(?![\\p{L}]))` +
  '(?:(?<n>\\d{1,3}(?:[.,]5)?|½|1½|1\\/2|en|et|to|tre|one|two|three|a|an)\\s?(?<unit>min(?:ut(?:ter|er|es?)|s)?\\.?|m(?![\\p{L}])|timer|time|timmar|timme|tim\\.?|t\\.|t(?![\\p{L}])|hours?|hrs?\\.?|h(?![\\p{L}])|stunden?|std\\.?|uur|tunti|heures?|ora|ore|godz\\.?|godzin[aęy]?|hodin[ayu]?|hod\\.?|óra|órás|val\\.?|valand(?:a|os)|minut|minút|perc|година|години|годин|годину|часа|часов|час|хвилин[иау]?|хв|минут[аы]?|мин|分钟|分鐘|小时|小時|시간|분|phút|ชั่วโมง|ชม\\.?|นาที|(?<=\\d\\s?)(?:horas?|oră|orë|ώρα|ώρες|ωρα|ωρες|oras|tiếng|chas(?:a|ov)?|hodyn[ayu]?|sat[ai]?|saat)|(?<=(?<!\\d)[123]\\s?)(?:giờ|год\\.?))|(?<half>halve timer|halv time|halvtime|halvtimme|half an hour|half hour|halv\\s?t\\.|meia hora|media hora|halbe stunde|halbe std\\.?|mezz[\\u0027’]ora|mezzora|pół godziny|půl hodiny|fél óra|полчаса|пол часа|пів\\s?години)|(?<night>hel nat|hele natten|overnight|all night|nat)|(?<whole>hel time|hele timen|(?:en|et|1) times|first hour|una hora|o or[aă]|un[\\u0027’]ora)|(?<bare>timepris|timen|time|hour|stunde|hodina|godzina|(?<![\\p{L}] )hora|час|година))';
// Swedish and Norwegian kroner only when named ("2500 SEK", "1000 NOK", "1 400 danska kronor",
// "2 000 svenska kronor"): a bare "kr" in a Swedish or Norwegian ad is read as Danish kroner (see
// DKK_PER in prices.ts). Only after the amount: "Nok" before a number is a Thai name ("Nok 37").
const NORDIC_CUR =
  '(?:danska|danske|svenska|svenske|norska|norske)\\s(?:kronor|kroner)|(?:sek|nok)(?![\\p{L}])';
// Kroner in the visitors' words too: Polish "1000 koron", Czech "1200 korun", Russian and Ukrainian
// "1400 крон", also short: "Час 1200 кр." (not the start of a word: "1200 красивых").
export const CUR_AFTER = `(?<cur>${NORDIC_CUR}|kroner|kr\\.?|dkk|koron|korun|крон[аы]?|кр(?![\\p{L}])\\.?|,-|\\.-|eur(?:o|os)?|evro|евро|євро|€|usd|\\$|gbp|£)`;
// "1.5k", "1,2k", "2k": thousands written with a "k", as chat writes prices.
export const AMOUNT = `(?<amt>\\d{1,2}(?:[.,]\\d)?k(?![\\p{L}])|\\d{1,3}(?:\\.\\d{3})+|\\d{1,2},\\d{3}(?!\\d|,\\d)|\\d{1,3}(?:[ \\u00a0]\\d{3})+(?=\\s?(?:kr|dkk|,-|\\.-|\\||${NORDIC_CUR}))|\\d{2,5})(?:,00|,-(?=\\s?(?:kr|dkk)))?`;
export const PRICE = `(?:(?<pre>€|\\$|£|eur|dkk|kr\\.?)\\s?${AMOUNT}|${AMOUNT.replace(/amt/g, 'amt2')}\\s?${CUR_AFTER}?)`;

// Both are used as `(?<![\p{L}\d])DURATION` and `(?<![\p{L}\d.,])PRICE` (the leading lookbehind is
// checked by hand, see scan.ts).
export const DURATION_RE = new RegExp(`${DUR}(?![\\p{L}])`, 'giu');
export const NOT_AFTER_DURATION = /^[\p{L}\d]$/iu;
export const PRICE_RE = new RegExp(`${PRICE}(?![\\d])`, 'giu');
export const NOT_AFTER_PRICE = /^[\p{L}\d.,]$/iu;
// Sticky lower-case twins for lower-cased text (see lowerTwinText): every letter in both sources
// is lower case.
export const DURATION_AT = new RegExp(DURATION_RE.source, 'uy');
export const PRICE_AT = new RegExp(PRICE_RE.source, 'uy');

/** An amount candidate: "1.500 kr", "€200", "800" (currency text as written, lower case). */
export interface AmountToken {
  start: number;
  end: number;
  amount: number;
  cur: string | undefined;
}

/** The raw matches of one text; durations only when there is at least one amount candidate. */
export interface PriceTokens {
  amounts: AmountToken[];
  durations: DurationToken[];
}

export function durationToken(m: RegExpExecArray): DurationToken {
  return { start: m.index, end: m.index + m[0].length, groups: m.groups ?? {} };
}

/** The number an amount's digits stand for: "1.500" and "1 500" are 1500, "1.5k" and "1,5k" 1500. */
function amountOfDigits(digits: string): number {
  if (digits.endsWith('k') || digits.endsWith('K'))
    return Math.round(Number(digits.slice(0, -1).replace(',', '.')) * 1000);
  return Number(/[., \u00a0]/.test(digits) ? digits.replace(/[., \u00a0]/g, '') : digits);
}

export function amountToken(m: RegExpExecArray): AmountToken {
  const g = m.groups ?? {};
  const digits = g.amt ?? g.amt2 ?? '';
  return {
    start: m.index,
    end: m.index + m[0].length,
    amount: amountOfDigits(digits),
    cur: (g.pre ?? g.cur)?.toLowerCase(),
  };
}

/**
 * The reference: global `/iu` loops over the original text. Also the path for the rare text whose
 * lower case could match differently (see lowerTwinText).
 */
export function scanPriceTokensByRegex(text: string): PriceTokens {
  const amounts: AmountToken[] = [];
  const durations: DurationToken[] = [];
  let m: RegExpExecArray | null;
  PRICE_RE.lastIndex = 0;
  while ((m = execNotAfter(PRICE_RE, text, NOT_AFTER_PRICE)) !== null) amounts.push(amountToken(m));
  if (amounts.length === 0) return { amounts, durations };
  DURATION_RE.lastIndex = 0;
  while ((m = execNotAfter(DURATION_RE, text, NOT_AFTER_DURATION)) !== null) durations.push(durationToken(m));
  return { amounts, durations };
}

// Per ASCII code of the lower-cased text: which lookbehinds reject a match after it, and what

/** The groups of a duration match that `durationMinutes` reads. */
export interface DurationGroups {
  n?: string | undefined;
  unit?: string | undefined;
  half?: string | undefined;
  night?: string | undefined;
  /** "hel time": one hour, stated against a half. */
  whole?: string | undefined;
  bare?: string | undefined;
}

/** A duration match: "1 time", "30 min", "½ t.", "hel nat". */
export interface DurationToken {
  start: number;
  end: number;
  groups: DurationGroups;
}
