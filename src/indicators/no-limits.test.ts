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
});
