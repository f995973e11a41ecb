import { describe, expect, it } from 'vitest';
import type { Level } from '../shared/types.js';
import { evaluateOutcomes, type OutcomeInput } from './outcome-eval.js';

const ad = (
  outcome: OutcomeInput['outcome'],
  indicators: string[] | null,
  level: Level | null = null,
): OutcomeInput => ({ outcome, indicators, level, score: level === null ? null : 1 });

/**
 * Ten evaluated ads worked out by hand: 4 concern, 6 no-concern (base rate 0.4); two not reached
 * and one concern without a stored result are left out.
 */
const samples: OutcomeInput[] = [
  ad('concern', ['a', 'b'], 'red'),
  ad('concern', ['a'], 'red'),
  ad('concern', ['b'], 'yellow'),
  ad('concern', [], 'green'),
  ad('no-concern', ['a', 'extra'], 'yellow'),
  ad('no-concern', ['b'], 'yellow'),
  ad('no-concern', ['b'], 'green'),
  ad('no-concern', [], 'green'),
  ad('no-concern', [], 'green'),
  ad('no-concern', ['b'], 'red'),
  ad('not-reached', ['a', 'only-unreached'], 'red'),
  ad('not-reached', null),
  ad('concern', null),
];

describe('evaluateOutcomes', () => {
  const result = evaluateOutcomes(samples, ['a', 'b', 'c']);
  const byId = (id: string) => result.indicators.find((i) => i.id === id);

  it('counts the evaluated ads and sets not-reached and unscored ads apart', () => {
    expect(result).toMatchObject({
      evaluated: 10,
      concern: 4,
      noConcern: 6,
      notReached: 2,
      unscored: 1,
      baseRate: 0.4,
      fewOutcomes: true,
      minOutcomes: 20,
    });
  });

  it('gives each indicator its four counts, precision, recall and lift', () => {
    // a fired on two concern ads and one no-concern ad: precision 2/3, recall 2/4, lift (2/3)/0.4.
    expect(byId('a')).toEqual({
      id: 'a',
      firedConcern: 2,
      firedNoConcern: 1,
      notFiredConcern: 2,
      notFiredNoConcern: 5,
      precision: 2 / 3,
      recall: 0.5,
      lift: 2 / 3 / 0.4,
    });
    // b fired as often on no-concern as the base rate predicts: lift 1.
    expect(byId('b')).toMatchObject({
      firedConcern: 2,
      firedNoConcern: 3,
      notFiredConcern: 2,
      notFiredNoConcern: 3,
      precision: 0.4,
      recall: 0.5,
    });
    expect(byId('b')?.lift).toBeCloseTo(1, 12);
  });

  it('reports a listed indicator that never fired with null precision and lift', () => {
    expect(byId('c')).toEqual({
      id: 'c',
      firedConcern: 0,
      firedNoConcern: 0,
      notFiredConcern: 4,
      notFiredNoConcern: 6,
      precision: null,
      recall: 0,
      lift: null,
    });
  });

  it('adds unlisted indicators fired on evaluated ads after the listed ones, never those of unreached ads', () => {
    expect(result.indicators.map((i) => i.id)).toEqual(['a', 'b', 'c', 'extra']);
    expect(byId('extra')).toMatchObject({ firedConcern: 0, firedNoConcern: 1, precision: 0, lift: 0 });
  });

  it('measures red and red+yellow as thresholds', () => {
    expect(result.levels).toEqual([
      {
        threshold: 'red',
        firedConcern: 2,
        firedNoConcern: 1,
        notFiredConcern: 2,
        notFiredNoConcern: 5,
        precision: 2 / 3,
        recall: 0.5,
        lift: 2 / 3 / 0.4,
      },
      {
        threshold: 'red-yellow',
        firedConcern: 3,
        firedNoConcern: 3,
        notFiredConcern: 1,
        notFiredNoConcern: 3,
        precision: 0.5,
        recall: 0.75,
        lift: 1.25,
      },
    ]);
  });

  it('is null where a denominator is 0: no outcomes, or no concern at all', () => {
    const none = evaluateOutcomes([ad('not-reached', ['a'], 'red')], ['a']);
    expect(none).toMatchObject({ evaluated: 0, baseRate: null, fewOutcomes: true });
    expect(none.indicators[0]).toMatchObject({ precision: null, recall: null, lift: null });
    expect(none.levels.map((l) => [l.precision, l.recall, l.lift])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    const noConcern = evaluateOutcomes([ad('no-concern', ['a'], 'red'), ad('no-concern', [], 'green')]);
    expect(noConcern.baseRate).toBe(0);
    expect(noConcern.indicators).toEqual([
      {
        id: 'a',
        firedConcern: 0,
        firedNoConcern: 1,
        notFiredConcern: 0,
        notFiredNoConcern: 1,
        precision: 0,
        recall: null,
        lift: null,
      },
    ]);
  });

  it('flags fewer than 20 evaluated ads, counting neither unreached nor unscored ones', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ad(i % 2 ? 'concern' : 'no-concern', []));
    const extras = [ad('not-reached', []), ad('concern', null)];
    expect(evaluateOutcomes([...many(19), ...extras]).fewOutcomes).toBe(true);
    expect(evaluateOutcomes([...many(20), ...extras]).fewOutcomes).toBe(false);
  });
});
