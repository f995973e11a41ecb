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

describe('extractPhones: ad, order and reference numbers', () => {
  it.each([
    'Annonce nr. 51234987. Åbent 10-18.',
    'Ad ID 51234987',
    'Ad #51234987',
    'Ordre nr: 5123 4987',
    'Order no. 51 23 49 87',
    'Ref. 51234987',
    'ID: 51234987',
    'Profil-id 51234987',
  ])('reads no phone in %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
  it.each([
    ['Annonce nr. 51234987 – ring 26 73 05 91', ['+4526730591']],
    ['Ring 51234987, annonce nr 1234', ['+4551234987']],
    ['WhatsApp ID 51 23 49 87', ['+4551234987']],
    ['Mit nr. 51 23 49 87. Tid: 26730591', ['+4551234987', '+4526730591']],
    ['Ordrebekræftelse sendes. Ring 51234987', ['+4551234987']],
    ['Booking nr. 51 23 49 87 (sms)', ['+4551234987']],
  ])('keeps the phone in %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: a spaced list mark before the next item', () => {
  it.each([
    ['Mobil 3 1 7 7 - 4 2 0 9 · 2 t. 2000 kr', ['+4531774209']],
    ['SMS 4170 2288 • 30 min 700', ['+4541702288']],
    ['Ring 52 81 09 36 | 1 time 1200', ['+4552810936']],
  ])('reads the number before it, not one shifted into the item: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    ['Book via receptionen på 60 87 41 52 (10-22). Betaling i receptionen.', ['+4560874152']],
    ['Call 25 74 39 60 (10am–10pm), no hidden numbers.', ['+4525743960']],
    ['Ring 31 62 84 07 (10.00 am - 10.00 pm)', ['+4531628407']],
    ['Ring 60 87 41 52 (10.00-22.00)', ['+4560874152']],
  ])('reads the number before its hours in brackets: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it('still reads a number set apart by spaced dots alone', () => {
    expect(phones('41 · 72 · 66 · 05')).toEqual(['+4541726605']);
    expect(phones('Ring 52 ● 18 ● 40 ● 97')).toEqual(['+4552184097']);
    expect(phones('Tlf 52 18 40 97 ● 1 time 1200 kr')).toEqual(['+4552184097']);
  });
});

describe('extractPhones: a number over two lines after its label', () => {
  it.each([
    ['Diskret dame.\nTlf:\n42 19\n76 03', ['+4542197603']],
    ['Mobil: 42 19\n76 03\nVelkommen', ['+4542197603']],
    ['SMS\n6 1 7 3\n0 8 2 5', ['+4561730825']],
    ['I speak English and Danish. 60 min 1.300 kr. Text me: 53 28\n94 61', ['+4553289461']],
    ['Hun er sød og glad. Ring mig: 42 19\n76 03', ['+4542197603']],
    // A pair per line under the label, and "ring på" as the label.
    ['massage / gfe\n1 t 900,-\nsms\n42\n93\n18\n06', ['+4542931806']],
    ['ring på\n30 27\n19 84', ['+4530271984']],
  ])('joins the lines: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // No label, a word after the label, a whole number on the line, or prose on the next line.
    ['Åben\n42 19\n76 03', []],
    ['Ring gerne\n42 19\n76 03', []],
    ['Tlf:\n42 19 76 03\n1 t 900', ['+4542197603']],
    ['Tlf:\n42 19\nHilsen Ida', []],
    ['Priser:\n500\n900\n1500', []],
    // A label mid-line needs its colon; digits closing prose without one are a price or a count.
    ['Hun er sød og glad, ring 42 19\n76 03', []],
    ['Priser for to personer: 1 time 19\n76 03', []],
    ['Hun er sød og glad. Text me: 42 19 76 03\n1 t 900', ['+4542197603']],
  ])('keeps lines apart: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: one emoji repeated between the digit groups', () => {
  it.each([
    ['Call 50 💋 83 💋 27 💋 14', ['+4550832714']],
    ['Tlf 50💋83💋27💋14', ['+4550832714']],
    // A lone emoji between a price and a number stays a break.
    ['1 time 1000 kr 💋 22 33 44 55', ['+4522334455']],
    ['20 🌹 30 🌹 40', []],
  ])('%s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
    for (const p of extractPhones(text)) expect(text.slice(p.start, p.end)).toBe(p.raw);
  });
});

describe('extractPhones: a UK mobile outside the ranges libphonenumber lists', () => {
  it.each([
    ['Text +44 (0) 7700 900 312', ['+447700900312']],
    ['WhatsApp +44 7700 900566', ['+447700900566']],
  ])('reads the mobile shape after +44: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Not a mobile shape after +44, or without the country code (read as Danish, which it is not).
    ['+44 7700 90056', []],
    ['Call 07700 900566', []],
  ])('leaves other shapes alone: %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: a "+" written as a word, and WhatsApp links', () => {
  it.each([
    ['WhatsApp plus four six, 70 four 12 38 95', ['+46704123895']],
    ['Ring plus 48 512 609 384', ['+48512609384']],
    ['Chat: https://wa.me/40742318905', ['+40742318905']],
    ['api.whatsapp.com/send?phone=4915123478890', ['+4915123478890']],
  ])('reads %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // No international number after the word; a link to a Danish number without its code.
    ['Massage plus 26 73 05 91', ['+4526730591']],
    ['wa.me/26730591', ['+4526730591']],
  ])('reads the Danish number in %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: a number over two lines after a label line that closes with a colon', () => {
  it('reads it', () => {
    expect(phones('Sms mig gerne om aftenen:\n26 73\n05 91')).toEqual(['+4526730591']);
  });
  it('not after a line that is no label, nor a time with a colon', () => {
    expect(phones('Priser:\n26 73\n05 91')).toEqual([]);
    expect(phones('Call me after 12:\n26 73\n05 91')).toEqual([]);
  });
});

describe('extractPhones: a session length and its price after a number', () => {
  it.each([
    // The "30" of "30 min 380 kr" is no last group of a number written with breaks inside it.
    ['Tlf. 4 1. 6 9. 2 8. 3 0 — 45 min 450 kr', ['+4541692830']],
    ['Sms 3 3. 8 1. 2 6. 9 0 - 1 time: 900', ['+4533812690']],
    // "min" as "my" before a word keeps the group.
    ['Skriv 26 74 81 30 min ven', ['+4526748130']],
  ])('reads %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: German visitors', () => {
  it.each([
    // A number of a plan with several lengths ends at the full stop, not with the price's "1" after it.
    ['Ruf an: +49 163 558 2047. 1 Std 1100 kr.', ['+491635582047']],
    ['WhatsApp +49 152 0417 8836, 2 Std 2400 kr', ['+4915204178836']],
    // Digits spelled out in German.
    ['SMS sieben-eins 36 90 42', ['+4571369042']],
    ['Ruf an: 22 33 44 55, null Stress, acht Stunden da.', ['+4522334455']],
  ])('reads %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
});

describe('extractPhones: Spanish and Portuguese digit words', () => {
  it.each([
    ['Llámame: tres? no – cinco-dos 41 7ocho 2nueve', ['+4552417829']],
    ['Tel seis-uno 30 cero2 4siete', ['+4561300247']],
    ['Liga: oito-um 22 sete3 9dois', ['+4581227392']],
  ])('reads %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Articles and counts beside numbers are no digits of a phone.
    'Todos os dias das 10 às 22, dos 20 aos 30 anos, um beijo.',
    'Tengo dos amigas de 25 y 27 años.',
  ])('reads no phone in %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('extractPhones: Norwegian and Swedish digit words', () => {
  it.each([
    ['Ring 4to 61 2åtte 93', ['+4542612893']],
    ['Tel sju-fyra 30 noll2 8åtta', ['+4574300288']],
  ])('reads %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Counts beside small numbers are no digits of a phone.
    'Jag har två rum, 10 minuter från stationen, fyra nätter i Aarhus.',
    'Åtte år i Danmark, 30 min 900 kr.',
  ])('reads no phone in %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe("extractPhones: digits spelled in the visitors' languages", () => {
  it.each([
    ['Звони: +7 девять-два-шесть 114 90 37', ['+79261149037']],
    ['Дзвоніть +380 шість вісім 412 33 07', ['+380684123307']],
    ['Tel +420 sedm dva 3 114 559', ['+420723114559']],
    ['Zadzwoń: +48 siedem dwa 1 880 431', ['+48721880431']],
    ['Sună: +40 7trei1 opt 02 446', ['+40731802446']],
    ['Hívj: +36 20 négy-öt-kilenc 61 73', ['+36204596173']],
  ])('reads %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Counts and articles beside small numbers are no digits of a phone.
    'Мне 25, два часа 2500 крон, три часа 3500.',
    'Egy óra 20 perc, két nap 10-22 között.',
    'Mam dwa pokoje, 3 minuty od stacji.',
  ])('reads no phone in %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('extractPhones: digits from a Chinese or Japanese keyboard', () => {
  it.each([
    ['电话 ２８ ４１ ６０ ９３', ['+4528416093']],
    ['Tlf：三一 七二 〇五 八九', ['+4531720589']],
    ['Ring 四十 二九 零六 三五 八', []],
  ])('reads %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });
  it.each([
    // Numerals inside a sentence, fewer than eight, are words.
    '我们店有三位美女，一小时九百。',
    '一二三四五六七 and more',
  ])('reads no number in %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
