import { describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import { indicator } from './no-limits.js';

describe('no-limits', () => {
  // The menu search is skipped on texts with too few separators, lines or marks for a long menu.
  const items = ['GFE', 'kys', 'massage', '69', 'striptease', 'rollespil', 'lingeri', 'toys', 'duo', 'anal'];
  it.each([
    [`Services: ${[...items, 'oral'].join(', ')} og fodfetish.`, true],
    [`Services: ${[...items, 'oral'].join(', ')}.`, false],
    [`Menu:\n${[...items, 'oral', 'duš'].map((i) => `- ${i}`).join('\r')}`, true],
    [[...items, 'oral', 'sauna'].map((i) => `${i} ✔`).join(' '), true],
  ])('finds a menu of 12 items or more: %s', (text, fires) => {
    const evidence = indicator.detect!(prepareAd({ id: 'a', text, services: ['GFE'] }));
    expect(evidence.length > 0).toBe(fires);
  });
});
