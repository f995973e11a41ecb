import { describe, expect, it } from 'vitest';
import { TextMemo } from './text-memo.js';

describe('TextMemo', () => {
  it('keeps answers, null included, up to its limit and then starts afresh', () => {
    const memo = new TextMemo<string | null>(2);
    expect(memo.keep('a', 'A')).toBe('A');
    expect(memo.keep('b', null)).toBeNull();
    expect(memo.get('a')).toBe('A');
    expect(memo.get('b')).toBeNull();
    memo.keep('c', 'C');
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('c')).toBe('C');
    memo.clear();
    expect(memo.get('c')).toBeUndefined();
  });
});
