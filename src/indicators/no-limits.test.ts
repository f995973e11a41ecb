import { describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import type { TextEvidence } from '../shared/types.js';
import { indicator } from './no-limits.js';
import { checkExamples } from '../extract/example-check.js';

describe('no-limits', () => {
  const { positive, negative } = checkExamples(indicator, prepareAd);
  it.each(positive)('fires on positive #%i with exact evidence', (_n, result) => {
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence as TextEvidence[])
      expect(e.quote).toBe(result.fieldText(e.field)?.slice(e.start, e.end));
  });
  it.each(negative)('does not fire on negative #%i', (_n, result) => {
    expect(result.evidence).toEqual([]);
  });

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
