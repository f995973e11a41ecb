import { describe, expect, it } from 'vitest';
import { findAges } from './age.js';
import { findWordAges } from './age-words.js';

const ages = (text: string): number[] => findWordAges(text).map((a) => a.age);

describe('findWordAges', () => {
  it('reads a number word after "I\'m", "I am", "jeg er", "she is", "ich bin" and "age:"', () => {
    expect(ages("I'm twenty-nine. I am thirty one. I’m forty!")).toEqual([29, 31, 40]);
    expect(ages('Jeg er femogtyve. Hun er fem og tyve. Alder: halvtreds')).toEqual([25, 25, 50]);
    expect(ages("She's nineteen, she is eighteen. Ich bin dreiundzwanzig. Age: sixty")).toEqual([
      19, 18, 23, 60,
    ]);
  });
  it('reads a number word just reached: "er lige blevet nitten"', () => {
    expect(ages('Jeg er Maja og er lige blevet nitten. Hun er blevet tyve minutter forsinket')).toEqual([19]);
  });
  it('reads a number word before a word for years', () => {
    expect(ages('twenty five years old, Fyrretyve år, a twentyseven y.o. girl')).toEqual([25, 40, 27]);
    expect(ages('Fünfundzwanzig Jahre, toogtredive-årig pige')).toEqual([25, 32]);
  });
  it('reads Polish number words before "lat"/"lata"', () => {
    expect(ages('Mam dwadzieścia trzy lata. Mam osiemnaście lat. mam trzydziesci lat')).toEqual([23, 18, 30]);
    // Not years in the country nor a span: "od dwadzieścia lat", "dwadzieścia lat w Danii".
    expect(ages('Mieszkam tu od dwadzieścia lat, dwadzieścia pięć lat w Danii.')).toEqual([]);
  });
  it('reads a number word closed by commas after a name', () => {
    expect(ages("Hey, I'm Nina, twenty-five, Danish blonde")).toEqual([25]);
    expect(findWordAges('Sara, thirty-three.')).toEqual([{ age: 33, start: 6, end: 18 }]);
  });
  it('reads no count, distance, span of time or range as an age', () => {
    expect(ages("I'm twenty minutes from the station. Jeg er tyve minutter fra Odense")).toEqual([]);
    expect(ages('Escort for twenty years, i tyve år, twenty years of experience')).toEqual([]);
    expect(ages('Men between twenty and forty years old. Mænd 20-thirty år. Twenty-five girls')).toEqual([]);
    expect(ages("I'm available twenty-four seven. Mia, twenty min. Odense, thirty km")).toEqual([]);
  });
  it('reads no number word without a keyword, a word for years or a name and comma', () => {
    expect(ages('Twenty-five is a nice age. Vi er tyve piger. Thirty, forty or fifty, all welcome')).toEqual(
      [],
    );
    expect(ages('Price, twenty. Fri, nineteen. Istedgade, twenty-two.')).toEqual([]);
  });
  it('reads "er" alone after a comma, the subject of the clause before going on', () => {
    expect(ages('Jeg hedder Ulla, er otteogfyrre og bor alene i Holbæk.')).toEqual([48]);
    // Not "er" after a word (another subject), nor a count or a distance after the comma.
    expect(ages('Vi er fyrre piger. Ulla er otteogfyrre')).toEqual([]);
    expect(ages('Hej, er tredive meter fra stationen. Ja, er tyve minutter væk')).toEqual([]);
  });
  it('reads only 18..69 and whole words', () => {
    expect(ages("I'm seventy, I'm seventeen, I'm twentyish, jeg er tyvende")).toEqual([]);
    expect(ages("I'm sixty-nine. I'm sixty nine")).toEqual([69, 69]);
  });
  it('skips number words of an excluded span (a phone number in words)', () => {
    const text = 'Age twentytwo 58 nine0 13';
    expect(findWordAges(text, [{ start: 4, end: text.length }])).toEqual([]);
  });
  it('comes after the ages written in digits', () => {
    expect(findAges("Mia, 25. I'm twenty-six").map((a) => a.age)).toEqual([25, 26]);
    expect(findAges("I'm twenty-six. Mia, 25").map((a) => a.age)).toEqual([25, 26]);
  });
});

describe('findWordAges: after a word for the person and a comma', () => {
  it('reads it', () => {
    expect(ages('Sød dansk kvinde, femogfyrre, fra Vejle')).toEqual([45]);
    expect(ages('A Polish lady, thirty-four, in Odense')).toEqual([34]);
  });
  it('not a count after it', () => {
    expect(ages('Sød kvinde, tyve minutter fra Aarhus')).toEqual([]);
  });
});

describe('findWordAges: alone in brackets after a name', () => {
  it.each([
    ['Two friends in Aalborg: Irina (twenty) and Dasha (31).', [20]],
    ['Ny hos os: Sofie (treogtyve) fra Vejle', [23]],
    ['Vejle (thirty) km from here, Massage (twenty) minutes', []],
    ['Prices (forty) kr extra', []],
  ])('%j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findWordAges: after a word for the person and "of", "på" or "aged"', () => {
  it('reads it', () => {
    expect(ages('A calm Swedish lady of fifty-one from Aalborg')).toEqual([51]);
    expect(ages('Moden kvinde på otteogfyrre i Brande')).toEqual([48]);
  });
  it('not after another word, nor a count after it', () => {
    expect(ages('A cup of forty-two nice things')).toEqual([]);
    expect(ages('En kvinde på tyve minutters afstand')).toEqual([]);
  });
});
