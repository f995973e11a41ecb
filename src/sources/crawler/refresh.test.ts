import { describe, expect, it } from 'vitest';
import { isDueForRefresh } from './refresh.js';

const read = '2026-10-01T00:00:00.000Z';
const after = (days: number) => new Date(Date.parse(read) + days * 86_400_000);

describe('isDueForRefresh', () => {
  it('re-reads an ad between refreshDays and twice that after it was read', () => {
    const ids = Array.from({ length: 200 }, (_, i) => String(1000 + i));
    expect(ids.filter((id) => isDueForRefresh(id, read, after(6.99), 7))).toEqual([]);
    expect(ids.filter((id) => !isDueForRefresh(id, read, after(14), 7))).toEqual([]);
    // Spread: on day 10 some are due and some are not.
    const due = ids.filter((id) => isDueForRefresh(id, read, after(10), 7)).length;
    expect(due).toBeGreaterThan(40);
    expect(due).toBeLessThan(160);
    // The same id always waits as long.
    expect(isDueForRefresh('1234', read, after(10), 7)).toBe(isDueForRefresh('1234', read, after(10), 7));
  });

  it('never re-reads with refreshDays 0, and re-reads at once after a time it cannot read', () => {
    expect(isDueForRefresh('1', read, after(1000), 0)).toBe(false);
    expect(isDueForRefresh('1', 'yesterday', after(0), 7)).toBe(true);
  });
});
