/**
 * Character classes and word lists of the hand price scanner (price-scan.ts): per ASCII code,
 * which lookbehinds of the price and duration patterns reject a match after it and what kind of
 * character it is; the same bits for other characters, worked out once each.
 */

import { EVERYDAY_NOT_DURATIONS, NOT_AFTER_DURATION, NOT_AFTER_PRICE } from './price-patterns.js';

export const BLOCKS_DURATION = 1; // [\p{L}\d]
export const BLOCKS_PRICE = 2; // [\p{L}\d.,]
export const STARTS_DURATION = 8; // a digit or the first letter of a duration word (½ is not ASCII)
export const SPACE = 16; // \s
export const DIGIT = 32;
export const LETTER = 64; // a-z
// The first characters of a currency after an amount: kr dkk eur usd gbp , . and the Nordic sek,
// nok, "danska/svenska/norske kronor".
export const CURRENCY = 256;
export const ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (NOT_AFTER_DURATION.test(ch)) bits |= BLOCKS_DURATION;
  if (NOT_AFTER_PRICE.test(ch)) bits |= BLOCKS_PRICE;
  // "u", "g", "p": "una hora", "godzina", "pół godziny".
  if (/[\deotahnsfmugp]/.test(ch)) bits |= STARTS_DURATION;
  if (/\s/.test(ch)) bits |= SPACE;
  if (/\d/.test(ch)) bits |= DIGIT;
  if (/[a-z]/.test(ch)) bits |= LETTER;
  if (/[kdeugsn,.$]/.test(ch)) bits |= CURRENCY;
  ASCII[c] = bits;
}
export const HALF = 0xbd; // ½

/** Number words of a duration, in the order the pattern tries them. */
export const NUMBER_WORDS = ['en', 'et', 'to', 'tre', 'one', 'two', 'three', 'a', 'an'];
/**
 * What an hour is for, or who for, between a duration and its amount ("1 times massage 500 kr",
 * "1 t solo 1500 / duo 2800", "1 time incall 1200"): read by the
 * pairing (DUR_THEN_AMT in prices.ts) and by the gate before it (GAP_WORDS in price-scan.ts).
 */
export const PURPOSE_WORDS = [
  'massage',
  'besøg',
  'sex',
  'session',
  'visit',
  'solo',
  // One of a duo: "1h duo 3000 kr, 1h single 1500 kr".
  'single',
  'duo',
  'incall',
  'outcall',
];
/** Every unit a duration can end with (before a non-letter). */
export const UNITS = new Set([
  'min',
  'minutter',
  'minute',
  'minutes',
  // "30mins 350kr."
  'mins',
  'm',
  'timer',
  'time',
  'tim',
  't',
  'hours',
  'hour',
]);
for (const u of ['hrs', 'hr', 'h']) UNITS.add(u);
// Swedish, German, Dutch, Finnish, French, Italian and Romanian units ("1 timme 1500 kr", "60
// minuter", "1 Stunde", "2 Std.", "1 uur", "1 tunti", "1 heure", "1 ora").
for (const u of [
  'minuter',
  'timmar',
  'timme',
  'stunde',
  'stunden',
  'std',
  'uur',
  'tunti',
  'heure',
  'heures',
  'ora',
  'ore',
])
  UNITS.add(u);
// Polish, Czech, Slovak, Lithuanian and Hungarian units ("1 godz.", "1 godzina", "1 hodina", "1 hod",
// "1 val.", "1 valanda", "30 minut", "30 perc"; "1 óra", "1 godzinę" and "30 minút" hold letters
// outside ASCII, which the regex reads).
for (const u of ['godz', 'godzina', 'godziny', 'godzin', 'hodina', 'hodiny', 'hodinu', 'hodin', 'hod'])
  UNITS.add(u);
for (const u of ['val', 'valanda', 'valandos', 'minut', 'perc']) UNITS.add(u);
/**
 * Units of minutes besides those that start with a Latin "m": Hungarian "perc", Ukrainian "хвилин"
 * ("30 хвилин") and Russian "минут" ("30 минут"; its "м" is Cyrillic). The Ukrainian "година" and
 * Russian "час" (hour) need no entry: a unit not listed here is hours (see price-patterns.ts).
 */
export const MINUTE_UNITS: ReadonlySet<string> = new Set([
  'perc',
  'хвилин',
  'хвилини',
  'хвилина',
  'хвилину',
  'хв',
  'минут',
  'минута',
  'минуты',
  'мин',
  '分钟',
  '分鐘',
  // Korean "30분", Vietnamese "30 phút", Thai "30 นาที" (minutes).
  '분',
  'phút',
  'นาที',
]);
// The Spanish "1 hora", "2 horas" and the Tagalog "1 oras" only after digits (see HORA_UNITS below);
// so are the Russian and Ukrainian hour in Latin letters ("1 chas 1400 kr", "1 hodyna 1300") and
// the Serbo-Croatian "1 sat 1400 kr", "2 sata" (a bare "sat" is the English verb), and the Turkish
// "1 saat 1500 kr" (hour).
const AFTER_DIGITS = [
  'saat',
  'sat',
  'sata',
  'sati',
  'hora',
  'horas',
  'oras',
  'chas',
  'chasa',
  'chasov',
  'hodyna',
  'hodyny',
  'hodynu',
  'hodyn',
];
for (const u of AFTER_DIGITS) UNITS.add(u);
/** Units read only after digits: a number word glued to "hora" is "ahora" (now). */
export const HORA_UNITS: ReadonlySet<string> = new Set(AFTER_DIGITS);
/** "at", "am", "entime", "tohours": a number word and its unit without a space, split. */
export const GLUED = new Map<string, { n: string; unit: string }>();
for (const n of NUMBER_WORDS)
  for (const unit of UNITS)
    if (!GLUED.has(n + unit) && !HORA_UNITS.has(unit)) GLUED.set(n + unit, { n, unit });
for (const word of EVERYDAY_NOT_DURATIONS) GLUED.delete(word);
export const PURE_NUMBER_WORDS = new Set(NUMBER_WORDS);
/** Words that start the phrases ("halv time", "hel nat", "all night", "nat"): left to the regex. */
export const PHRASE_WORDS = new Set([
  'halv',
  'halvt',
  'halvtime',
  'halve',
  'halvtimme',
  'half',
  'hel',
  'hele',
  'overnight',
  'all',
  'nat',
  // "2.500 kr the first hour", "3.000 kr for the first hour": the hour a price list starts with.
  'first',
  // The Portuguese and Spanish half hour: "Meia hora 700 kr", "Media hora 100€".
  'meia',
  'media',
  // The German half hour: "Halbe Stunde 800 kr, ganze Stunde 1400 kr".
  'halbe',
  // The Spanish and Romanian hour ("Una hora 1200 kr", "150 € o oră"), and the ASCII letters the
  // Polish, Czech and Hungarian half hour start with ("pół godziny", "půl hodiny", "fél óra").
  'una',
  'o',
  'p',
  'f',
  // The Italian hour and half hour: "200 € un'ora", "Mezz'ora 800 kr".
  'un',
  'mezz',
  'mezzora',
]);
// The German "Stunde 1.300 kr" (an hour) as a bare unit too, as Danish "Time 1500".
// The Czech and Polish "Hodina 1200 DKK", "Godzina 1000 koron" (an hour) alike, and the Spanish
// "Hora 1500 kr", "media hora 700, hora 1200" (a word of its own: "ahora" is now).
export const BARE = new Set(['timepris', 'timen', 'time', 'hour', 'stunde', 'hodina', 'godzina', 'hora']);

/** Lookbehind bits (BLOCKS_*, SPACE) of non-ASCII BMP code units, 0 when not known yet. */
export const otherBits = new Uint16Array(0x10000);
/** The same for code points outside the BMP (emoji, mathematical letters). */
export const astralBits = new Map<number, number>();
export const KNOWN = 512;

export function bitsOf(ch: string): number {
  return (
    KNOWN |
    (NOT_AFTER_DURATION.test(ch) ? BLOCKS_DURATION : 0) |
    (NOT_AFTER_PRICE.test(ch) ? BLOCKS_PRICE : 0) |
    (/^\s$/u.test(ch) ? SPACE : 0)
  );
}

/** Bits of a code unit read on its own (non-ASCII, or a lone surrogate), cached. */
export function loneBits(c: number): number {
  let bits = otherBits[c]!;
  if (bits === 0) {
    bits = bitsOf(String.fromCharCode(c));
    otherBits[c] = bits;
  }
  return bits;
}

/**
 * The lookbehind bits of the code point that ends at `i + 1`, whose last code unit is `c`
 * (non-ASCII): as `charBeforeIs` reads it, a lone surrogate stands for itself.
 */
export function bitsBefore(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (c < 0xdc00 || (high & 0xfc00) !== 0xd800) return loneBits(c);
    const cp = ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
    let bits = astralBits.get(cp);
    if (bits === undefined) {
      bits = bitsOf(String.fromCodePoint(cp));
      astralBits.set(cp, bits);
    }
    return bits;
  }
  return loneBits(c);
}

/** ASCII bits of the code unit at `i` (0 for others and past the end). */
export function asciiBitsAt(text: string, i: number): number {
  const c = i < text.length ? text.charCodeAt(i) : 128;
  return c < 128 ? ASCII[c]! : 0;
}
