import { describe, expect, it } from 'vitest';
import { findAges, isRegexSpace } from './age.js';

const ages = (text: string): number[] => findAges(text).map((a) => a.age);

describe('findAges (patterns tried at each two-digit number)', () => {
  it('finds a keyword before the number across spaces and one colon', () => {
    expect(findAges('Jeg er 24 år')).toEqual([{ age: 24, start: 7, end: 9 }]);
    expect(ages('alder :  25')).toEqual([25]);
    expect(ages('age:\u00a031')).toEqual([31]);
    expect(ages('hun er\n27 og glad')).toEqual([27]);
    expect(ages('She is 45')).toEqual([45]);
  });
  it('needs the keyword to start a word and at most one colon', () => {
    expect(ages('alder::25')).toEqual([]);
    expect(ages('skalder 25')).toEqual([]);
  });
  it('lists the most explicit wording first', () => {
    expect(findAges('Mia, 22, og jeg er 23 år')).toEqual([
      { age: 23, start: 19, end: 21 },
      { age: 22, start: 5, end: 7 },
    ]);
  });
  it('skips numbers inside longer digit runs, outside 18..99 and excluded spans', () => {
    expect(ages('Jeg er 123 år, jeg er 17 år')).toEqual([]);
    expect(findAges('Ring 20 11 22 33, jeg er 29', [{ start: 5, end: 16 }])).toEqual([
      { age: 29, start: 25, end: 27 },
    ]);
  });
});

describe('isRegexSpace', () => {
  it('is \\s of a /u pattern for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isRegexSpace(c) !== /^\s$/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
