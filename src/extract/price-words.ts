/**
 * Prices written in words ("tusind kroner", "seks hundrede", "to tusind kr", "tusen kr"): Danish,
 * Norwegian and Swedish number words of hundreds and thousands, read as digits so that the usual
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
};
const DIGIT = Object.keys(DIGIT_WORDS).join('|');
const HUNDRED = 'hundr(?:ede|e|a)';
const THOUSAND = 'tusinde?|tusen';
// "tusind", "et tusind", "to tusind", "halvandet tusind", "tusind fem hundrede", "tusind og
// fem hundrede", "seks hundrede", "femhundrede". Not "tusind tak" (thanks), nor inside a word.
const WORD_AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:(?<k>${DIGIT}|halvandet)\\s?)?(?:${THOUSAND})(?:\\s(?:og\\s)?(?<kh>${DIGIT})\\s?${HUNDRED})?(?!\\s+tak)|(?<h>${DIGIT})\\s?${HUNDRED})(?![\\p{L}\\d])`,
  'gu',
);
// A cheap first test, before the text is lower-cased: most texts name no hundreds or thousands.
const HINT = /tus[ie]n|hundr/i;

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
        : (g.k === 'halvandet' ? 1500 : (g.k === undefined ? 1 : DIGIT_WORDS[g.k]!) * 1000) +
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
