/**
 * Prices and their durations from price fields and free text: "1 time 1400 kr", "½ time 400 kr",
 * "1 hour 1.500,-", "200 EUR / 1h", "80 EUR / hour", "1 t. 700,-", "1500 kr/time".
 */

import { execNotAfter, lowerTwinText } from './scan.js';

export type Currency = 'DKK' | 'EUR' | 'USD' | 'GBP';

/** A price with its duration; `dkk` is the amount converted to Danish kroner. */
export interface PriceMatch {
  amount: number;
  currency: Currency;
  dkk: number;
  /** Duration in minutes; null when none is stated; 720 stands for a whole night. */
  minutes: number | null;
  path: string;
  start: number;
  end: number;
}

/**
 * Fixed conversion rates. EUR follows the Danish peg (7.46, as used by the labelled corpus); the
 * others are rough 2026 averages and only matter for ranking.
 */
export const DKK_PER: Record<Currency, number> = { DKK: 1, EUR: 7.46, USD: 6.9, GBP: 8.6 };

const NIGHT = 720;

const DUR =
  '(?:(?<n>\\d{1,3}(?:[.,]5)?|½|1½|1\\/2|en|et|to|tre|one|two|three|a|an)\\s?(?<unit>min(?:ut(?:ter|es?))?\\.?|m(?![\\p{L}])|timer|time|tim\\.?|t\\.|t(?![\\p{L}])|hours?|hrs?\\.?|h(?![\\p{L}]))|(?<half>halv time|halvtime|half an hour|half hour|halv\\s?t\\.)|(?<night>hel nat|hele natten|overnight|all night|nat)|(?<bare>timen|time|hour))';
const CUR_AFTER = '(?<cur>kr\\.?|kroner|dkk|,-|\\.-|eur(?:o|os)?|€|usd|\\$|gbp|£)';
const AMOUNT = '(?<amt>\\d{1,3}(?:\\.\\d{3})+|\\d{2,5})(?:,00|,-(?=\\s?(?:kr|dkk)))?';
const PRICE = `(?:(?<pre>€|\\$|£|eur|dkk)\\s?${AMOUNT}|${AMOUNT.replace(/amt/g, 'amt2')}\\s?${CUR_AFTER}?)`;

// Both are used as `(?<![\p{L}\d])DURATION` and `(?<![\p{L}\d.,])PRICE` through `execNotAfter`
// (the leading lookbehind is checked by hand, see scan.ts).
const DURATION_RE = new RegExp(`${DUR}(?![\\p{L}])`, 'giu');
const NOT_AFTER_DURATION = /^[\p{L}\d]$/iu;
const PRICE_RE = new RegExp(`${PRICE}(?![\\d])`, 'giu');
const NOT_AFTER_PRICE = /^[\p{L}\d.,]$/iu;
// Lower-case twins for lower-cased text (see lowerTwinText): every letter in both sources is lower case.
const DURATION_LOWER = new RegExp(DURATION_RE.source, 'gu');
const PRICE_LOWER = new RegExp(PRICE_RE.source, 'gu');

const WORD_NUM: Record<string, number> = {
  en: 1,
  et: 1,
  one: 1,
  a: 1,
  an: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
};

interface Span {
  start: number;
  end: number;
}
interface Dur extends Span {
  minutes: number;
  bare: boolean;
}
interface Amt extends Span {
  amount: number;
  currency: Currency | null;
}

function durationMinutes(g: Record<string, string | undefined>): number | null {
  if (g.half) return 30;
  if (g.night) return NIGHT;
  if (g.bare) return 60;
  const raw = (g.n ?? '').toLowerCase();
  let n: number;
  if (raw === '½' || raw === '1/2') n = 0.5;
  else if (raw === '1½') n = 1.5;
  else if (raw in WORD_NUM) n = WORD_NUM[raw]!;
  else n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) return null;
  const unit = (g.unit ?? '').toLowerCase();
  const minutes = unit.startsWith('m') ? n : n * 60;
  return minutes >= 10 && minutes <= 24 * 60 ? minutes : null;
}

function currencyOf(s: string | undefined): Currency | null {
  if (!s) return null;
  const c = s.toLowerCase();
  if (c.startsWith('eur') || c === '€') return 'EUR';
  if (c === '$' || c === 'usd') return 'USD';
  if (c === '£' || c === 'gbp') return 'GBP';
  return 'DKK';
}

function scan(text: string): { durs: Dur[]; amts: Amt[] } {
  // Amount candidates first: without one there is no price, and the duration scan is skipped.
  const lower = lowerTwinText(text);
  const haystack = lower ?? text;
  const priceRe = lower === null ? PRICE_RE : PRICE_LOWER;
  const durationRe = lower === null ? DURATION_RE : DURATION_LOWER;
  const raw: RegExpExecArray[] = [];
  priceRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execNotAfter(priceRe, haystack, NOT_AFTER_PRICE)) !== null) raw.push(m);
  const durs: Dur[] = [];
  const amts: Amt[] = [];
  if (raw.length === 0) return { durs, amts };
  durationRe.lastIndex = 0;
  while ((m = execNotAfter(durationRe, haystack, NOT_AFTER_DURATION)) !== null) {
    const minutes = durationMinutes(m.groups ?? {});
    if (minutes !== null)
      durs.push({ start: m.index, end: m.index + m[0].length, minutes, bare: m.groups?.bare !== undefined });
  }
  for (const p of raw) {
    const g = p.groups ?? {};
    const digits = g.amt ?? g.amt2 ?? '';
    const start = p.index;
    const end = start + p[0].length;
    // A number inside a duration ("30 min") is not an amount.
    if (durs.some((d) => start < d.end && end > d.start)) continue;
    const amount = Number(digits.replace(/\./g, ''));
    if (!Number.isFinite(amount) || amount <= 0) continue;
    amts.push({ start, end, amount, currency: currencyOf(g.pre ?? g.cur) });
  }
  return { durs, amts };
}

// An approximate or starting price still states the price: "ca. 1200", "cirka", "omkring", "fra
// 1000 kr", "from", "around", "about", "approx." (Danish and English).
const APPROX =
  '(?:ca\\.|approx\\.|(?:ca|cirka|circa|omkring|fra|from|around|about|approx|approximately)(?=\\s))\\s*';
// Between a duration and its amount: only spaces, ":", "=", dashes ("1 time: 1400 kr", "30 min - 500"),
// a price word and an approximation ("1 time fra 1000 kr", "1 hour approx. 1300").
const DUR_THEN_AMT = new RegExp(
  `^\\s*(?:[:=–—-]\\s*)?(?:(?:kun|only|pris|price|for)\\s+)?(?:${APPROX})?$`,
  'iu',
);
// Between an amount and its duration: "/", "per", "pr.", "i", "a" ("200 EUR / 1h", "1500 kr pr. time").
const AMT_THEN_DUR = /^\s*(?:\/|per|pr\.?|i|for|a|the)\s*$/iu;
// A rate right after an amount means one hour, also as a bare unit letter and without currency:
// "1500 kr/h", "1200,-/t", "Around 1500 per hour", "1400 pr. time", "1000 i timen", "1600 an hour".
const RATE_AFTER =
  /^\s*(?:(?:\/|per|pr\.?)\s*(?:h|hr|t|tim|time|timen|hour)|(?:i|an)\s+(?:timen|time|hour))(?![\p{L}\d])/iu;
// Without a currency a bare number before a rate is read as kroner only from this amount up (a
// count, "2-3 per hour", is never a price; the lowest hourly prices seen are several hundred).
const MIN_BARE_RATE_AMOUNT = 100;

/**
 * Prices found in the given texts. An amount needs a duration right before it ("1 time 1400 kr") or
 * a "/ duration" right after it ("200 EUR / 1h"); an amount without currency counts only after a
 * duration ("1 time 800").
 */
export function extractPrices(texts: readonly { path: string; text: string }[]): PriceMatch[] {
  const out: PriceMatch[] = [];
  for (const { path, text } of texts) {
    if (!text || !/\d/.test(text)) continue;
    const { durs, amts } = scan(text);
    const usedDur = new Set<Dur>();
    const paired = new Set<Amt>();
    for (const a of amts) {
      const d = [...durs]
        .reverse()
        .find((x) => x.end <= a.start && !usedDur.has(x) && DUR_THEN_AMT.test(text.slice(x.end, a.start)));
      if (!d) continue;
      if (d.bare && a.currency === null) continue;
      usedDur.add(d);
      paired.add(a);
      push(out, a, d, path);
    }
    for (const a of amts) {
      if (paired.has(a)) continue;
      const d =
        a.currency === null
          ? undefined
          : durs.find(
              (x) => x.start >= a.end && !usedDur.has(x) && AMT_THEN_DUR.test(text.slice(a.end, x.start)),
            );
      if (d) {
        usedDur.add(d);
        push(out, a, d, path);
        continue;
      }
      const rate = rateAfter(text, a);
      if (rate) push(out, a, rate, path);
    }
  }
  return out;
}

/** "/h", "per hour", "i timen" right after an amount, as a one-hour duration; null when absent. */
function rateAfter(text: string, a: Amt): Dur | null {
  if (a.currency === null && a.amount < MIN_BARE_RATE_AMOUNT) return null;
  const m = RATE_AFTER.exec(text.slice(a.end, a.end + 16));
  return m ? { start: a.end, end: a.end + m[0].length, minutes: 60, bare: true } : null;
}

function push(out: PriceMatch[], a: Amt, d: Dur, path: string): void {
  const currency = a.currency ?? 'DKK';
  const dkk = Math.round(a.amount * DKK_PER[currency] * 100) / 100;
  out.push({
    amount: a.amount,
    currency,
    dkk,
    minutes: d.minutes,
    path,
    start: Math.min(a.start, d.start),
    end: Math.max(a.end, d.end),
  });
}

/**
 * The lowest one-hour price in DKK: the minimum over one-hour prices and doubled 30-minute prices.
 * Where an ad states neither, other durations up to two hours are scaled to one hour; whole nights
 * never count. Null when there is no usable price.
 */
export function hourlyPriceDkk(matches: readonly PriceMatch[]): number | null {
  const hourly = lowestHourly(matches);
  return hourly ? hourly.dkk : null;
}

/** Like {@link hourlyPriceDkk}, but also returns the match the price came from (for evidence). */
export function lowestHourly(matches: readonly PriceMatch[]): { dkk: number; match: PriceMatch } | null {
  return pickLowest(matches, perHourExact) ?? pickLowest(matches, perHourScaled);
}

// Module-level rather than closures: tsx wraps each named closure in a costly `__name` per call.
function perHourExact(m: PriceMatch): number | null {
  return m.minutes === 60 ? m.dkk : m.minutes === 30 ? m.dkk * 2 : null;
}

function perHourScaled(m: PriceMatch): number | null {
  return m.minutes !== null && m.minutes >= 15 && m.minutes <= 120 ? (m.dkk * 60) / m.minutes : null;
}

function pickLowest(
  matches: readonly PriceMatch[],
  perHour: (m: PriceMatch) => number | null,
): { dkk: number; match: PriceMatch } | null {
  let best: { dkk: number; match: PriceMatch } | null = null;
  for (const m of matches) {
    const v = perHour(m);
    if (v === null) continue;
    const dkk = Math.round(v * 100) / 100;
    if (!best || dkk < best.dkk) best = { dkk, match: m };
  }
  return best;
}
