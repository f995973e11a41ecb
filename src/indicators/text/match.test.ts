import { describe, expect, it } from 'vitest';
import { compileTerms, lowerVariant, matchesIn, prefixIdsOf, startsOf } from './match.js';
import { requiredPrefixes, scanPrefixes, startPrefixes } from './prefix-gate.js';

describe('start prefixes', () => {
  it('keeps an optional leading word as a possible start, unlike the gate', () => {
    expect(startPrefixes('(?:my |the )?manager')).toEqual(['my', 'the', 'manager']);
    expect(requiredPrefixes('(?:my |the )?manager')).toEqual(['manager']);
    expect(startPrefixes('(?:a)?round the clock')).toEqual(['a', 'round']);
    expect(startPrefixes('limits?')).toEqual(['limit']);
    expect(startPrefixes('\\p{L}+ girls')).toBeNull();
  });
});

describe('matching only at candidate starts', () => {
  const patterns = [
    compileTerms(['(?:my |the )?manager (?:books?|answers?)', '(?:a)?round the clock', 'no limits?']),
    compileTerms(['BB', 'OWO'], { caseSensitive: true }),
    compileTerms(['24\\s?(?:h|hrs)', 'ny i byen', 'nye? piger hver uge']),
  ];
  const texts = [
    'My manager books, the manager answers. Open round the clock, around the clock! No limits.',
    'bb or BB? OWO ok, owo. xBB BBx BB_ok',
    'Ny-i-byen: nye piger hver uge, ny pige hver uge. 24h 24 hrs 124h',
    'Åben døgnet rundt, no_limits, nolimits, no  limit',
  ];

  for (const [p, pattern] of patterns.entries()) {
    it(`finds what the full scan finds (pattern ${p})`, () => {
      for (const text of texts) {
        const lower = text.toLowerCase();
        const caseless = pattern.flags.includes('i');
        const hay = caseless ? lower : text;
        const run = caseless ? lowerVariant(pattern) : pattern;
        const starts = startsOf(prefixIdsOf(pattern).starts, scanPrefixes(lower));
        expect(starts).not.toBeNull();
        expect([...matchesIn(run, hay, true, starts)]).toEqual([...matchesIn(run, hay)]);
      }
    });
  }

  it('finds matches that begin at an optional leading word', () => {
    const [pattern] = patterns;
    const text = 'my manager books';
    const starts = startsOf(prefixIdsOf(pattern!).starts, scanPrefixes(text));
    expect([...matchesIn(lowerVariant(pattern!), text, true, starts)].map((m) => m.text)).toEqual([
      'my manager books',
    ]);
  });
});
