import { describe, expect, it } from 'vitest';
import { findAges } from './age.js';

const ages = (text: string): number[] => findAges(text).map((a) => a.age);

describe('findAges (patterns tried at each two-digit number)', () => {
  it('finds a keyword before the number across spaces and one colon', () => {
    expect(findAges('Jeg er 24 år')).toEqual([{ age: 24, start: 7, end: 9 }]);
    expect(ages('alder :  25')).toEqual([25]);
    expect(ages('age:\u00a031')).toEqual([31]);
    expect(ages('hun er\n27 og glad')).toEqual([27]);
    expect(ages('She is 45')).toEqual([45]);
  });
  it('reads every pattern at its numbers, with the letters /iu folds onto its words', () => {
    // Each pattern is tried only where a character it needs is next to the number (age.ts).
    expect(ages('25 ÅR, 26years, 27 y.o, 28 Jahre, 29 lat')).toEqual([25, 26, 27, 28, 29]);
    expect(ages('30 \u212Br')).toEqual([30]);
    expect(ages('SHE IS 31, she i\u017f 32, I AM 33, AGED 34, Alder 35')).toEqual([31, 32, 33, 34, 35]);
    expect(ages('Mia (36)')).toEqual([36]);
    expect(ages('Mia, 37 Mia,38')).toEqual([37, 38]);
    expect(ages('Mia 39')).toEqual([39]);
    expect(ages('Mia 40 kr, MIA 41, 42 dage, (43), Mia; 44')).toEqual([]);
  });
  it("reads years of work, a clients' age limit, opening hours and days as no age", () => {
    expect(
      ages('Erfaren massør i 19 år. Worked for 18 years. 25 års erfaring, 20 years of experience'),
    ).toEqual([]);
    expect(ages('Kun kunder over 18 år. De sidste 20 år i Odense.')).toEqual([]);
    expect(ages('Mon-Fri 18-23, Lør 18-22, Sat 18 – 20, Kl. 18 til 23')).toEqual([]);
    expect(ages('Jeg er 19 år, erfaren. Sara 18 - ny')).toEqual([19, 18]);
    expect(ages('Hi, I am Sun, 45, Korean')).toEqual([45]);
  });
  it('reads "NN-årig(e)", "NN-åring", "NN-year-old" and non-native year words', () => {
    expect(ages('Hej, jeg er en 19-årig dansk pige')).toEqual([19]);
    expect(ages('19-årige Sofie fra Aalborg. En 20-åring. 21 årig. 22-year-old girl')).toEqual([
      19, 20, 21, 22,
    ]);
    expect(ages('ALEXIA 19 ANI, Giulia 23 anni, 24 anos')).toEqual([19, 23, 24]);
  });
  it("reads a clients' or a child's age and an age range as no age", () => {
    expect(ages('Jeg har haft en 19-årig kunde. Kun for 18-årige danske mænd')).toEqual([]);
    expect(ages('Mor til en 19-årig søn. 18 year old guys welcome')).toEqual([]);
    expect(ages('Ingen under 25-årige. Mænd 30-60 år velkomne. Også 18-årige kunder')).toEqual([]);
  });
  it('reads an age after a word for the person, lower case too', () => {
    expect(ages('Sød dansk pige, 19, fra Aarhus')).toEqual([19]);
    expect(ages('Moden kvinde på 48 søger')).toEqual([48]);
    expect(ages('Classy lady, 52. Sweet girl 23!')).toEqual([52, 23]);
    expect(ages('pige 18-20 kr')).toEqual([]);
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
