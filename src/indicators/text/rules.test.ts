import { describe, expect, it } from 'vitest';
import { prepareAd } from '../../extract/index.js';
import { compileTerms } from './match.js';
import { fieldMatches } from './rules.js';

describe('fieldMatches', () => {
  const phrases = compileTerms(['no limits?', 'ung'], { style: 'phrases' });
  const paths = new Set(['title', 'text']);
  const spans = (text: string, title?: string): [string, number, number][] =>
    fieldMatches(prepareAd({ id: 'a', text, title }), phrases, paths).map((m) => [
      m.field.path,
      m.start,
      m.end,
    ]);

  it('reads matches from the shared scan, in field order and field offsets', () => {
    expect(spans('Hej. No limits, 5ung pige.', 'Ung og sød')).toEqual([
      ['title', 0, 3],
      ['text', 5, 14],
      ['text', 17, 20],
    ]);
  });

  it('leaves out fields whose path is not asked for', () => {
    const ad = prepareAd({ id: 'a', text: 'ung', services: ['ung'], hours: 'ung' });
    expect(fieldMatches(ad, phrases, new Set(['services[0]'])).map((m) => m.field.path)).toEqual([
      'services[0]',
    ]);
  });

  it('reads a field without a lower-case twin as /iu does ("ſ" folds to "s")', () => {
    expect(spans('Ung, NO LIMITſ', 'no limits')).toEqual([
      ['title', 0, 9],
      ['text', 0, 3],
      ['text', 5, 14],
    ]);
  });
});
