/**
 * Prices and their durations from price fields and free text: "1 time 1400 kr", "½ time 400 kr",
 * "1 hour 1.500,-", "200 EUR / 1h", "80 EUR / hour", "1 t. 700,-", "1500 kr/time".
 */

import { MINUTE_UNITS, PURPOSE_WORDS } from './price-chars.js';
import { spellOutAmounts } from './price-words.js';
import { TextMemo } from './text-memo.js';
import {
  addWordDurations,
  mayPairWithWordDuration,
  scanPriceTokens,
  type DurationGroups,
  type DurationToken,
} from './price-scan.js';

export type Currency = 'DKK' | 'EUR' | 'USD' | 'GBP' | 'SEK' | 'NOK';

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
 * others are rough 2026 averages and only matter for ranking. SEK and NOK float (about 0.68 and
 * 0.64 DKK in 2026): a price in them is converted only when the currency is written ("2500 SEK",
 * "1000 NOK", "svenska kronor"). A bare "kr" or "kronor" stays Danish even in a Swedish or
 * Norwegian ad, and the ad's `country` field does not change that: the ads are for work in
 * Denmark, where Swedes and Norwegians charge Danish kroner, and the field only says whose phone
 * numbering applies (analyze-format.md). Where an ad also states a price in kroner (or another
 * fixed-rate currency), a SEK or NOK one is its equivalent for visitors and is not compared (see
 * lowestHourly).
 */
export const DKK_PER: Record<Currency, number> = {
  DKK: 1,
  EUR: 7.46,
  USD: 6.9,
  GBP: 8.6,
  SEK: 0.68,
  NOK: 0.64,
};
/** Currencies whose rate floats against the krone: only an equivalent beside a fixed-rate price. */
const FLOATING_NORDIC: ReadonlySet<Currency> = new Set(['SEK', 'NOK']);

const NIGHT = 720;

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

function durationMinutes(g: DurationGroups): number | null {
  if (g.half) return 30;
  if (g.night) return NIGHT;
  if (g.whole || g.bare) return 60;
  const raw = (g.n ?? '').toLowerCase();
  let n: number;
  if (raw === '½' || raw === '1/2') n = 0.5;
  else if (raw === '1½') n = 1.5;
  else if (raw in WORD_NUM) n = WORD_NUM[raw]!;
  else n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) return null;
  const unit = (g.unit ?? '').toLowerCase();
  const minutes = unit.startsWith('m') || MINUTE_UNITS.has(unit) ? n : n * 60;
  return minutes >= 10 && minutes <= 24 * 60 ? minutes : null;
}

function currencyOf(s: string | undefined): Currency | null {
  if (!s) return null;
  const c = s.toLowerCase();
  // "200 evro", "200 евро": the euro as Russian and Ukrainian ads spell it.
  if (c.startsWith('eur') || c === '€' || c === 'evro' || c === 'евро' || c === 'євро') return 'EUR';
  if (c === '$' || c === 'usd') return 'USD';
  if (c === '£' || c === 'gbp') return 'GBP';
  // "sek", "svenska kronor"; "nok", "norske kroner"; "danska kronor" stays DKK.
  if (c === 'sek' || c.startsWith('sv')) return 'SEK';
  if (c === 'nok' || c.startsWith('nor')) return 'NOK';
  return 'DKK';
}

function scan(text: string): { durs: Dur[]; amts: Amt[] } {
  // Amount candidates first: without one there is no price, and the duration scan is skipped.
  const tokens = scanPriceTokens(text);
  let durs = toDurs(tokens.durations);
  const amts: Amt[] = [];
  for (const a of tokens.amounts) {
    // A number inside a duration ("30 min") is not an amount (only number-led ones can overlap).
    if (overlapsAny(durs, a.start, a.end)) continue;
    if (!Number.isFinite(a.amount) || a.amount <= 0) continue;
    amts.push({ start: a.start, end: a.end, amount: a.amount, currency: currencyOf(a.cur) });
  }
  shareRangeCurrency(text, amts);
  // Durations that start with a word ("time", "en time") are looked for only where one could pair.
  if (!tokens.complete && mayPairWithWordDuration(text, amts, tokens.durations))
    durs = toDurs(addWordDurations(text, tokens.durations));
  return { durs, amts };
}

// Between the two ends of a price range: a dash, with spaces or not ("150-200 €", "150 – 200 EUR"),
// or "to", "til", "bis" as a word ("150 to 200 €"). Read from the last character of the lower end
// on, which is a space when the amount took the space after it.
const RANGE_GAP = /^.\s*(?:[-–—]|(?<=\s)(?:to|til|bis)\s)\s*$/su;

/**
 * "150-200 €", "1000–1500 kr": a range writes its currency once, after the upper end, and the
 * lower end (the amount that pairs with a duration before it) is in that currency too. Only a
 * rising range: "1 time 1500 - 200 € ekstra" is two prices.
 */
function shareRangeCurrency(text: string, amts: Amt[]): void {
  for (let k = 0; k + 1 < amts.length; k++) {
    const low = amts[k]!;
    const high = amts[k + 1]!;
    if (low.currency === null && high.currency !== null && low.amount < high.amount)
      if (RANGE_GAP.test(text.slice(low.end - 1, high.start))) low.currency = high.currency;
  }
}

function toDurs(tokens: readonly DurationToken[]): Dur[] {
  const durs: Dur[] = [];
  for (const d of tokens) {
    const minutes = durationMinutes(d.groups);
    if (minutes !== null)
      durs.push({ start: d.start, end: d.end, minutes, bare: d.groups.bare !== undefined });
  }
  return durs;
}

function overlapsAny(durs: readonly Dur[], start: number, end: number): boolean {
  for (const d of durs) if (start < d.end && end > d.start) return true;
  return false;
}

// An approximate or starting price still states the price: "ca. 1200", "cirka", "omkring", "fra
// 1000 kr", "from", "around", "about", "approx." (Danish and English).
const APPROX =
  '(?:ca\\.|approx\\.|(?:ca|cirka|circa|omkring|fra|from|around|about|approx|approximately)(?=\\s))\\s*';
// Between a duration and its amount: only spaces, ":", "=", dashes ("1 time: 1400 kr", "30 min - 500"),
// the dot leaders of a price table ("60 min ..... 1200 kr"), a price word or verb and an
// approximation ("1 time fra 1000 kr", "1 hour approx. 1300", "en time koster 1400 kr", "one hour
// costs 1500", "en time er 1200 kroner"), and what the hour is for ("1 times massage 500 kr"). The
// verb also as broken Danish and visitors write it: "1 time koste 1300 kr", "1 Stunde kostet",
// "1 godzina kosztuje", "1 hodina stojí", "1 valanda kainuoja". Emoji and arrows may decorate the
// gap as punctuation does ("1t 🕐 = 1.800 kr", "1 time ➡️ 1500 kr", "1t → 1200"), and a price list
// may join them with a slash ("1t/1100, ½t/650") or a table's column bar ("| 1 time | 700 kr |").
const EMOJI_GAP = '(?:[\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}→⇒]+\\s*)?';
// Something included with the hour, in words: "1 time + et glas bobler ....... 1.400", "1 hour incl.
// champagne: 1600" (no digits: "1 time + 30 min" is another duration).
// Also whom the hour is with, in a duo's list: "1 time med én af os 1500 kr", "1 hour with one of us",
// "1 hora com uma de nós", "1 hora con una de nosotras"; one of a duo named ("1 hour one girl 1500
// kr, 1 hour duo 2800 kr", "1 time én pige 1400", Portuguese and Spanish "1h uma 1200 kr", "1 hora una
// chica 1300"), the one the hour is with ("1 time med pigen 1600 kr", "1 hour with me 1500") and the
// hotel the hour is at ("1 hour in hotel 2200 kr", "1 time på hotel 2000 kr").
// Also the house's price of one woman: "1 time pr. pige 1500 kr", "1 hour per lady 1400 kr".
const EXTRA_GAP =
  '(?:(?:pr\\.\\s*|(?:per|pro)\\s+)(?:pige|girl|lady|dame|kvinde)\\s*,?\\s*|(?:\\+|inkl\\.|incl\\.|inkl|incl|including|inklusive)\\s*(?:\\p{L}+\\s+){0,3}\\p{L}+\\s*|(?:med|with|com|con)\\s+(?:én|en|et|one|uma|una)\\s+(?:af|of|de)\\s+(?:os|us|nós|nos|nosotras)\\s*,?\\s*|(?:one|1|én|en)\\s+(?:girl|lady|pige|dame)\\s*,?\\s*|(?:med|with)\\s+(?:pigen|damen|hende|mig|en pige|én pige|the girl|the lady|her|me|a girl)\\s*,?\\s*|(?:uma|una)(?:\\s+(?:menina|garota|chica))?\\s*,?\\s*|(?:in|at|på|i)\\s+(?:the\\s+|a\\s+|your\\s+|my\\s+)?(?:hotel|hotellet|hotel room)\\s*,?\\s*)?';
// A bracket may close after the duration or hold a remark without digits: "1 godz (1 hour) 600 kr",
// "1 hour (60 min) 1200 kr", "1 time (inkl. kaffe) 1300".
const BRACKET_GAP = '\\)?\\s*(?:\\([^()\\d]{1,30}\\)\\s*)?';
// What the hour is for, and something with it: "1 time massage + GFE 1300 kr".
const DUR_THEN_AMT = new RegExp(
  `^\\s*${BRACKET_GAP}${EMOJI_GAP}${EXTRA_GAP}(?:(?:${PURPOSE_WORDS.join('|')})\\s*${EXTRA_GAP})?(?:(?:[:=–—/|-]|\\.{2,}|…+)\\s*)?${EMOJI_GAP}(?:(?:kun|only|pris|price|for|koster|koste|kostet|kosztuje|stojí|kainuoja|costs?|er|is|nu|now)\\s+){0,2}(?:${APPROX})?$`,
  'iu',
);
// Between an amount and its duration: "/", "per", "pr.", "i", "a", "the", "for (en)" ("200 EUR / 1h",
// "1500 kr pr. time", "1100 kroner for en hel time", "3.000 kr for the first hour"), also after the client it is for ("2000 kr pr.
// mand for 1 time", "150 EUR per person for one hour").
const AMT_THEN_DUR =
  /^\s*(?:(?:per|pr\.?)\s*(?:mand|person|pers\.?|kunde|client|guy|man)\s*)?(?:\/\s*|pr\.\s*|(?:per|pr|i|for(?:\s+(?:en|et|one|an?|the))?|a|the)\s+)$/iu;
// Without a currency an amount pairs with a duration after it only behind "for" ("Kun 900 for en
// hel time", "1500 for en time"): elsewhere a number before a duration is a count or a clock time.
// A word before the duration ends with a space: "390 for at bestille" is no "for a t(ime)".
const BARE_AMT_THEN_DUR = /^\s*for(?:\s+(?:en|et|one|an?))?\s+$/iu;
// A currency amount right before a bare "hour", as broken English writes a rate ("150 eur hour").
const CURRENCY_HOUR_AFTER = /^\s(?:an\s)?hour(?![\p{L}\d])/iu;
// In an ad that gives the amount first ("500kr 1h, 300kr 30min", "1200 kr - 1 time"), only spaces,
// a dash or a colon stand between an amount with its currency and its duration.
const AMT_BESIDE_DUR = /^\s*(?:[:=–—-]\s*)?$/u;
// A rate right after an amount means one hour, also as a bare unit letter and without currency:
// "1500 kr/h", "1200,-/t", "Around 1500 per hour", "1400 pr. time", "1000 i timen", "1600 an hour",
// in German and Swedish "100 € / Std.", "100 € pro Stunde", "1500 kr/timme", and in Spanish,
// Portuguese and French "150 € a hora", "200 € por hora", "150 € l'heure", and as visitors from
// the east write it: Romanian "1000 kr/ora", "pe oră", Albanian "/orë", Hungarian "/óra", Polish
// "za godzinę", Czech "za hodinu", Russian and Bulgarian "за час" (for an hour).
const RATE_AFTER =
  /^\s*(?:(?:\/|per|pro|pr\.?|por|par|pe|za|за)\s*(?:h|hr|t|tim|time|timen|timme|hour|std|stunde|hora|heure|ora|oră|orë|óra|godz|godzinę|hodinu|час)|(?:i|an)\s+(?:timen|time|hour)|(?:a|la|a la|à|de la)\s+(?:hora|heure)|l['’]heure)(?![\p{L}\d])/iu;
// Without a currency a bare number before a rate is read as kroner only from this amount up (a
// count, "2-3 per hour", is never a price; the lowest hourly prices seen are several hundred).
const MIN_BARE_RATE_AMOUNT = 100;

/** A price found in one text, before it is given the path of that text. */
type TextPrice = Omit<PriceMatch, 'path'>;

// Structured price entries repeat the same few values across ads ("30 min 1.000 kr"): their prices
// are kept per text. Free text (title, text) is rarely seen twice and is not kept.
const entryPrices = new TextMemo<readonly TextPrice[]>(5_000);

/**
 * Prices found in the given texts. An amount needs a duration right before it ("1 time 1400 kr") or
 * a "/ duration" right after it ("200 EUR / 1h"); an amount without currency counts only after a
 * duration ("1 time 800").
 */
export function extractPrices(texts: readonly { path: string; text: string }[]): PriceMatch[] {
  const out: PriceMatch[] = [];
  for (const { path, text } of texts) {
    if (!text) continue;
    const found =
      path === 'title' || path === 'text'
        ? pricesIn(text, false)
        : (entryPrices.get(text) ?? entryPrices.keep(text, pricesIn(text, true)));
    for (const p of found)
      out.push({
        amount: p.amount,
        currency: p.currency,
        dkk: p.dkk,
        minutes: p.minutes,
        path,
        start: p.start,
        end: p.end,
      });
  }
  if (out.length === 0) {
    const lone = lonePrice(texts);
    if (lone) out.push(lone);
  }
  return out;
}

// Before a lone price: the start of the text, the end of a sentence or a line, or a price word
// ("Incall. 1.000,-", "Pris: 1.200 kr"). A word before it names what the amount is for ("Entré 300
// kr", "AV 300 kr", "Lommepenge 3.000 kr", "pr. mand 500 kr"), which is then no price of a visit.
// A starting price too ("Fra 1.100 kr.", "From 1.500 kr"): the visit's price at its shortest.
const LONE_BEFORE =
  /[.!?…\n|•·]\s*(?:(?:pris|prisen|price|takst|honorar|kun|only|fra|from|priser fra|prices from)\s*:?\s*)?$/iu;
// After it: the end, a new sentence, a phone number or a line; not a unit ("500 kr pr. mand", "3.000
// kr om måneden", "300 kr ekstra", "500 kr i depositum" go on in lower case), also capitalised
// after a "kr." ("500 kr. Pr. mand", "300 kr. Ekstra for AV").
const LONE_AFTER =
  /^\.?\s*(?!(?:Pr|Per|Pro|Om|For|Ekstra|Extra|Tillæg|Depositum|Deposit|Each|Hver|Til)(?![\p{L}]))(?:$|[\n|•·(]|\d|\p{Lu}|\p{Extended_Pictographic})/u;
// Kroner as written after or before an amount: "kr", "kr.", "kroner", "DKK", ",-".
const KRONER = /^(?:kroner|kr\.?|dkk|,-|\.-)$/;
// A lone amount is read as the price of a visit only within the range of hourly prices.
const LONE_MIN_DKK = 300;
const LONE_MAX_DKK = 5000;

/**
 * A price written alone, without any duration, where no price in the ad states one ("Incall.
 * 1.000,-. Ring 12 34 56 78", "Alle dage 10-18. 1.200 kr."): Danish ads quote the price of one
 * standard visit that way, an hour, and it is kept with `minutes` null (see perHourExact). Only an
 * amount in kroner standing as a sentence of its own (LONE_BEFORE, LONE_AFTER), and only when the
 * ad writes no other amount in a currency: with two ("1.000 kr. Overnight 5.000 kr") which one is
 * the visit is a guess.
 */
function lonePrice(texts: readonly { path: string; text: string }[]): PriceMatch | null {
  let found: PriceMatch | null = null;
  for (const { path, text } of texts) {
    if (!text || !/\d/.test(text)) continue;
    for (const a of scanPriceTokens(text).amounts) {
      if (a.cur === undefined) continue;
      if (found !== null && a.amount === found.amount) continue;
      if (found !== null || !KRONER.test(a.cur) || a.amount < LONE_MIN_DKK || a.amount > LONE_MAX_DKK)
        return null;
      const before = (a.start <= 30 ? '\n' : '') + text.slice(Math.max(0, a.start - 30), a.start);
      if (!LONE_BEFORE.test(before) || !LONE_AFTER.test(text.slice(a.end, a.end + 30))) return null;
      found = {
        amount: a.amount,
        currency: 'DKK',
        dkk: a.amount,
        minutes: null,
        path,
        start: a.start,
        end: a.end,
      };
    }
  }
  return found;
}

/**
 * The prices of one text (see extractPrices), in the order they are reported. An ad that may give
 * its amounts first (see statesAmountFirst) is read both ways, and the reading that pairs more
 * prices wins; on a tie the usual duration-first reading stands.
 */
function pricesIn(written: string, entry: boolean): TextPrice[] {
  // A text without digits (most titles) holds a price only when it spells one; spellOutAmounts
  // lower-cases a text only when it may.
  const spelled = spellOutAmounts(written);
  if (spelled === null) return /\d/.test(written) ? digitPricesIn(written, entry) : [];
  const found = digitPricesIn(spelled.text, entry);
  // Evidence starts where the words start ("tusind kroner", not its padding).
  for (const p of found)
    for (const span of spelled.spans) if (p.start >= span.start && p.start < span.end) p.start = span.start;
  return found;
}

/**
 * A price entry headed by its currency: "€: 1t 150", "EUR: 1 hour 150, 30 min 90", "SEK: 1h 2000".
 * The label holds for the entry's amounts that name no currency of their own.
 */
const CURRENCY_LABEL = /^\s*(€|eur|euro|euros|sek|nok|usd|\$|£|gbp)\s*:/iu;

function digitPricesIn(text: string, entry: boolean): TextPrice[] {
  const { durs, amts } = scan(text);
  if (amts.length === 0) return [];
  const label = entry ? CURRENCY_LABEL.exec(text) : null;
  if (label !== null) for (const a of amts) a.currency ??= currencyOf(label[1]);
  const usual = pairPrices(text, durs, amts, false, entry);
  if (!statesAmountFirst(text, durs, amts)) return usual;
  const amountFirst = pairPrices(text, durs, amts, true, entry);
  return amountFirst.length > usual.length ? amountFirst : usual;
}

/**
 * Whether a bare "time" stands in a list of priced durations, "Halv time 600, time 1000": another
 * duration that is not bare comes right before or after it, with only an amount between, so the
 * number after it is a price as the list's others are, currency or not.
 */
function besideTimedPrice(text: string, durs: readonly Dur[], d: Dur): boolean {
  return durs.some(
    (o) =>
      o !== d &&
      !o.bare &&
      ((o.end <= d.start && PRICE_LIST_GAP.test(text.slice(o.end, d.start))) ||
        (d.end <= o.start && PRICE_LIST_GAP.test(text.slice(d.end, o.start)))),
  );
}

/** Between two entries of a price list: the amount and separators only (" 600, ", " 1000 kr / "). */
const PRICE_LIST_GAP = /^[\s.,:;/|·•=–—-]*\d[\d.]*\s*(?:kr\.?|dkk|,-)?[\s.,;/|·•–—-]*$/iu;

/**
 * Pairs amounts with durations; with `amountFirst` each amount first takes the duration after it.
 * In a price entry (`entry`, the structured prices field) a bare "Time 1500" is a price: the field
 * itself says the number is one, where in free text "time" and a number may be anything.
 */
function pairPrices(
  text: string,
  durs: readonly Dur[],
  amts: readonly Amt[],
  amountFirst: boolean,
  entry: boolean,
): TextPrice[] {
  const out: TextPrice[] = [];
  const usedDur = new Set<Dur>();
  const paired = new Set<Amt>();
  if (amountFirst) {
    for (const a of amts) {
      const d = firstStartingFrom(durs, a.end);
      if (d === undefined || usedDur.has(d)) continue;
      const gap = text.slice(a.end, d.start);
      if (!AMT_THEN_DUR.test(gap) && !(a.currency !== null && AMT_BESIDE_DUR.test(gap))) continue;
      usedDur.add(d);
      paired.add(a);
      push(out, a, d);
    }
  }
  for (const a of amts) {
    if (paired.has(a)) continue;
    // Only the last duration before the amount can pair: the text between an earlier one and the
    // amount holds that last duration, and no duration is only spaces, dashes and price words.
    const d = lastEndingBy(durs, a.start);
    if (d === undefined || usedDur.has(d) || !DUR_THEN_AMT.test(text.slice(d.end, a.start))) continue;
    if (d.bare && a.currency === null && !entry && !besideTimedPrice(text, durs, d)) continue;
    // A bare number under 100 after a duration is a time or a count ("1 hour at 22:00", "at 18"),
    // not a price: as for a rate, no hourly price is that low.
    if (a.currency === null && a.amount < MIN_BARE_RATE_AMOUNT) continue;
    usedDur.add(d);
    paired.add(a);
    push(out, a, d);
  }
  for (const a of amts) {
    if (paired.has(a)) continue;
    // Likewise only the first duration after the amount ("/", "per", "i"... between).
    const d =
      a.currency !== null || a.amount >= MIN_BARE_RATE_AMOUNT ? firstStartingFrom(durs, a.end) : undefined;
    if (
      d !== undefined &&
      !usedDur.has(d) &&
      (amountLeadsTo(a, text.slice(a.end, d.start)) || bracketedAfter(a, text, d))
    ) {
      usedDur.add(d);
      push(out, a, d);
      continue;
    }
    const rate = rateAfter(text, a) ?? rangeRate(text, amts, a);
    if (rate) push(out, a, rate);
  }
  return out;
}

/**
 * "750–900 kr per hour", "1000-1500 kr/t": the lower end of a rising range is a rate too when the
 * upper end is followed by one; the range ends where the rate does. Null when `a` starts no range
 * or no rate follows it.
 */
function rangeRate(text: string, amts: readonly Amt[], a: Amt): Dur | null {
  // "2-300 kr per time" is a shorthand for 200-300, not a rate of 2 kr: the lower end is no number under 100.
  if (a.amount < MIN_BARE_RATE_AMOUNT) return null;
  const high = amts[amts.indexOf(a) + 1];
  if (high === undefined || a.amount >= high.amount || !RANGE_GAP.test(text.slice(a.end - 1, high.start)))
    return null;
  const rate = rateAfter(text, high);
  return rate ? { start: a.end, end: rate.end, minutes: 60, bare: true } : null;
}

/**
 * Whether the text between an amount and a free duration after it pairs them: "/", "per", "for"...
 * ("200 EUR / 1h", "1500 for en time"), or, after an amount with its currency, only spaces, a dash
 * or a colon ("150 euro 1 timme" in an ad that gave an age first, so not read amount first).
 */
function amountLeadsTo(a: Amt, gap: string): boolean {
  if (a.currency === null) return BARE_AMT_THEN_DUR.test(gap);
  return AMT_THEN_DUR.test(gap) || AMT_BESIDE_DUR.test(gap);
}

/**
 * The duration in brackets right after an amount with its currency: "200 € (1h)", "1500 kr (1
 * time)". The bracket holds the duration alone, so "1500 kr (2 timer 2800)" pairs nothing.
 */
const OPENS_BRACKET = /^\s*\(\s*$/u;
const CLOSES_BRACKET = /^\s*\)/u;

function bracketedAfter(a: Amt, text: string, d: Dur): boolean {
  return (
    a.currency !== null &&
    OPENS_BRACKET.test(text.slice(a.end, d.start)) &&
    CLOSES_BRACKET.test(text.slice(d.end, d.end + 4))
  );
}

/**
 * Whether the text gives its prices amount first: its first amount with a currency has no duration
 * before it, and a duration follows it with only spaces, a dash or a colon between ("500kr
 * 1h, 300kr 30min"), or "for" ("kr. 700 for 45 min / kr. 900 for 1 time"). Then each amount pairs
 * with the duration after it; read the other way round, "500kr 1h 900kr 2h" would give 900 kr for
 * one hour.
 */
function statesAmountFirst(text: string, durs: readonly Dur[], amts: readonly Amt[]): boolean {
  // Numbers without a currency before it are an age or a count ("52, bosat her i 25 år").
  const first = amts.find(hasCurrency);
  if (first === undefined || (durs.length > 0 && durs[0]!.start < first.start)) return false;
  const d = firstStartingFrom(durs, first.end);
  if (d === undefined) return false;
  const gap = text.slice(first.end, d.start);
  return AMT_BESIDE_DUR.test(gap) || BARE_AMT_THEN_DUR.test(gap);
}

function hasCurrency(a: Amt): boolean {
  return a.currency !== null;
}

/** The last duration (in text order) that ends at or before `at`. */
function lastEndingBy(durs: readonly Dur[], at: number): Dur | undefined {
  let found: Dur | undefined;
  for (const d of durs) {
    if (d.end > at) break;
    found = d;
  }
  return found;
}

/** The first duration (in text order) that starts at or after `at`. */
function firstStartingFrom(durs: readonly Dur[], at: number): Dur | undefined {
  for (const d of durs) if (d.start >= at) return d;
  return undefined;
}

/** "/h", "per hour", "i timen" right after an amount, as a one-hour duration; null when absent. */
function rateAfter(text: string, a: Amt): Dur | null {
  if (a.currency === null && a.amount < MIN_BARE_RATE_AMOUNT) return null;
  const after = text.slice(a.end, a.end + 16);
  const m = RATE_AFTER.exec(after) ?? (a.currency === null ? null : CURRENCY_HOUR_AFTER.exec(after));
  return m ? { start: a.end, end: a.end + m[0].length, minutes: 60, bare: true } : null;
}

function push(out: TextPrice[], a: Amt, d: Dur): void {
  const currency = a.currency ?? 'DKK';
  const dkk = Math.round(a.amount * DKK_PER[currency] * 100) / 100;
  out.push({
    amount: a.amount,
    currency,
    dkk,
    minutes: d.minutes,
    start: Math.min(a.start, d.start),
    end: Math.max(a.end, d.end),
  });
}

/**
 * The lowest one-hour price in DKK: the minimum over one-hour prices and doubled 30-minute prices,
 * as the catalogue defines it ("price for one hour … 30-minute prices are doubled"). Other
 * durations are not scaled: "20 min 300 kr, 40 min 550 kr, 1,5 time 1.200 kr" states no price for
 * an hour, and a clinic's 20-minute rate times three is no price anyone asks. Whole nights never
 * count. Null when there is no one-hour or half-hour price.
 */
export function hourlyPriceDkk(matches: readonly PriceMatch[]): number | null {
  const hourly = lowestHourly(matches);
  return hourly ? hourly.dkk : null;
}

/** Like {@link hourlyPriceDkk}, but also returns the match the price came from (for evidence). */
export function lowestHourly(matches: readonly PriceMatch[]): { dkk: number; match: PriceMatch } | null {
  // "1 hour 2,800 DKK / 4,000 SEK": the Swedish figure restates the Danish one, and at our rough
  // rate (2720) it would pass for a lower price. Floating currencies count only when no price in a
  // fixed-rate currency is given.
  const stated = pickLowest(matches, perHourStated);
  return stated ?? pickLowest(matches, perHourExact);
}

// One-hour prices that are not in a floating Nordic currency (see FLOATING_NORDIC).
function perHourStated(m: PriceMatch): number | null {
  return FLOATING_NORDIC.has(m.currency) ? null : perHourExact(m);
}

// Module-level rather than a closure: tsx wraps each named closure in a costly `__name` per call.
// A price without a duration is kept only when no price in the ad has one (see lonePrice), and is
// the price of one visit, an hour.
function perHourExact(m: PriceMatch): number | null {
  return m.minutes === 60 || m.minutes === null ? m.dkk : m.minutes === 30 ? m.dkk * 2 : null;
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
