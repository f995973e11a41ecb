import { execNotAfter } from './scan.js';

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
  { re: /(\d{2})(?<!\d\d\d)\s?(?:år|års|aar|years?|yrs?|y\.o\.?|yo|jahre|ans|años|anos|lat)(?![\p{L}])/giu },
  {
    re: /(?:age|alder|aged|i am|i'm|im|jeg er|er|hun er|she is)\s*:?\s*(\d{2})(?![\d\p{L}]|\s?(?:kr|dkk|min|cm|kg|%|€))/giu,
    notAfter: /^[\p{L}]$/iu,
  },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+\s?\(\d{2})(?=\))/gu },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+,\s?\d{2})(?=\s?(?:[,.–—-]|$|\s(?!\d)))/gmu },
  { re: /(\d{2})(?<=\p{Lu}\p{Ll}+\s\d{2})(?=\s?(?:[,–—-]|$|\s(?![\d-]|kr|min|dkk|timer?|hours?|%)))/gmu },
];
const TWO_DIGITS = /\d\d/;

/** Stated ages (18..99) in free text, most explicit first; phone-number digits are not ages. */
export function findAges(text: string, exclude: readonly { start: number; end: number }[] = []): AgeMatch[] {
  const out: AgeMatch[] = [];
  // Every pattern needs two adjacent digits.
  if (!TWO_DIGITS.test(text)) return out;
  for (const { re, notAfter } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = notAfter ? execNotAfter(re, text, notAfter) : re.exec(text)) !== null) {
      const digits = m[1]!;
      const start = m.index + m[0].indexOf(digits);
      const end = start + digits.length;
      const age = Number(digits);
      if (age < MIN_AGE || age > MAX_AGE) continue;
      if (exclude.some((x) => start < x.end && end > x.start)) continue;
      if (out.some((o) => o.start === start)) continue;
      out.push({ age, start, end });
    }
  }
  return out;
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
