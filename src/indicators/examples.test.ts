import { describe, expect, it } from 'vitest';
import type { TextEvidence } from '../shared/types.js';
import type { IndicatorExample } from './define.js';
import { indicators } from './index.js';
import { prepareForTests } from './text/test-prepare.js';

/** Runs every indicator's literal examples through `prepareAd` + `detect`. */

function isText(e: unknown): e is TextEvidence {
  return typeof e === 'object' && e !== null && 'field' in e && 'start' in e;
}

/** The string an evidence field path points at, e.g. `services[2]` or `reviews[0].text`. */
function fieldValue(ad: Record<string, unknown>, fieldPath: string): string | undefined {
  let value: unknown = ad;
  for (const part of fieldPath.split('.')) {
    const m = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) value = Array.isArray(value) ? (value as unknown[])[Number(m[2])] : undefined;
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const detectable = indicators.filter((i) => i.detect !== undefined);
const cases = (kind: 'positive' | 'negative') =>
  detectable.flatMap((def) =>
    def.examples[kind].map((ex, n) => [def.id, n, ex] as [string, number, IndicatorExample]),
  );

describe('indicator examples', () => {
  it.each(cases('positive'))('%s positive #%i fires with exact evidence', (id, _n, example) => {
    const def = detectable.find((d) => d.id === id)!;
    const ad = { id: `example-${id}`, ...example };
    const evidence = def.detect!(prepareForTests(ad));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      if (!isText(e)) continue;
      expect(e.quote).toBe(fieldValue(ad, e.field)?.slice(e.start, e.end));
      expect(e.end).toBeGreaterThan(e.start);
    }
  });

  it.each(cases('negative'))('%s negative #%i does not fire', (id, _n, example) => {
    const def = detectable.find((d) => d.id === id)!;
    expect(def.detect!(prepareForTests({ id: `example-${id}`, ...example }))).toEqual([]);
  });
});
