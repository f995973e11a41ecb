import { describe, expect, it } from 'vitest';
import { compileTerms, lowercaseSource, termsOf, wordCharBefore } from './terms.js';

describe('compileTerms', () => {
  it('builds one guarded regex and keeps each alternative on its own', () => {
    const pattern = compileTerms(["she's", 'ny i byen', 'a|b c']);
    expect(pattern.flags).toBe('giu');
    const terms = termsOf(pattern)!;
    expect(terms.alternatives.map((a) => a.local)).toEqual([0, 1, 2, 3]);
    expect(terms.alternatives[1]!.source).toBe('(?:ny[\\s\\-–—_]+i[\\s\\-–—_]+byen)(?![\\p{L}\\p{N}_])');
    expect(terms.anchored).toBe(true);
    expect(termsOf(/x/u)).toBeUndefined();
  });

  it('marks patterns whose start is not literal', () => {
    expect(termsOf(compileTerms(['\\p{L}+ girls']))!.anchored).toBe(false);
  });

  it('keeps case for acronyms', () => {
    const pattern = compileTerms(['BB'], { caseSensitive: true });
    expect(pattern.flags).toBe('gu');
    expect(termsOf(pattern)!.alternatives[0]!.source).toContain('BB');
  });
});

describe('helpers', () => {
  it('lowercases literals but not escapes', () => {
    expect(lowercaseSource('Æ\\p{Lu}\\u00C6\\S')).toBe('æ\\p{Lu}\\u00C6\\S');
  });

  it('knows word characters before an offset in any script', () => {
    expect(wordCharBefore('ø x', 1)).toBe(true);
    expect(wordCharBefore('a_b', 2)).toBe(true);
    expect(wordCharBefore('- x', 1)).toBe(false);
    expect(wordCharBefore('x', 0)).toBe(false);
  });
});
