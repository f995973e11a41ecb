import { describe, expect, it } from 'vitest';
import { startPrefixes } from './prefix-gate.js';
import {
  compileTerms,
  letterBefore,
  lowercaseSource,
  withTypedDanishLetters,
  termsOf,
  wordCharBefore,
} from './terms.js';

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

  it('matches Danish typed without æ, ø and å', () => {
    const pattern = compileTerms(['døgnet rundt', 'ingen grænser|på tur', 'x[æa]y']);
    const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    for (const text of ['døgnet rundt', 'doegnet rundt', 'ingen graenser', 'paa tur', 'xæy', 'PAA TUR'])
      expect(re.test(text), text).toBe(true);
    // Not inside a character class: "[æa]" cannot hold "ae".
    expect(re.test('xaey')).toBe(false);
    expect(termsOf(pattern)!.alternatives.map((a) => a.local)).toEqual([0, 1, 2, 3]);
    expect(withTypedDanishLetters('på (?:tur|\\så)')).toBe('p(?:å|aa) (?:tur|\\s(?:å|aa))');
    // The gate takes both spellings as prefixes, and a quantified letter ends the prefix before it.
    expect(startPrefixes('d(?:ø|oe)gnet')).toEqual(['dø', 'doe']);
    expect(startPrefixes('d(?:ø|oe)?gn')).toEqual(['d']);
    expect(withTypedDanishLetters('ingen')).toBeNull();
    expect(withTypedDanishLetters('[øo]st')).toBeNull();
  });

  it('reads an optional space as any run of separators or none', () => {
    const pattern = compileTerms(['party ?n ?play']);
    for (const text of ['party n play', 'party-n-play', 'partynplay', 'Party N Play'])
      expect(new RegExp(pattern.source, pattern.flags).test(text)).toBe(true);
  });

  it('marks patterns whose start is not literal', () => {
    expect(termsOf(compileTerms(['\\p{L}+ girls']))!.anchored).toBe(false);
  });

  it('keeps phrases as written, with letter guards', () => {
    const pattern = compileTerms(['ung pige', 'no limits?'], { style: 'phrases' });
    const terms = termsOf(pattern)!;
    expect(terms.letterGuard).toBe(true);
    expect(terms.alternatives[0]!.source).toBe('(?:ung pige)(?![\\p{L}])');
    expect(pattern.source).toBe('(?:ung pige|no limits?)(?![\\p{L}])');
    expect(termsOf(compileTerms(['ung']))!.letterGuard).toBe(false);
  });

  it('refuses a phrase that may begin with a digit', () => {
    expect(() => compileTerms(['18 år'], { style: 'phrases' })).toThrow(/begin with a letter/u);
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

  it('knows letters before an offset in any script, digits and "_" aside', () => {
    expect(letterBefore('ø x', 1)).toBe(true);
    expect(letterBefore('18young', 2)).toBe(false);
    expect(letterBefore('x_ung', 2)).toBe(false);
    expect(letterBefore('𝒜x', 2)).toBe(true);
    expect(letterBefore('🙂x', 2)).toBe(false);
    expect(letterBefore('x', 0)).toBe(false);
  });

  it('knows word characters before an offset in any script', () => {
    expect(wordCharBefore('ø x', 1)).toBe(true);
    expect(wordCharBefore('a_b', 2)).toBe(true);
    expect(wordCharBefore('- x', 1)).toBe(false);
    expect(wordCharBefore('x', 0)).toBe(false);
  });
});
