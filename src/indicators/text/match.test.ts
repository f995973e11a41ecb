import { describe, expect, it } from 'vitest';
import { isNegated } from './match.js';
import { literalPrefixes, startPrefixes, wordPrefixes } from './prefix-gate.js';

describe('literal prefixes', () => {
  it('keeps an optional leading word as a possible start, unlike the gate', () => {
    expect(startPrefixes('(?:my |the )?manager')).toEqual(['my', 'the', 'manager']);
    expect(wordPrefixes('(?:my |the )?manager')).toEqual([['manager']]);
    expect(startPrefixes('(?:a)?round the clock')).toEqual(['a', 'round']);
    expect(startPrefixes('limits?')).toEqual(['limit']);
    expect(startPrefixes('\\p{L}+ girls')).toBeNull();
  });

  it('looks past optional or repeated whole words for the word that follows them', () => {
    expect(literalPrefixes('(?:\\p{L}+ ){0,2}(?:girls|piger)')).toEqual(['girls', 'piger']);
    expect(literalPrefixes('(?:[\\p{L}]+ )?ladies')).toEqual(['ladies']);
    expect(literalPrefixes('(?:\\p{L}+ ){0,2}(?:girls|piger)', true)).toBeNull();
  });

  it('gates on every word except common and one-letter ones', () => {
    expect(wordPrefixes('no (?:condom|kondom)')).toEqual([['condom', 'kondom']]);
    expect(wordPrefixes('a bit of (?:english|engelsk)')).toEqual([['bit'], ['of'], ['english', 'engelsk']]);
    expect(wordPrefixes('(?:2|3|two) (?:men|guys)')).toEqual([['men', 'guys']]);
  });
});

describe('negation', () => {
  it('looks a few words back within the clause', () => {
    expect(isNegated('no drugs please', 3, 8)).toBe(true);
    expect(isNegated('No drugs. Drugs ok', 10, 15)).toBe(false);
    expect(isNegated("we don't do anal", 12, 16)).toBe(true);
    expect(isNegated('ingen af de andre ting men BB', 27, 29)).toBe(false);
    expect(isNegated('No limits, BB ok', 11, 13)).toBe(false);
  });

  it('reads a refusal after the term, also after a passive verb or a short list', () => {
    expect(isNegated('BB not possible', 0, 2)).toBe(true);
    expect(isNegated('Kokain eller andre stoffer accepteres IKKE.', 0, 6)).toBe(true);
    expect(isNegated('Drugs are not allowed here', 0, 5)).toBe(true);
    expect(isNegated('Kokain og fest, ring nu', 0, 6)).toBe(false);
  });
});
