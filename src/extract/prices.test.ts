import { describe, expect, it } from 'vitest';
import { extractPrices, hourlyPriceDkk } from './prices.js';

const hourly = (text: string): number | null => hourlyPriceDkk(extractPrices([{ path: 'text', text }]));

describe('extractPrices: the Turkish and the short Ukrainian hour', () => {
  it.each([
    ['1 saat 1400 kr, 30 dk 800 kr', 1400],
    ['Ціна: 1 год 1300 кр', 1300],
  ])('reads the hour in %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // "saat" right after a word, not digits, is no unit here; "год" after other numbers is a year.
    ['Saat 1400 kr', null],
    ['В Дании 5 год 1300 кр', null],
  ])('reads no hour in %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe("extractPrices: a house's price of one woman", () => {
  it.each([
    ['Halv time pr. pige 800 kr, 1 time pr. pige 1400 kr', 1400],
    ['1 hour per lady 1300 kr', 1300],
  ])('reads the hour in %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // "2 piger" counts women, the hour has no "pr." before them.
    ['1 time 2 piger 2600 kr', null],
  ])('reads no hour in %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: a range with its currency after the upper end', () => {
  it.each([
    // The hour and half hour named without a number, in the visitors' languages.
    ['Media hora 800 kr, una hora 1300 kr', 1300],
    ['Precio: 180 € o oră, 120 € 30 min', 1342.8],
    ['Hodina 1100 DKK, půl hodiny 650 DKK', 1100],
    ['Godzina 1200 koron, pół godziny 700 koron', 1200],
    ['Halbe Std 90 €', 1342.8],
    ['Час – 180 евро, полчаса – 110 евро', 1342.8],
    ['Пів години – 650 крон', 1300],
    // The kroner cut short after the hour word alone: "Час 1300 кр.".
    ['Час 1300 кр. Звоните.', 1300],
    ['fél óra 700 kr', 1400],
    ['Tarif: o oră 1000 kr', 1000],
    ["Giulia, 25. 200 € un'ora, 120 € mezz'ora", 1492],
    ["Mezz'ora 800 kr, un’ora 1400 kr", 1400],
    ['Mezzora 700 kr', 1400],
  ])('reads the hour and half hour written as words: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A bare hour word needs a currency on the amount; a clock time or a count is no price.
    ['Godzina 18, 2 dziewczyny', null],
    ['Час 1200, звони', null],
    ['Час 1200 красивых минут', null],
    ['una hora antes 30 min', null],
    ["Ci vediamo tra un'ora, scrivimi", null],
  ])('no price from an hour word without one: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // The duration in brackets after the amount.
    ['Sessions: 350 € (2h), 200 € (1h)', 1492],
    ['Pris 1600 kr (1 time)', 1600],
  ])('pairs an amount with the duration bracketed after it: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([['Pris 1500 kr (2 timer 2800)', null]])('not a bracket holding more: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    ['1 hour 150-200 € , depends on service', 1119],
    ['1 time 150–200 EUR', 1119],
    ['1 hour 150 - 200 euro', 1119],
    ['1 hour 150 to 200 €', 1119],
    ['1 Stunde 150 bis 200 EUR', 1119],
    ['1 time 1000-1500 kr', 1000],
    // A price cut: "NU" before the new amount.
    ['1 time NU 1.100 kr (før 1.300)', 1100],
    ['1 hour 1000-1500 DKK', 1000],
    ['30 min 100-150 €, 1 hour 150-200 €', 1119],
  ])('gives the lower end that currency: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A falling pair is two prices, a word is no range, and a currency before a duration belongs to it.
    ['1 time 1500 - 200 € ekstra for anal', 1500],
    ['1 hour 150to 200 €', 150],
    ['1 time 800, 30 min - 100 €', 800],
    ['1 time 900 / 150 € for two hours', 900],
  ])('leaves other neighbours alone: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it('keeps the currency written on the lower end', () => {
    expect(extractPrices([{ path: 'text', text: '1 hour €150-200' }])).toMatchObject([
      { amount: 150, currency: 'EUR', minutes: 60 },
    ]);
  });
});

describe('extractPrices: a range before a rate', () => {
  it.each([
    ['Olie-massage 650–800 kr per hour alt efter ønsker', 650],
    ['Pris 1100-1400 kr/t', 1100],
    ['Between 1200 to 1600 DKK an hour', 1200],
  ])('reads the lower end at that rate: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A falling pair, a small count before the range, and a clock range are no rate range.
    ['1800 - 1300 kr per time', 1300],
    ['2-300 kr per time', 300],
    ['Åbent 10-22, 1500 kr/t', 1500],
  ])('leaves the rest alone: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: who or what the hour is for, and the Romanian "oră"', () => {
  it.each([
    ['⏰ 1 t duo 2600 · solo 1400', 2600],
    ['1 time incall 1100 / outcall 1500', 1100],
    ['1h duo 2600 kr, 1h single 1300 kr', 1300],
    ['1 oră 900 kr, 2 ore 1600', 900],
    // The Serbo-Croatian hour, after digits.
    ['1 sat 1300 kr, 2 sata 2400 kr', 1300],
  ])('pairs the duration with the amount after that word: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // No duration before the word, "oră" after a word that is no number, and "orăș" is a town.
    ['Solo 1500, duo 2800', null],
    ['Single lady 1500 kr weekend special', null],
    ['Zi oră 900 kr', null],
    ['1 orăș 300 kr', null],
    ['Man–Lør. 1 saturday special 900 kr', null],
  ])('reads no hour: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: the hour and minutes of Polish, Czech, Slovak, Hungarian and Lithuanian ads', () => {
  it.each([
    ['1 godz. 1300 kr.', 1300],
    ['1 godzina 1500 DKK', 1500],
    ['1 hodina 1500 DKK', 1500],
    ['1 hod 900 DKK', 900],
    ['1 óra 1400 DKK', 1400],
    ['1 val. 1300 kr.', 1300],
    ['1 Std. 1200 kr, 1 Stunde 1300 kr', 1200],
    ['30 perc 700 DKK', 1400],
    ['30 minut 600 kr', 1200],
    // A rate after the amount in the visitors' words, and the Albanian "orë".
    ['900 kr/ora', 900],
    ['1100 kr pe oră', 1100],
    ['1300 kr за час', 1300],
    ['1 orë 1200 kr', 1200],
    // The Greek hour: "1 ώρα", "2 ώρες".
    ['Μασάζ. 1 ώρα 1400 kr, 2 ώρες 2600 kr', 1400],
    // The Russian and Ukrainian hour in Latin letters, and the euro as they spell it.
    ['2 chasa 2600, 1 chas 1400 kr', 1400],
    ['Ciny: 1 hodyna 1200 kr', 1200],
    ['1 chas 100 evro', 746],
  ])('reads the hourly price of %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // Hours without a number (the bare hour is "godzina"), another word that starts the same, a choice ("valg").
    ['godziny 1500 DKK', null],
    ['1 hodinka 500', null],
    ['1 valg 800 kr', null],
    // "ora" after a slash only as a rate: not "orange", nor "o orë" without a digit.
    ['900 kr/orange', null],
    ['o orë 900 kr', null],
  ])('reads no hour in %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: the verb between the hour and its amount', () => {
  it.each([
    ['1 time koste 1300 kr', 1300],
    ['1 Stunde kostet 150 EUR', 1119],
    ['1 godzina kosztuje 1400 kr', 1400],
  ])('pairs them in %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A verb of another sentence, and the verb without a duration before it.
    ['1 time. Taxa koste 300 kr', null],
    ['Det koste 1300 kr', null],
  ])('reads no price in %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: Ukrainian and Russian hours and minutes', () => {
  it.each([
    ['1 година 1200 kr', 1200],
    ['1 час 1500 kr, 30 минут 800 kr', 1500],
    ['30 хвилин 700 kr', 1400],
  ])('reads the hour: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it('reads two hours as 120 minutes, which give no one-hour price', () => {
    const text = '2 години 2200 kr';
    expect(extractPrices([{ path: 'text', text }])).toMatchObject([{ amount: 2200, minutes: 120 }]);
    expect(hourly(text)).toBeNull();
  });
  it.each([
    // A word that starts like a unit is none: "годинник" (a clock), "Часто" (often).
    ['Годинник 900 kr', null],
    ['Часто 1200 kr', null],
  ])('reads no hour: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: everyday words are no glued durations', () => {
  it.each([
    // "for at bestille" (to order) after the end of a phone number is no "for a t(ime)".
    ['Ring til hendes chauffør på 0040 721 556 390 for at bestille.', null],
    ['I am 1500 kr cheaper than the agencies', null],
    ['Pris 390 for 1 time', 390],
    ['1t 1500', 1500],
  ])('reads %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: emoji or a slash between a duration and its amount', () => {
  it.each([
    ['1t 🕐 = 1.800 kr', 1800],
    ['⏰ 1 time ➡️ 1500 kr', 1500],
    ['1t → 1200,-', 1200],
    ['30 min 700kr 🌹 60 min 1200kr', 1200],
    // A price list joins them with a slash.
    ['1t/1100, ½t/650', 1100],
    ['Priser: ½t/900 – 1t/1500 – 2t/2800', 1500],
  ])('pairs them as punctuation: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it('still needs a duration before the emoji', () => {
    expect(hourly('Kl 10 🕐 1500 kr')).toBeNull();
  });
});

describe('hourlyPriceDkk: only one-hour and doubled half-hour prices', () => {
  it.each([
    ['20 min 300 kr, 40 min 550 kr, 1,5 time 1.200 kr', null],
    ['90 min 2200 kr, 60 min 1400 kr', 1400],
    ['20 min 400, 40 min 700, 30 min 500 kr', 1000],
    ['45 min 900 kr', null],
  ])('%s → %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: a bare "time" in a list of priced durations', () => {
  it.each([
    ['Halv time 600, time 1000.', 1000],
    ['Time 1000, halv time 600', 1000],
    // Only half hours, in the plural: twice the price.
    ['Jeg tager kun halve timer: 1.000,- (1/2 t)', 2000],
    // Chinese units: minutes and hours.
    ['30分钟 500 kr / 60分钟 900 kr', 900],
    ['½ time 600 kr / time 1000 kr', 1000],
    // Alone, "time" and a number may be anything.
    ['Ring når som helst, time 1000 tak', null],
  ])('%s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: a price table with column bars', () => {
  it.each([
    ['1 time | 700 kr', 700],
    ['Prisliste:\n| Tid | Pris |\n| 30 min | 450 kr |\n| 1 time | 700 kr |\n| 2 timer | 1.300 kr |', 700],
    ['Priser:\n30 min | 450 kr\n1 time | 1.100 kr', 900],
  ])('%s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: something included with the hour', () => {
  it.each([
    ['1 time + et glas bobler ....... 1.400\n½ time ......................... 800', 1400],
    ['1 hour incl. champagne: 1600 kr', 1600],
    // Another duration after "+" is no extra: its price is not the hour's.
    ['1 time + 30 min 2000, 1 time 1500', 1500],
    // A bracket after the duration: the hour restated, or a remark without digits.
    ['30 min 350 kr / 1 godz (1 hour) 600 kr', 600],
    ['1 hour (60 min) 1200 kr', 1200],
    ['1 time (inkl. kaffe) 1300', 1300],
    // What the hour is for, then something with it.
    ['Tilbud: 1 time massage + body to body 1100 kr', 1100],
    ['1 time massage + 30 min 2000, 1 time 1500', 1500],
    ['1 time (2 personer) 2500, 1 time 1500', 1500],
    // One of a duo, and the hotel the hour is spent at.
    ['1 hour one girl 1300 kr, 1 hour both of us 2400 kr', 1300],
    ['En time én pige 1200, duo 2200', 1200],
    ['1 hour at the hotel 1900 kr, overnight 9000 kr', 1900],
    ['en time på hotel 1700 kr', 1700],
    // Whom the hour is with: the house's girl, or the writer herself.
    ['Vælg selv ved ankomst. 1 time med damen 1500 kr.', 1500],
    ['30 min 900 kr, 1 hour with me 1400 kr', 1400],
  ])('pairs the hour with its amount: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: Swedish and Norwegian kroner', () => {
  it.each([
    // Converted only where the currency is written (SEK 0.68, NOK 0.64 DKK).
    ['1 tim 1000 SEK', 680],
    ['Pris: 1 tim 2 500 SEK, 3 tim 7 800 SEK.', 1700],
    ['1 time 2500 NOK', 1600],
    ['Billig: 1 time 1000 NOK, 30 min 600 NOK', 640],
    ['1 timme 1 400 danska kronor · 1,5 timme 2 200', 1400],
    ['Pris: 1 time 1 300 danske kroner.', 1300],
    ['1 timme 2 000 svenska kronor', 1360],
    // A German bare "Stunde" and a rate "/ Std.".
    ['Stunde 1.300 kr.', 1300],
    ['Preise ab 100 € / Std.', 746],
  ])('reads %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A bare "kr" stays Danish in a Swedish or Norwegian ad.
    ['1 timme 1200 kr', 1200],
    ['1 time 1 500 kr (danske)', 1500],
    // The Danish price stands; a SEK or NOK figure beside it is its equivalent, not a lower price.
    ['Rates: 1 hour 2,800 DKK / 4,000 SEK.', 2800],
    ['1 time fra 1 400 DKK / 2 300 NOK', 1400],
    ['1 timme 1800 SEK / 1 time 1.200 DKK', 1200],
    // "Nok" before a number is a Thai name, "sekunder" no currency.
    ['Jeg hedder Nok 1 time 900 kr', 900],
  ])('keeps %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: thousands written with a "k"', () => {
  it.each([
    ['1 time 1.2k, ½t 700', 1200],
    ['1 hora / 1 time = 1.5k', 1500],
    ['1.6k/t for os begge', 1600],
    ['1 h 1,5k', 1500],
    ['1 time 2K', 2000],
    // Not a price: "2k følgere" has no duration; "50kr" is fifty kroner.
    ['Jeg har 2k følgere. 1 time 1500', 1500],
    ['1 time 1400 kr, 50kr ekstra for kys', 1400],
  ])('reads %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: "mins" and the first hour of a price list', () => {
  it.each([
    ['30mins 350kr.', 700],
    ['15 mins 300 kr, 30 mins 500 kr', 1000],
    ['2.500 kr the first hour, 2.000 kr each additional hour', 2500],
    ['3.000 kr for the first hour, 2.500 kr each additional hour', 3000],
  ])('reads %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // Another word than "mins"; a first hour without an amount beside it.
    ['30 minis 350 kr', null],
    ['The first hour is for talking. Overnight 9000 kr.', null],
  ])('reads no hourly price in %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: a lone price in kroner, with no duration anywhere', () => {
  it('reads it as the price of one hour', () => {
    expect(hourly('Sofie, 41, Skive. Varm og rolig. 1.300,- Ring 22 44 66 88')).toBe(1300);
    expect(hourly('Hverdage 9-17. 950 kr. Sms 31 42 53 64')).toBe(950);
    expect(hourly('Diskret lejlighed. Pris: 1.400 kr.')).toBe(1400);
  });

  it('leaves it when a unit, a name before it or another amount says what it is for', () => {
    expect(hourly('Gruppeaften. 500 kr pr. mand. Sms 31 42 53 64')).toBeNull();
    expect(hourly('Massage og GFE. Anal 400 kr. Ring 22 44 66 88')).toBeNull();
    expect(hourly('Sugardate søges. 3.000 kr om måneden.')).toBeNull();
    expect(hourly('Incall. 1.000 kr. Outcall 1.500 kr.')).toBeNull();
    expect(hourly('Massage. 200 kr. Ring 22 44 66 88')).toBeNull();
  });

  it('lets a stated duration win', () => {
    expect(hourly('Massage. 1 time 900 kr. Taxi 200 kr.')).toBe(900);
  });
});

describe('extractPrices: the currency before the amount, then "for" and the duration', () => {
  it('pairs each amount with the duration after it', () => {
    expect(hourly('Lone, 55, i 30 år her. Kr. 600 for 30 min / kr. 1.000 for 1 time.')).toBe(1000);
    expect(hourly('400 kr for 30 min, 750 kr for en time.')).toBe(750);
  });
});

describe('extractPrices: a starting price alone', () => {
  it('reads "Fra 1.100 kr." standing alone as the price of a visit', () => {
    expect(hourly('Klinik i Kolding.\nFra 1.100 kr.\nRing 22 44 66 88')).toBe(1100);
  });
  it('not a starting price that names what it is for', () => {
    expect(hourly('Sugardating fra 3.000 kr om måneden.')).toBeNull();
  });
});

describe('extractPrices: thousands set apart by a space in a table cell', () => {
  it.each([
    ['| 30 min | 900 |\n| 1 time | 1 600 |', 1600],
    ['| 1 time | 1 400 |', 1400],
  ])('%s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it('not two numbers outside a table', () => {
    expect(hourly('1 time 1 600 meter fra stationen')).toBeNull();
  });
});

describe('extractPrices: the Dutch and Finnish hour', () => {
  it.each([
    ['Ik ben Eva. 1 uur 1400 kr, 2 uur 2600 kr.', 1400],
    ['30 min 900 kr, 1 uur 1600 kr', 1600],
    ['1 tunti 1300 kr', 1300],
    // "uur" is no unit glued to a word: "Tuur" is a name.
    ['Tuur 1500 kr', null],
  ])('reads the hour of %j', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: the Portuguese and Spanish half hour and one of a duo', () => {
  it.each([
    ['Beijos e massagem. Meia hora 650 kr.', 1300],
    ['Media hora 150€, discreción', 2238],
    ['Media hora 700 kr, 1 hora 1200 kr', 1200],
    // The hour as a bare word, beside the half hour or with a currency.
    ['Media hora 650, hora 1100. Besos y GFE', 1100],
    ['Hora 1400 kr por chica', 1400],
    // After a word "hora" is the unit of the price before it, not of the price after it.
    ['150€ la hora / 100€ media hora', 1119],
    // The German half hour beside the whole one.
    ['Halbe Stunde 700 kr, ganze Stunde 1300 kr', 1300],
    ['Eine halbe Stunde 600 kr.', 1200],
  ])('reads %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    ['1h uma 1300 kr, 1h duo 2500 kr', 1300],
    ['1 hora una chica 1100 kr / 1 hora duo 2000 kr', 1100],
  ])('reads the hour with one of a duo in %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // "media" is no half hour without "hora".
    ['Social media: 500 followers. 1 time 1400 kr', 1400],
    // "ahora" (now) is no hour, nor a bare "hora" before a number without a price beside it.
    ['Llámame ahora 600 kr descuento, 1 hora 1300 kr', 1300],
    ['Estoy libre a la hora 22. 1 hora 1500 kr', 1500],
  ])('keeps other words: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
});

describe('extractPrices: a price entry headed by its currency', () => {
  const entry = (text: string): number | null => hourlyPriceDkk(extractPrices([{ path: 'prices[0]', text }]));
  it.each([
    ['€: 1 hour 200', 1492],
    ['EUR: 30 min 90, 1 time 150', 1119],
  ])('gives the entry that currency: %s', (text, dkk) => {
    expect(entry(text)).toBe(dkk);
  });
  it('leaves an entry without the label, and a label in free text, in kroner', () => {
    expect(entry('1 time 1200')).toBe(1200);
    expect(hourly('€: ask me. 1 time 1200')).toBe(1200);
  });
});
