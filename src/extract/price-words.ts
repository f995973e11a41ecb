/**
 * Prices written in words ("tusind kroner", "seks hundrede", "to tusind kr", "tusen kr"): Danish,
 * Norwegian, Swedish and English number words of hundreds and thousands, read as digits so that the usual
 * price rules pair them with a duration. Smaller number words are left alone: "en time", "to
 * timer" are durations, and no price is below a hundred.
 */

import { lowerTwinText } from './scan.js';

/** A word amount's span in the original text. */
export interface SpelledSpan {
  start: number;
  end: number;
}

const DIGIT_WORDS: Record<string, number> = {
  en: 1,
  et: 1,
  ett: 1,
  to: 2,
  två: 2,
  tre: 3,
  fire: 4,
  fyra: 4,
  fem: 5,
  seks: 6,
  sex: 6,
  syv: 7,
  sju: 7,
  otte: 8,
  åtte: 8,
  åtta: 8,
  ni: 9,
  nio: 9,
  // The visitors' English: "one thousand three hundred kr", "eight hundred".
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const DIGIT = Object.keys(DIGIT_WORDS).join('|');
// Hundreds counted past ten, as Danish says a price: "tolv hundrede kroner" (1200), "femten hundrede"
// (1500); English and Swedish alike ("twelve hundred", "femton hundra").
const TEEN_WORDS: Record<string, number> = {
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  elva: 11,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  nitton: 19,
};
const TEEN = Object.keys(TEEN_WORDS).join('|');
const HUNDRED = 'hundr(?:ede|e|a|ed)';
const THOUSAND = 'tusinde?|tusen|thousand';
// "tusind", "et tusind", "to tusind", "halvandet tusind" (and the common gender's "halvanden
// tusind"), "tusind fem hundrede", "tusind og fem hundrede", "seks hundrede", "femhundrede", "tolv
// hundrede", "one thousand and five hundred". Not "tusind tak" (thanks), nor inside a word.
const WORD_AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:(?<k>${DIGIT}|halvandet|halvanden)\\s?)?(?:${THOUSAND})(?:\\s(?:og\\s|and\\s)?(?<kh>${DIGIT})\\s?${HUNDRED})?(?!\\s+(?:tak|thanks))|(?<t>${TEEN})\\s?${HUNDRED}|(?<h>${DIGIT})\\s?${HUNDRED})(?![\\p{L}\\d])`,
  'gu',
);
// A cheap first test, before the text is lower-cased: most texts name no hundreds or thousands.
const HINT = /tus[ie]n|hundr|thousand/i;

/**
 * `text` with each word amount replaced by its digits, right-aligned in the same span (so every
 * other offset stays valid), and the spans replaced; null when the text has no word amount.
 */
export function spellOutAmounts(text: string): { text: string; spans: SpelledSpan[] } | null {
  if (!HINT.test(text)) return null;
  const lower = lowerTwinText(text);
  if (lower === null) return null;
  const spans: SpelledSpan[] = [];
  let out = '';
  let last = 0;
  WORD_AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_AMOUNT.exec(lower)) !== null) {
    const g = m.groups ?? {};
    const value =
      g.h !== undefined
        ? DIGIT_WORDS[g.h]! * 100
        : g.t !== undefined
          ? TEEN_WORDS[g.t]! * 100
          : (g.k === 'halvandet' || g.k === 'halvanden'
              ? 1500
              : (g.k === undefined ? 1 : DIGIT_WORDS[g.k]!) * 1000) +
            (g.kh === undefined ? 0 : DIGIT_WORDS[g.kh]! * 100);
    const digits = String(value);
    const end = m.index + m[0].length;
    out += text.slice(last, m.index) + digits.padStart(m[0].length, ' ');
    last = end;
    spans.push({ start: m.index, end });
  }
  if (spans.length === 0) return null;
  return { text: out + text.slice(last), spans };
}
