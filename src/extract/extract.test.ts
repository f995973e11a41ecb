import { describe, expect, it } from 'vitest';
import {
  extractFacts,
  extractPhones,
  extractPrices,
  hourlyPriceDkk,
  listFields,
  normalizeServices,
  findAges,
  findOpeningHours,
  isAroundTheClock,
  isNegated,
  normalizePhone,
  findLanguages,
  normalizeCity,
  prepareAd,
  detailsOf,
} from './index.js';

describe('extractPhones', () => {
  it.each([
    ['Call me: 2two 61 48 9nine', '+4522614899'],
    ['Skriv på tlf: to-otte 41 90 77', '+4528419077'],
    ['sms 6O 55 21 3O (no calls)', '+4560552130'],
    ['book her: +40 742.318.905', '+40742318905'],
    ['WhatsApp 00234 8035512947', '+2348035512947'],
    ['Ring 52.71.09.36', '+4552710936'],
    // Number words mixed with digits: "4 seks" is no price in Swedish kronor ("4 sek").
    ['ring/sms to otte 1 4 seks syv 9 2', '+4528146792'],
    // Keycap digits.
    ['Mit nummer: 6️⃣0️⃣1️⃣9️⃣3️⃣8️⃣4️⃣7️⃣ 1 time 1300 kr', '+4560193847'],
    ['ring 6⃣0⃣1⃣9⃣3⃣8⃣4⃣7⃣', '+4560193847'],
    // An explanation of the obfuscation after the number adds no digits to it.
    ['Tlf. 26 74 O3 91 (O = nul). Åben 12.12-24.12.', '+4526740391'],
    // Stars and hearts between the groups.
    ['Ring 42 ★ 16 ★ 88 ★ 09 efter kl 12', '+4542168809'],
    ['sms 42❤️16❤️88❤️09', '+4542168809'],
  ])('recovers %s', (text, e164) => {
    const found = extractPhones(text);
    expect(found.map((p) => p.e164)).toEqual([e164]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.raw);
  });
  it.each([
    '1 hour 1.500,- / 30 min 900,-',
    'Ordre 2026-10-02 nr 1234567890123456',
    'Man-Søn 20-04 hver dag',
    'Åbent 24/7 2026',
    '1 timme 1500 sek, 2 timmar 2800 sek',
    '30 min 500 nok 60 min 900 euros',
    '❤️ 1 time 1500 ❤️ 2 timer 2800 ❤️',
  ])('reports nothing in %s', (text) => {
    expect(extractPhones(text)).toEqual([]);
  });
  it('reads Danish subscriber numbers the way libphonenumber does, in any allocated range or not', () => {
    // Danish 8-digit numbers take a shortcut past libphonenumber (phones.ts, danishE164).
    expect(extractPhones('Ring 20 11 22 33 eller 99 88 77 66').map((p) => p.e164)).toEqual([
      '+4520112233',
      '+4599887766',
    ]);
    expect(extractPhones('+45 31 72 86 09 / 0045 31728609').map((p) => p.e164)).toEqual([
      '+4531728609',
      '+4531728609',
    ]);
    expect(normalizePhone('12 34 56 78')).toBeNull();
    expect(normalizePhone('+45 12 34 56 78')).toBeNull();
    expect(normalizePhone('20 11 22 33', 'SE')).not.toBe('+4520112233');
  });
  it('reads no phone in a company or account number, and keeps the phone after it', () => {
    const text =
      'Klinik Harmoni ApS, CVR 38 12 45 67. MobilePay til reg.nr. 1234 konto 12345678. Ring 66 12 48 30.';
    expect(extractPhones(text).map((p) => p.e164)).toEqual(['+4566124830']);
    expect(extractPhones('CVR-nr.: 38124567 – tlf. 38 12 45 68').map((p) => p.e164)).toEqual(['+4538124568']);
  });
  it.each([
    ['Telefon 40 28 53 17. 60 min 1300 kr.', ['+4540285317']],
    ['Ring 40 28 53 17. 10-22 alle dage', ['+4540285317']],
    ['Ring 40 28 53 28, 24 timer', ['+4540285328']],
    ['Jeg er 25 22 33 44 55', ['+4522334455']],
    ['Tlf. 45 22 33 44 55', ['+4522334455']],
    ['Sms 4 0. 1 2. 9 nine. 7 3', ['+4540129973']],
    ['Lukket 24.12-26.12 og juleferie 23.12–02.01', []],
    ['Ring +47 601 23 456', []],
    ['+45 12 34 56 78', []],
  ])('does not carry a number across the end of a sentence: %s', (text, expected) => {
    expect(extractPhones(text).map((p) => p.e164)).toEqual(expected);
  });
  it('keeps the phone after opening hours', () => {
    expect(extractPhones('Man-Søn 10-22 22 33 44 55').map((p) => p.e164)).toEqual(['+4522334455']);
  });
  it('reads a bare "Time 1500" as a price in the prices field only', () => {
    const entries = ['Time 1500', 'Halv time 900'].map((text, i) => ({ path: `prices[${i}]`, text }));
    expect(hourlyPriceDkk(extractPrices(entries))).toBe(1500);
    expect(hourlyPriceDkk(extractPrices([{ path: 'text', text: 'Time 1500' }]))).toBeNull();
  });
  it('normalises structured fields', () => {
    expect(normalizePhone('+40 742 318 905')).toBe('+40742318905');
    expect(normalizePhone('hello')).toBeNull();
  });
  it.each([
    ['20 11 22 33', 'DK'],
    ['20112233', 'DK'],
    ['20.11.22.33', 'DK'],
    ['+45 20 11 22 33', 'DK'],
    ['+4520112233', 'DK'],
    ['0045 20 11 22 33', 'DK'],
    ['+40 742 318 905', 'DK'],
    ['+380 67 692 1234', 'DK'],
    ['+234 803 551 2947', 'DK'],
    ['202 555 0143', 'US'],
    ['20 11 22 33 44 55 66', 'DK'],
    ['12.10.2019 33', 'DK'],
    ['+45 2011 2233 .', 'DK'],
  ] as const)('reads the plain field %s as the tokenizer does', (raw, country) => {
    // Plain fields (digits, spaces, dots, a leading "+") skip the tokenizer (phones.ts).
    const viaText = extractPhones(raw, country)[0]?.e164;
    if (viaText !== undefined) expect(normalizePhone(raw, country)).toBe(viaText);
    else expect(normalizePhone(raw, country)).toBe(normalizePhone(`${raw} x`, country));
  });
});

describe('prices', () => {
  it.each([
    ['½ time 400 kr, 1 time 700,-', 700],
    ['200 EUR / 1h, 400 EUR / 2h', 1492],
    ['Only short visits – 30 min 800 kr', 1600],
    ['1 time 1200 kr (normalt 1500)', 1200],
    ['1500 kr pr. time', 1500],
    ['Ring 22 33 44 55', null],
    // Approximate and starting prices, and rates after the amount.
    ['Around 1500 per hour', 1500],
    ['ca. 1500 kr pr. time', 1500],
    ['ca 1200 i timen', 1200],
    ['cirka 1000 kr/t', 1000],
    ['approx 200 eur/h', 1492],
    ['omkring 1400 pr time', 1400],
    ['1 time fra 1000 kr', 1000],
    ['from 1000 per hour', 1000],
    ['1 hour approx. 1300', 1300],
    ['1500,-/h', 1500],
    ['Entry 500 per man', null],
    ['Open 24 per hour', null],
    // A clock time or a count after a duration is no price.
    ['Last booking at 22:00. 1 hour 2500 kr', 2500],
    ['Call me at 18 or later, 1 hour 1600 kr', 1600],
    // "kr." before the amount, "timepris" as the hour, thousands with a comma (English ads).
    ['Timepris: kr. 1.100. Halv time kr. 700.', 1100],
    ['Kr. 500 for 30 min, Kr. 900 for 1 time', 900],
    ['1 time: kr 1400,-', 1400],
    ['1 hour DKK 1,500 / 2 hours DKK 2,800.', 1500],
    ['30 min 1,200 kr', 2400],
    ['Pris i kr 22 33 44 55', null],
    // The amount first, the duration after it (read so when that pairs more prices).
    ['500kr 1h, 300kr 30min', 500],
    ['500kr 1h 900kr 2h', 500],
    ['150€ 1h', 1119],
    ['1000,- 1 time', 1000],
    ['1200 kr - 1 time', 1200],
    ['150 EUR one hour', 1119],
    ['1 time 1400 kr 2 timer 2600 kr', 1400],
    ['Halv time 700, hel time 1200', 1200],
    // A price verb between the duration and the amount.
    ['1 time koster 1400 kr', 1400],
    ['En time koster 1400 kr.', 1400],
    ['One hour costs 1500 DKK', 1500],
    // Thousands set apart by a space before the currency.
    ['1 t. 1 300 kr', 1300],
    ['30 min 800 kr 60 min 1 500 kr', 1500],
    // Swedish and German units.
    ['1 timme 1500 kr, 30 min 900 kr', 1500],
    ['Halvtimme 700 kr. 1 timme 1200 kr', 1200],
    ['60 minuter 1400 kr', 1400],
    ['1 Stunde 1500 kr', 1500],
    ['1 heure 1400 kr', 1400],
    ['1 ora 150 euro, 2 ore 280 euro', 1119],
    ['Disponible ahora 150€', null],
    ['1 hora 1500 kr, 30 min 900 kr', 1500],
    // Korean, Vietnamese, Thai and Tagalog hours and minutes.
    ['1시간 1400kr · 2시간 2600kr', 1400],
    ['30 phút 500kr, 1 giờ 900kr', 900],
    ['Mở cửa từ 10 giờ sáng. 30 phút 550 kr', 1100],
    ['1 ชั่วโมง 1200 kr · 30 นาที 700 kr', 1200],
    ['Isang oras: 1 oras 1300kr', 1300],
    // Two hours are no one-hour price: not scaled (see hourlyPriceDkk).
    ['2 horas 2800 kr', null],
    ['Estoy aquí ahora, a hora 500 kr', null],
    // What the hour is for, and "en times" (an hour's).
    ['1 time massage 500 kr', 500],
    ['En times massage 600 kr', 600],
    ['Prisen er 1200 kroner for en times besøg', 1200],
    ['Cum 2 times 500 kr extra', null],
    // The dot leaders of a price table; "er" as the verb.
    ['30 min ..... 800 kr\n60 min ..... 1200 kr', 1200],
    ['Time …… 1100 kr', 1100],
    ['En time er 1200 kroner', 1200],
    ['Jeg er 1200 meter fra stationen', null],
    // The amount first: a whole "kroner", "for (en)", a bare "for" only from 100 up.
    ['Prisen er 1100 kroner for en time', 1100],
    ['Kun 900 for en hel time! Halv time 500.', 900],
    ['Gavmild = 1500 for en time', 1500],
    ['Vi ses 2 for en time', null],
    ['Ring efter 1800 for en snak', null],
    ['Jeg er 27 år. 150 euro 1 timme', 1119],
    // The client it is for between amount and hour.
    ['Pris 2000 kr pr. mand for 1 time', 2000],
    ['150 EUR per person for one hour', 1119],
    ['150 eur hour', 1119],
    // The rate after the amount in Spanish, Portuguese and French.
    ['150 € a hora (pago também em coroas)', 1119],
    ['200 € por hora', 1492],
    ["150 € l'heure", 1119],
    // Whom the hour is with, in a duo's list.
    ['1 time med én af os 1500 kr, duo 3000 kr', 1500],
    ['1 hora com uma de nós 1300 kr, as duas juntas 2500 kr', 1300],
    ['Open 24 hour', null],
    // Amounts in words.
    ['En time koster tusind kroner, en halv time seks hundrede.', 1000],
    ['Tusind kroner for en time', 1000],
    ['1 time: tusind kr. ½ time: 600 kr', 1000],
    ['To timer to tusind kr. En time 1100 kr', 1100],
    ['Ring tolv hundrede gange', null],
    ['Tusind tak for i dag. 1 time 1300 kr', 1300],
    ['Tusind kys til dig', null],
    // Hundreds past ten, the common gender's "halvanden", and the visitors' English.
    ['Elleve hundrede kroner for en hel time', 1100],
    ['En time: halvanden tusind, en halv: ni hundrede', 1500],
    ['One hour costs one thousand and two hundred kroner, 30 min seven hundred', 1200],
    ['Fourteen hundred kroner per hour', 1400],
    ['A thousand thanks, one hour 1300 kr', 1300],
  ])('%s → %s', (text, expected) => {
    expect(hourlyPriceDkk(extractPrices([{ path: 'text', text }]))).toBe(expected);
  });
  it('gives each structured entry its own path and fresh matches, also when the text repeats', () => {
    const entry = '30 min 1.000 DKK';
    const first = extractPrices([{ path: 'prices[0]', text: entry }]);
    const again = extractPrices([
      { path: 'prices[1]', text: entry },
      { path: 'text', text: entry },
    ]);
    expect(first).toEqual([
      { amount: 1000, currency: 'DKK', dkk: 1000, minutes: 30, path: 'prices[0]', start: 0, end: 16 },
    ]);
    expect(again.map((p) => p.path)).toEqual(['prices[1]', 'text']);
    expect(again[0]).not.toBe(first[0]);
    expect({ ...again[0], path: 'prices[0]' }).toEqual(first[0]);
  });
});

describe('structured fields', () => {
  it('lists list entries with their index, however long the list', () => {
    const services = Array.from({ length: 70 }, (_, i) => `item ${i}`);
    const paths = listFields({ id: 'x', services }).map((f) => f.path);
    expect(paths[0]).toBe('services[0]');
    expect(paths[69]).toBe('services[69]');
  });
  it('normalises a service menu to distinct names, repeated items alike', () => {
    expect(normalizeServices(['GFE', 'Kærestesex (GFE)', 'Striptease', 'gfe', 'Strip'])).toEqual([
      'gfe',
      'striptease',
    ]);
    expect(normalizeServices(['GFE', 'Kærestesex (GFE)', 'Striptease', 'gfe', 'Strip'])).toEqual([
      'gfe',
      'striptease',
    ]);
  });
});

describe('ages, hours, negation, facts', () => {
  it('finds ages but not phone digits', () => {
    expect(findAges('Mia, 19, sød').map((a) => a.age)).toEqual([19]);
    expect(findAges('Ring 27 92 05 46', [{ start: 5, end: 16 }])).toEqual([]);
  });
  it('reads opening hours', () => {
    expect(findOpeningHours('Alle dage 10-04').some((m) => isAroundTheClock(m))).toBe(true);
    expect(findOpeningHours('Alle dage 11-03').some((m) => isAroundTheClock(m))).toBe(false);
    expect(findOpeningHours('IKKE åbent 24/7').some((m) => isAroundTheClock(m))).toBe(false);
  });
  it('checks negation within the clause only', () => {
    expect(isNegated('no drugs please', 3)).toBe(true);
    expect(isNegated('No drugs. Open 24/7', 14)).toBe(false);
  });
  it('reads keycap digits as an age and a price, spans in the text as written', () => {
    const k = (digits: string): string => digits.replace(/\d/g, '$&\uFE0F\u20E3');
    const ad = prepareAd({
      id: 'k',
      title: 'Lea',
      text: `${k('32')} år ✨ ${k('1')} t = ${k('950')} kr ☎ ${k('41772063')}`,
    });
    expect(ad.facts.age).toBe(32);
    expect(ad.facts.hourly_price_dkk).toBe(950);
    expect(ad.facts.phones).toEqual(['+4541772063']);
    const price = detailsOf(ad).hourly!.match;
    expect(ad.ad.text!.slice(price.start, price.end)).toBe(`${k('1')} t = ${k('950')} kr`);
    // Keycap phone digits are no age, nor a count or a lone mark after a letter.
    expect(
      prepareAd({ id: 'k2', title: 'x', text: `☎ ${k('25')} ${k('30')} ${k('11')} ${k('44')}` }).facts.age,
    ).toBe(null);
    expect(prepareAd({ id: 'k3', title: 'x', text: `${k('3')} piger, a\u20E3 25 kr` }).facts.age).toBe(null);
  });
  it('extracts facts from an ad', () => {
    const facts = extractFacts({
      id: 'x',
      title: 'Ny i Esbjerg - Alexia',
      text: 'Romanian girl Alexia, 23. Telegram: @Alexia_dk. 1 time 1300 kr. Ring +40 745 216 093',
      city: 'Esbjerg',
      nationality: 'Rumænien',
      languages: ['lidt engelsk'],
    });
    expect(facts.phones).toEqual(['+40745216093']);
    expect(facts.age).toBe(23);
    expect(facts.hourly_price_dkk).toBe(1300);
    expect(facts.nationalities).toEqual(['RO']);
    expect(facts.languages).toEqual(['en']);
    expect(facts.cities).toEqual(['Esbjerg']);
    expect(facts.messaging).toEqual(['telegram:alexia_dk']);
  });

  it('gives no one age for an age field of two persons, and keeps both ages', () => {
    for (const age of ['35/38', '34 / 41', '28 og 31'])
      expect(prepareAd({ id: 'x', text: 'Vi er et par.', age }).facts.age).toBe(null);
    expect(prepareAd({ id: 'x', text: 'Mia.', age: '25' }).facts.age).toBe(25);
    expect(prepareAd({ id: 'x', text: 'Mia.', age: '25/25' }).facts.age).toBe(25);
    expect(detailsOf(prepareAd({ id: 'x', text: 'Duo.', age: '19/24' })).ages.map((a) => a.age)).toEqual([
      19, 24,
    ]);
  });
});

describe('findLanguages', () => {
  const spoken = (text: string): [string, string][] => findLanguages(text).map((l) => [l.code, l.level]);

  it.each([
    [
      'Polish native, some German',
      [
        ['pl', 'yes'],
        ['de', 'little'],
      ],
    ],
    [
      'native Swedish, good English',
      [
        ['sv', 'yes'],
        ['en', 'yes'],
      ],
    ],
    ['Modersmål: norsk', [['no', 'yes']]],
    ['Hun er ukrainsk-talende', [['uk', 'yes']]],
    ['Spanish-speaking lady', [['es', 'yes']]],
  ])('reads her first language and a speaking compound: %s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });
  it.each([
    ['Native Danish beauty', []],
    ['Norsk pige i byen', []],
  ])('reads no language from a person described: %s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });

  it.each([
    [
      'Jeg taler grønlandsk, dansk og lidt engelsk',
      [
        ['kl', 'yes'],
        ['da', 'yes'],
        ['en', 'little'],
      ],
    ],
    [
      'Sorry my english not so good, only little english and romanian.',
      [
        // Each mention: "english not so good" is little English as well.
        ['en', 'little'],
        ['en', 'little'],
        ['ro', 'yes'],
      ],
    ],
    [
      'No speak English, only Spanish.',
      [
        ['en', 'none'],
        ['es', 'yes'],
      ],
    ],
    [
      'My English is perfect and my Danish is good.',
      [
        ['en', 'yes'],
        ['da', 'yes'],
      ],
    ],
    [
      'Min engelsk er dårlig. Dansk: flydende',
      [
        ['en', 'little'],
        ['da', 'yes'],
      ],
    ],
    [
      'I speak Danish, English, German and Polish',
      [
        ['da', 'yes'],
        ['en', 'yes'],
        ['de', 'yes'],
        ['pl', 'yes'],
      ],
    ],
    // Other languages' verbs and names.
    [
      'Jag pratar svenska och lite danska.',
      [
        ['sv', 'yes'],
        ['da', 'little'],
      ],
    ],
    [
      'Ich spreche Deutsch und Englisch',
      [
        ['de', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Je parle français et anglais',
      [
        ['fr', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Hablo español e inglés',
      [
        ['es', 'yes'],
        ['en', 'yes'],
      ],
    ],
    // A word after the name, and a clause that only lists languages.
    [
      'No danish sorry, english only.',
      [
        ['da', 'none'],
        ['en', 'yes'],
      ],
    ],
    ['Romanian girl. english a little', [['en', 'little']]],
    [
      'Jeg prater bare norsk og litt engelsk.',
      [
        ['no', 'yes'],
        ['en', 'little'],
      ],
    ],
    [
      'Mówię po polsku i angielsku.',
      [
        ['pl', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Vorbesc română și engleză.',
      [
        ['ro', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Mluvím česky a trochu anglicky.',
      [
        ['cs', 'yes'],
        ['en', 'little'],
      ],
    ],
    [
      'Beszélek magyarul és angolul.',
      [
        ['hu', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Говорю: русский, немного английский.',
      [
        ['ru', 'yes'],
        ['en', 'little'],
      ],
    ],
    ['Czech, 30. English ok.', [['en', 'yes']]],
    [
      'From Estonia. Russian and English.',
      [
        ['ru', 'yes'],
        ['en', 'yes'],
      ],
    ],
    [
      'Español, English 🇬🇧',
      [
        ['es', 'yes'],
        ['en', 'yes'],
      ],
    ],
    // Someone else speaks first, then she does.
    ['Manager speak english, girl speak only thai.', [['th', 'yes']]],
    ['Min kæreste er dansk, jeg taler engelsk', [['en', 'yes']]],
    // Writing or answering in a language, said of herself.
    [
      'Hej! Jeg skriver både tysk og engelsk.',
      [
        ['de', 'yes'],
        ['en', 'yes'],
      ],
    ],
    ['On WhatsApp I write Romanian', [['ro', 'yes']]],
    [
      'Svarer på svensk og dansk',
      [
        ['sv', 'yes'],
        ['da', 'yes'],
      ],
    ],
    ['Sms er bedst, så svarer jeg på engelsk', [['en', 'yes']]],
    ['She answers in Polish', [['pl', 'yes']]],
    // "fluent in", and a speak verb that reaches a name past "men"/"but" with no verb of its own.
    [
      'Anja is fluent in German and Czech',
      [
        ['de', 'yes'],
        ['cs', 'yes'],
      ],
    ],
    [
      'Taler ikke svensk, men norsk',
      [
        ['sv', 'none'],
        ['no', 'yes'],
      ],
    ],
    [
      'I speak no German but a little English',
      [
        ['de', 'none'],
        ['en', 'little'],
      ],
    ],
    [
      'I speak Polish, but my English is fine too',
      [
        ['pl', 'yes'],
        ['en', 'yes'],
      ],
    ],
    // The other languages of Spain.
    [
      'Parlo italiano, català e galego',
      [
        ['it', 'yes'],
        ['ca', 'yes'],
        ['gl', 'yes'],
      ],
    ],
    [
      'I speak Basque and French',
      [
        ['eu', 'yes'],
        ['fr', 'yes'],
      ],
    ],
    // A quantity with "of" before the name.
    [
      'I speak Thai and a little bit of English',
      [
        ['th', 'yes'],
        ['en', 'little'],
      ],
    ],
    [
      'Hablo portugués y un poco de alemán',
      [
        ['pt', 'yes'],
        ['de', 'little'],
      ],
    ],
    [
      'Je parle roumain et un peu de français',
      [
        ['ro', 'yes'],
        ['fr', 'little'],
      ],
    ],
    [
      'Jeg taler polsk og lidt af tysk',
      [
        ['pl', 'yes'],
        ['de', 'little'],
      ],
    ],
    // A request to the client in the same clause: the client's language, not hers.
    ['She speak only thai, please text in english', [['th', 'yes']]],
    [
      'Jeg taler polsk og tysk, skriv venligst på engelsk',
      [
        ['pl', 'yes'],
        ['de', 'yes'],
      ],
    ],
    // The persons speak after the desk is named: their language, not the desk's.
    ['Receptionen tager imod booking, damerne taler kun vietnamesisk', [['vi', 'yes']]],
  ])('reads %j', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });

  it.each([
    'Danish girl and English tourists welcome',
    'Thai massage and Greek food',
    'French kiss, Greek and Spanish',
    'Thai & Chinese massage.',
    'Dansk.',
    'Svenska tjejer i Köpenhamn',
    'Italiano ragazzo, Romanian girls only for Danish men',
    'Call my manager, manager speak english.',
    'Receptionen taler dansk og engelsk',
    'My friend answers the phone in English',
    // The client writes, or the speak verb stands before a "men"/"but" with a verb of its own after.
    'Skriv gerne på tysk eller engelsk',
    'Please write me in German',
    'Hvis du skriver på engelsk, er det fint',
    'Please answer in English',
    'Catalan cream and tapas',
  ])('reads no language in %j', (text) => {
    expect(spoken(text)).toEqual([]);
  });
  // Flags and two-letter codes name languages only right after a languages heading or speak verb.
  const codes = (text: string): string[] => findLanguages(text).map((l) => l.code);
  it.each([
    ['Languages: 🇷🇴 🇬🇧 🇩🇪. Rates follow', ['ro', 'en', 'de']],
    ['Sprog: 🇩🇰, 🇸🇪 og 🇬🇧', ['da', 'sv', 'en']],
    ['Jeg taler 🇵🇱 🇬🇧', ['pl', 'en']],
    ['Idiomas: 🇧🇷 🇪🇸', ['pt', 'es']],
    ['I speak: PL, EN, DE', ['pl', 'en', 'de']],
    ['Språk: SE/EN', ['sv', 'en']],
    ['Sprachen: DE und EN\nPreise', ['de', 'en']],
    ['languages UA RU', ['uk', 'ru']],
    // A speaking head before flags, as emoji ads head the line.
    ['🇹🇭 Mali 25\n🗣️ 🇹🇭 + lidt 🇬🇧', ['th', 'en']],
    ['Nina 🇵🇱 29\n🗣 🇵🇱 🇬🇧 🇩🇰(lidt)\n📍 Vejle', ['pl', 'en', 'da']],
    ['Sprog: 🇩🇰 🇬🇧\n🗣️ 🇩🇪', ['da', 'en', 'de']],
    ['🗣️ 🇵🇱\n🇷🇴 pige', ['pl']],
  ])('reads the marks in %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    'Hot girl 🇷🇴🇬🇧 in Aarhus',
    'Sweet 🇹🇭 lady. Languages below',
    'GFE, BJ, OK',
    'Speak: NO.',
    'Speak: OK, call me',
    'Languages: EN RU call me',
    'Sprog: dk en',
    '🗣️ Ring gerne, 🇷🇴 pige',
    '🗣 hej',
  ])('reads no mark in %j', (text) => {
    expect(codes(text)).toEqual([]);
  });
  // A list without a verb may hold a level word; "only" in visitors' languages; names in their own language.
  const levels = (text: string): string[] =>
    findLanguages(text).map((l) => (l.level === 'yes' ? l.code : `${l.code}:${l.level}`));
  it.each([
    ['Romanian, a little English.', ['ro', 'en:little']],
    ['Deutsch fluent, English ok, Dansk lidt.', ['de', 'en', 'da:little']],
    ['Polski / English little', ['pl', 'en:little']],
    ['Français et un peu anglais.', ['fr', 'en:little']],
    ['Ingen dansk, kun engelsk', ['da:none', 'en']],
    ['Non parlo inglese, solo italiano', ['en:none', 'it']],
    ['Kein Englisch, nur Deutsch', ['en:none', 'de']],
    ['Inte danska, bara svenska', ['da:none', 'sv']],
    ['Ingen engelsk, bare norsk', ['en:none', 'no']],
    ['Magyar, English, Deutsch', ['hu', 'en', 'de']],
    ['Română, English', ['ro', 'en']],
    ['Čeština, Slovenčina, English', ['cs', 'sk', 'en']],
    ['Lietuvių / Latviešu / English', ['lt', 'lv', 'en']],
  ])('reads the list %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });

  it.each([
    ['jeg taler kun svensk, men skriv gerne på tysk', ['sv']],
    ['I speak Polish, but you can text me in English', ['pl']],
  ])('the speak verb before "men"/"but" does not reach a clause of its own: %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  // A structured entry with the level in brackets after the name.
  const entry = (text: string): string[] =>
    findLanguages(text, true).map((l) => (l.level === 'yes' ? l.code : `${l.code}:${l.level}`));
  it.each([
    ['Alemán (poco)', ['de:little']],
    ['Russian (little)', ['ru:little']],
    ['Tysk (lidt)', ['de:little']],
    ['Italian (basic)', ['it:little']],
    ['Polski (un poco)', ['pl:little']],
    ['Español', ['es']],
    ['Deutsch (fluent)', ['de']],
    ['Svensk (flydende)', ['sv']],
  ])('reads the entry %j', (text, expected) => {
    expect(entry(text)).toEqual(expected);
  });

  it.each([
    'Thai, good massage and relax',
    'Danish, little and sweet',
    'Solo thai girl in town',
    'Magyar Kft. ring',
    'Jeg er bare en sød dansk pige',
  ])('reads no list in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('towns', () => {
  it.each([
    ['Lyngby', 'Kongens Lyngby'],
    ['Kgs. Lyngby', 'Kongens Lyngby'],
    ['Nykøbing F', 'Nykøbing Falster'],
    ['Nykøbing Falster', 'Nykøbing Falster'],
    ['Nykøbing Mors', 'Nykøbing Mors'],
    ['Greve Strand', 'Greve'],
    ['Greve', null],
    // Without æ, ø, å, and in visitors' languages.
    ['Naestved', 'Næstved'],
    ['Helsingor', 'Helsingør'],
    ['Brondby Strand', 'Brøndby'],
    ['Tåstrup', 'Taastrup'],
    ['Köpenhamn', 'København'],
    ['Copenhague', 'København'],
    ['Koge', null],
    ['Kog', null],
  ])('one name per town: %s → %s', (value, town) => {
    expect(normalizeCity(value)).toBe(town);
  });
  it("reads the ad's city field without æ, ø, å even where the spelling is an ordinary word", () => {
    expect(extractFacts({ id: 't', city: 'Koge', text: 'Massage' }).cities).toEqual(['Køge']);
    expect(extractFacts({ id: 't', city: 'Hillerod', text: 'Massage' }).cities).toEqual(['Hillerød']);
    expect(extractFacts({ id: 't', text: 'Jeg kan koge kaffe' }).cities).toEqual([]);
  });
  it.each([
    ['Sorry, no English, only Thai.', undefined, ['TH']],
    // Her origin in the structured field: the language is only her language.
    ['No English, only Spanish. Call me.', 'Colombian', ['CO']],
  ])('reads "none, only X" as her origin when the ad names no other: %s', (text, nationality, codes) => {
    const ad = { id: 't', text, ...(nationality === undefined ? {} : { nationality }) };
    expect(extractFacts(ad).nationalities).toEqual(codes);
  });
});

describe('extractFacts: the age of an ad with two people in it', () => {
  const age = (text: string, field?: string): number | null =>
    extractFacts({ id: 'a', text, ...(field === undefined ? {} : { age: field }) }).age;
  it.each([
    ['Joy and Precious, 24 and 26. All services', null],
    ['Lily (22), Mei (27) og Anna (31) glæder sig', null],
    ['Rumænske piger – Alexandra 22, Denisa 20 og Elena 25.', null],
    ['Vi er Jonas (41) og Line (37), et dansk par', null],
  ])('states no one age in %j', (text, expected) => {
    expect(age(text)).toBe(expected);
  });
  it.each([
    // One age said twice, her own in the first person beside another's, and the structured field.
    ['Mia, 25. Jeg er 25 år og bor i Odense', 25],
    ['Min mand og jeg (jeg er 43, han er 46) er et gift par', 43],
    ['Sara 24 – født 1999', 24],
  ])('keeps her age in %j', (text, expected) => {
    expect(age(text)).toBe(expected);
  });
  it('keeps the structured age field', () => {
    expect(age('Joy and Precious, 24 and 26', '24')).toBe(24);
  });
});

describe('extractFacts: a placeholder in the age field', () => {
  const age = (text: string, field: string): number | null => extractFacts({ id: 'a', text, age: field }).age;
  it('takes the age stated in the text over a field past any age of these ads', () => {
    expect(age('Hej, jeg er 41 og bor i Vejle.', '99')).toBe(41);
  });
  it('keeps a plausible field, and a placeholder when the text states no age', () => {
    expect(age('Hej, jeg er 41 og bor i Vejle.', '44')).toBe(44);
    expect(age('Hej fra Vejle.', '99')).toBe(99);
  });
});

describe('extractFacts: a year of birth in the age field', () => {
  const age = (field: string, posted?: string): number | null =>
    extractFacts({ id: 'a', text: 'Hej fra Vejle.', age: field, ...(posted ? { posted_at: posted } : {}) })
      .age;
  it.each([
    ['1987', 39],
    ['born 1999', 27],
    ['Født: 2002', 24],
  ])('counts the field %j from the year the ad was posted', (field, expected) => {
    expect(age(field, '2026-05-02T10:00:00Z')).toBe(expected);
  });
  it('reads no age from a year without a posting date, nor from a year that gives a minor', () => {
    expect(age('1987')).toBe(null);
    expect(age('2012', '2026-05-02T10:00:00Z')).toBe(null);
  });
});
