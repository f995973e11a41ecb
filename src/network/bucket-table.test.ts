import { describe, expect, it } from 'vitest';
import { BucketTable } from './bucket-table.js';

function members(table: BucketTable, key: number): number[] {
  const out: number[] = [];
  for (let e = table.head(key); e !== -1; e = table.previous(e)) out.push(e);
  return out;
}

describe('BucketTable', () => {
  it('lists the entries of a bucket newest first, across rehashes', () => {
    const table = new BucketTable(4);
    for (let e = 0; e < 10_000; e++) table.add((e % 1000) * 0x9e3779b1, e);
    expect(members(table, 7 * 0x9e3779b1).slice(0, 3)).toEqual([9007, 8007, 7007]);
    expect(members(table, 7 * 0x9e3779b1)).toHaveLength(10);
    expect(table.head(123_456_789)).toBe(-1);
  });

  it('keeps keys 0 and 0xffffffff apart from empty slots', () => {
    const table = new BucketTable();
    table.add(0, 0);
    table.add(0xffffffff, 1);
    table.add(0, 2);
    expect(members(table, 0)).toEqual([2, 0]);
    expect(members(table, 0xffffffff)).toEqual([1]);
  });
});
