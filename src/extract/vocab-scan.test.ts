import { describe, expect, it } from 'vitest';
import { defineVocabulary, SIGN_AT, SIGN_D83C, vocabHitsOf, watchRunStarts } from './vocab-scan.js';

const colours = defineVocabulary(['rød', 'grøn', 'blue', 'red']);
const fruit = defineVocabulary(['apple', 'red'], ['banan']);
watchRunStarts(['q', 'zy']);

interface Hit {
  word: string;
  start: number;
  end: number;
  colour: boolean;
  fruit: boolean;
}

function hits(text: string): Hit[] {
  const h = vocabHitsOf(text);
  return Array.from({ length: h.count }, (_, i) => ({
    word: h.words[i]!,
    start: h.starts[i]!,
    end: h.ends[i]!,
    colour: (h.masks[i]! & colours.bit) !== 0,
    fruit: (h.masks[i]! & fruit.bit) !== 0,
  }));
}

/** The reference: every maximal letter run, lowercased, that one of the lists holds. */
function reference(text: string): { word: string; start: number; end: number }[] {
  const listed = new Set(['rød', 'grøn', 'blue', 'red', 'apple']);
  return [...text.matchAll(/\p{L}+/gu)]
    .map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
    .filter((r) => listed.has(r.word) || (r.word.startsWith('banan') && r.word.length > 5));
}

describe('vocabHitsOf', () => {
  it.each([
    'Rød og GRØN, blue.',
    'red2apple_blue3',
    "red's apple-blue",
    'réd redd rød\u0301 blue',
    'bananas and banan, Bananer',
    '😘red🇩🇰apple',
    '𝐀red𝐀 blue',
    'İstanbul red ſ blue', // no lower-case twin: runs are lowercased one by one
    '',
  ])('finds exactly the listed letter runs in %j', (text) => {
    expect(hits(text).map(({ word, start, end }) => ({ word, start, end }))).toEqual(reference(text));
  });

  it('tells which lists hold each word', () => {
    expect(hits('red apple, blue bananas')).toEqual([
      { word: 'red', start: 0, end: 3, colour: true, fruit: true },
      { word: 'apple', start: 4, end: 9, colour: false, fruit: true },
      { word: 'blue', start: 11, end: 15, colour: true, fruit: false },
      { word: 'bananas', start: 16, end: 23, colour: false, fruit: true },
    ]);
  });

  it('notes an "@" and the first half of flag emoji', () => {
    expect(vocabHitsOf('write me').signs).toBe(0);
    expect(vocabHitsOf('anna@example.invalid').signs).toBe(SIGN_AT);
    expect(vocabHitsOf('Rød 🇩🇰').signs).toBe(SIGN_D83C);
  });

  it('refuses words that are not lower-case letters', () => {
    expect(() => defineVocabulary(['Red'])).toThrow();
    expect(() => defineVocabulary(['two words'])).toThrow();
    expect(() => defineVocabulary([], ['b'])).toThrow();
  });

  it('lists every run that begins as a watched beginning does', () => {
    // "q" alone, runs from "zy" (case folded, also without a lower-case twin); slots are shared,
    // so other runs may be listed too, but never one of these left out.
    for (const text of ['q qq Zyx zy zap aq', 'ſ Q ZYX zy', '𝐀q q']) {
      const expected = [...text.matchAll(/\p{L}+/gu)]
        .filter((m) => /^(?:q|zy\p{L}*)$/iu.test(m[0]))
        .map((m) => m.index);
      const listed = vocabHitsOf(text).runStarts;
      expect(listed.filter((s) => expected.includes(s))).toEqual(expected);
    }
    expect(vocabHitsOf('q qq Zyx').runStarts).toContain(0);
    expect(() => {
      watchRunStarts(['abc']);
    }).toThrow();
  });
});
