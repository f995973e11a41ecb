import { describe, expect, it } from 'vitest';
import { evaluateOutcomes } from '../indicators/outcome-eval.js';
import { formatOutcomeTable } from './outcome-table.js';

describe('formatOutcomeTable', () => {
  const evaluation = evaluateOutcomes(
    [
      { outcome: 'concern', indicators: ['low-price'], score: 7, level: 'red' },
      { outcome: 'concern', indicators: [], score: 0, level: 'green' },
      { outcome: 'no-concern', indicators: ['low-price'], score: 3, level: 'yellow' },
      { outcome: 'not-reached', indicators: ['low-price'], score: 7, level: 'red' },
    ],
    ['low-price', 'drugs-offered'],
  );
  const text = formatOutcomeTable(evaluation);
  const lines = text.split('\n');

  it('says what was evaluated and what was left out, and warns of few outcomes', () => {
    expect(lines[0]).toBe(
      '3 ads with an outcome evaluated (2 concern, 1 no concern; base rate 66.7 %); left out: 1 not reached, 0 without a stored result',
    );
    expect(lines[1]).toMatch(/^FEW OUTCOMES: fewer than 20 ads .* not evidence\.$/);
  });

  it('prints a row per indicator and level with — where a rate has no denominator', () => {
    const row = (name: string) =>
      lines
        .find((l) => l.startsWith(`${name} `))
        ?.trim()
        .split(/\s{2,}/);
    // low-price: fired on 1 concern and 1 no-concern ad; precision 0.5, recall 0.5, lift 0.5/(2/3).
    expect(row('low-price')).toEqual(['low-price', '1', '1', '1', '0', '0.500', '0.500', '0.75']);
    expect(row('drugs-offered')).toEqual(['drugs-offered', '0', '0', '2', '1', '—', '0.000', '—']);
    expect(row('level red')).toEqual(['level red', '1', '0', '1', '1', '1.000', '0.500', '1.50']);
    expect(row('level red+yellow')).toEqual([
      'level red+yellow',
      '1',
      '1',
      '1',
      '0',
      '0.500',
      '0.500',
      '0.75',
    ]);
    expect(text).toContain('candidate for a lower');
  });

  it('leaves the warning out from 20 evaluated ads', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      outcome: i % 4 ? ('no-concern' as const) : ('concern' as const),
      indicators: [],
      score: 0,
      level: 'green' as const,
    }));
    expect(formatOutcomeTable(evaluateOutcomes(many))).not.toContain('FEW OUTCOMES');
  });
});
