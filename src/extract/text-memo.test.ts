import { describe, expect, it } from 'vitest';
import { RecentTexts, TextMemo } from './text-memo.js';

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

describe('RecentTexts', () => {
  it('keeps the answers for the last texts, found by content, the oldest giving way', () => {
    const recent = new RecentTexts<number | null>(2);
    expect(recent.keep('a', 1)).toBe(1);
    expect(recent.keep('b', null)).toBeNull();
    // An equal string made separately is the same text.
    expect(recent.get(['a'].join(''))).toBe(1);
    expect(recent.get('b')).toBeNull();
    recent.keep('c', 3);
    expect(recent.get('a')).toBeUndefined();
    expect(recent.get('b')).toBeNull();
    expect(recent.get('c')).toBe(3);
    recent.clear();
    expect(recent.get('c')).toBeUndefined();
  });
});
