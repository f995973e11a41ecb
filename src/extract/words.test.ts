import { describe, expect, it } from 'vitest';
import { wordAtOrAfter, wordsOf } from './words.js';

/** The reference definition the hand-written scan must agree with. */
function reference(text: string): { start: number; end: number; lower: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}_]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
  }));
}

function list(text: string): { start: number; end: number; lower: string }[] {
  const w = wordsOf(text);
  return Array.from({ length: w.count }, (_, i) => ({
    start: w.starts[i]!,
    end: w.ends[i]!,
    lower: w.lower[i]!,
  }));
}

describe('wordsOf', () => {
  const cases = [
    'Hej, jeg hedder Søs og er 23 år. Ring 22 33 44 55!',
    'NEW GIRL in Århus 😘❄️ no BB, 24/7 — x_y',
    '',
    '   ',
    'ÆØÅ æøå İstanbul straße',
    'Emoji at end 🍭',
    '𝒜𝒷𝒸 mathematical letters and a lone \ud800 surrogate',
    'tal ١٢٣ og ๑๒๓ (thai digits) — ok',
    'word',
  ];
  for (const text of cases)
    it(`agrees with the regex definition on ${JSON.stringify(text)}`, () => {
      expect(list(text)).toEqual(reference(text));
    });

  it('finds the first word at or after an offset', () => {
    const w = wordsOf('ab cd  ef');
    expect(wordAtOrAfter(w, 0)).toBe(0);
    expect(wordAtOrAfter(w, 1)).toBe(1);
    expect(wordAtOrAfter(w, 3)).toBe(1);
    expect(wordAtOrAfter(w, 6)).toBe(2);
    expect(wordAtOrAfter(w, 9)).toBe(3);
  });
});
