import { describe, expect, it } from 'vitest';
import { extractPhones } from './phones.js';

const phones = (text: string): string[] => extractPhones(text).map((p) => p.e164);

describe('extractPhones: the trunk "(0)" after a country code', () => {
  it.each([
    ['Call/WhatsApp 00234 (0) 816 223 4471', ['+2348162234471']],
    ['Tel +44 (0)7911 123456', ['+447911123456']],
    ['SMS +49 (0) 151 2347 8890', ['+4915123478890']],
    ['0049 (0)151 23478890', ['+4915123478890']],
    ['+45 (0) 22 33 44 55', ['+4522334455']],
  ])('drops it: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Only right after the calling code, only a lone 0 in brackets.
    ['Ring 22 33 (0) 44 55', []],
    ['+234 816 (0) 223 4471', []],
    ['+44 (00) 7911 123456', []],
    ['+44 (1) 7911 123456', []],
  ])('keeps it elsewhere: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});
