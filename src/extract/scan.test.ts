import { describe, expect, it } from 'vitest';
import { codePointClass, isRegexSpace } from './scan.js';

describe('codePointClass', () => {
  const letter = codePointClass(/^\p{L}$/u);

  it('gives the length of a code point in the class, 0 for others', () => {
    const text = 'aØ1 𝒜😘';
    expect([0, 1, 2, 3, 4, 6].map((i) => letter(text, i))).toEqual([1, 1, 0, 0, 2, 0]);
    // Asked twice: the cached answer for a BMP code unit is the same.
    expect(letter(text, 1)).toBe(1);
  });

  it('answers 0 past the end, before the start and at a lone surrogate', () => {
    expect(letter('a', 1)).toBe(0);
    expect(letter('a', -1)).toBe(0);
    expect(letter('\ud835', 0)).toBe(0);
    expect(letter('\udc9c', 0)).toBe(0);
  });

  it('decides ASCII by the pattern, apostrophes included when listed', () => {
    const word = codePointClass(/^[\p{L}\p{M}'’]$/u);
    const text = "it's-é\u0301";
    expect(Array.from({ length: text.length }, (_, i) => word(text, i))).toEqual([1, 1, 1, 1, 0, 1, 1]);
  });
});

describe('isRegexSpace', () => {
  it('is \\s of a /u pattern for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isRegexSpace(c) !== /^\s$/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
