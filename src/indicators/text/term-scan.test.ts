import { describe, expect, it } from 'vitest';
import { matchesIn } from './match.js';
import { isCurrent, mayMatch, scanTerms, termMatches } from './term-scan.js';
import { compileTerms, lowerVariant } from './terms.js';

describe('matching only at candidate starts', () => {
  const patterns = [
    compileTerms(['(?:my |the )?manager (?:books?|answers?)', '(?:a)?round the clock', 'no limits?']),
    compileTerms(['BB', 'OWO'], { caseSensitive: true }),
    compileTerms(['24\\s?(?:h|hrs)', 'ny i byen', 'nye? piger hver uge']),
    compileTerms(['no (?:condom|kondom)', 'no', 'not (?:\\p{L}+ ){0,2}possible', 'kondom|condom']),
    compileTerms([
      '(?:\\d{1,2}|three) (?:\\p{L}+ ){0,2}girls (?:on site|here)',
      'w/o condom',
      '\\(manager\\)',
    ]),
    compileTerms(['ung pige', 'ung', 'young', 'no limits?', 'alt (?:er )?muligt'], { style: 'phrases' }),
  ];
  const texts = [
    'My manager books, the manager answers. Open round the clock, around the clock! No limits.',
    'bb or BB? OWO ok, owo. xBB BBx BB_ok',
    'Ny-i-byen: nye piger hver uge, ny pige hver uge. 24h 24 hrs 124h',
    'Åben døgnet rundt, no_limits, nolimits, no  limit',
    'No condom? no, not really possible. Kondom, nocondom, no-kondom, not so very possible',
    '5 sweet girls on site, three girls here, 12 new thai girls on site! Sex w/o condom (manager)',
    '',
    'ıİſΣ no condom 🙂 no 🙂 condom',
    '18young, x_ung, 5ung pige, ung-pige, ungarsk, Ung Pige, no limit, no  limits, ²young, alt er muligt',
  ];

  for (const [p, pattern] of patterns.entries()) {
    it(`finds what the full scan finds (pattern ${p})`, () => {
      for (const text of texts) {
        const lower = text.toLowerCase();
        if (lower.length !== text.length) continue;
        const caseless = pattern.flags.includes('i');
        const hay = caseless ? lower : text;
        const run = caseless ? lowerVariant(pattern) : pattern;
        const full = [...matchesIn(run, hay)].flatMap((m) => [m.start, m.end]);
        expect(termMatches(pattern, scanTerms(lower), hay)).toEqual(full);
      }
    });
  }

  it('finds matches that begin at an optional leading word', () => {
    const text = 'my manager books';
    expect(termMatches(patterns[0]!, scanTerms(text), text)).toEqual([0, text.length]);
  });
});

describe('random texts', () => {
  const pattern = compileTerms([
    'no (?:condom|kondom)',
    'ny (?:\\p{L}+ ){0,2}pige',
    'bb',
    'she (?:is|was)',
    '(?:\\d{1,2}|tre) (?:\\p{L}+ ){0,2}piger',
  ]);
  const pieces = [
    'no',
    'condom',
    'kondom',
    'ny',
    'søde',
    'pige',
    'bb',
    'she',
    'is',
    'was',
    '3',
    'tre',
    'piger',
  ];
  const gaps = [' ', '  ', '-', '_', ', ', '.', '', 'x', '\u0000', ' 🙂 '];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it('finds exactly what the full scan finds', () => {
    for (let t = 0; t < 300; t += 1) {
      let text = '';
      for (let w = 0; w < 12; w += 1) text += pieces[next(pieces.length)]! + gaps[next(gaps.length)]!;
      const full = [...matchesIn(lowerVariant(pattern), text)].flatMap((m) => [m.start, m.end]);
      expect(termMatches(pattern, scanTerms(text), text)).toEqual(full);
    }
  });
});

describe('scan slots', () => {
  const pattern = compileTerms(['gangbang']);

  it('keeps a scan until the next text is scanned into its slot', () => {
    const first = scanTerms('gangbang party', 3);
    const other = scanTerms('nothing here', 4);
    expect(isCurrent(first)).toBe(true);
    expect(mayMatch(pattern, first)).toBe(true);
    expect(mayMatch(pattern, other)).toBe(false);
    scanTerms('another text', 3);
    expect(isCurrent(first)).toBe(false);
  });
});
