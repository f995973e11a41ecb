import { describe, expect, it } from 'vitest';
import { findAroundTheClock, findOpeningHours, isAroundTheClock } from './hours.js';

const TEXTS: [string, boolean][] = [
  ['Hos os: Åbent alle dage 10-04. Ring nu.', false],
  ['OBS: Jeg har IKKE åbent 24/7. Du kan møde mig hverdage 11-19.', false],
  ['Book gerne mindst 24 timer før. Åben 24/7 ellers.', false],
  [`${'Lang tekst uden noget særligt. '.repeat(12)}Always open 24/7, and døgnet rundt too.`, false],
  ['Ring 22 24 44 55 eller 24 24 24 24. Alle dage kl. 00.00 - 24', false],
  ['Man-fre 10-18, weekend 12-04, alle dage 0-24 og hele natten', false],
  ['not Mon-Sat 12-20', false],
  ['Alle dage 00-24', true],
  ['10-04', true],
  ['Man-fre 10-04', true],
  ['ALWAYS OPEN 24/7 — AROUND THE CLOCK', false],
  // Edges of the gate that skips the parse (hours-gate.ts): ranges, "24" forms, "24" elsewhere.
  ['Alle dage 10-04', false],
  ['kl. 10.30 - 04.00', false],
  ['Open 12.30-12, ring', false],
  ['Hverdage 06-02, alle dage', false],
  ['alle dage 00:-24', false],
  ['Every day 0000 – 24', false],
  ['Open 24 - 7, 24 / 7 og 24t', false],
  ['IKKE 24/7, kun efter aftale', false],
  ['Pim 24 - København, tlf 24 55 66 77, 2400 kr, Mon-Sun 12-24', false],
  ['Open 10-22 every day, kl. 11-03', false],
  // Ranges in words or with a clock suffix (no "24" and no dash needed).
  ['Jeg tager imod hver dag fra 10 til 4 om natten.', false],
  ['Open every day 9am-3am, from 10pm to 6am on Sundays', false],
  ['Weekend fra 22 til 06. Mandag fra kl. 10 til 04. Fra 09.00 til 03.00', false],
  ['kunder fra 18 til 80 år, fra 2 til 4 personer, IKKE åben fra 10 til 04', false],
  ['Åbent fra 8 morgen til 4 nat hver dag, ikke fra 9 aften til 5 morgen', false],
  ['Täglich von 7 bis 2 Uhr nachts, Mo–Fr von 10 bis 4 Uhr nachts', false],
  ["dagelijks van 8 tot 3 uur 's nachts, Frauen von 20 bis 22 Jahren", false],
  // Shifts that follow on make one range; a break between them does not.
  ['VAGTER: 10-22 og 22-10 – alle ugens dage.', false],
  ['Dagvagt 08-20, nattevagt 20-08', false],
  ['Åbent 08-16, 16-24 og 00-08', false],
  ['Man-fre 10-14 og 18-22, lør 10-16 / 16-20', false],
  ['Vagter 10-18 og 18-22. Ring 22 10 44 55', false],
  ['Et 24/7-forhold med min slave, a 24/7 D/s relationship; åben 24/7', false],
  ['24/7 sms, træffes 12-20', true],
  // Opening and closing said apart ("lukker"/"close" lets the gate through).
  ['Vi åbner allerede kl. 6 om morgenen og lukker ved midnat, alle ugens dage', false],
  ['Vi åbner kl. 18 og lukker først kl. 12 middag, hver dag', false],
  ['We open at 10 and close at 22 every day. Closed on holidays', false],
  // Parts of the week that cover it, or not.
  ['Hverdage 07-01, weekend 00-24', true],
  ['Hverdage 10-18, weekend 00-24', true],
  ['Man-fre 08-02 og lør-søn 10-04', false],
  ['Man-fre 10-04, lør 10-04', true],
  // Spanish and Portuguese ranges in words and their week.
  ['Todos os dias das 11h às 05h, sábados das 20h às 08h', false],
  ['Lun-Dom 10:00-04:00, desde las 10 hasta las 4', false],
];

describe('findOpeningHours', () => {
  it.each(TEXTS)('finds every span in %j', (text, structured) => {
    const found = findOpeningHours(text, structured);
    // Each match is a real span of the text and spans do not overlap.
    for (const [i, m] of found.entries()) {
      expect(m.start).toBeLessThan(m.end);
      for (const o of found.slice(i + 1)) expect(m.end <= o.start || o.end <= m.start).toBe(true);
    }
  });

  it('finds "24/7" far into a long text, and every later one', () => {
    const text = `${'x '.repeat(100)}åben 24/7 og 24/7`;
    expect(findOpeningHours(text).map((m) => text.slice(m.start, m.end))).toEqual(['24/7', '24/7']);
  });

  it.each([
    ['VAGTER: 10-22 og 22-10 – alle ugens dage.', [['VAGTER: 10-22 og 22-10', 24]]],
    ['Dagvagt 08-20, nattevagt 20-08', [['Dagvagt 08-20, nattevagt 20-08', 24]]],
    ['Åbent 08-16, 16-24 og 00-08', [['Åbent 08-16, 16-24 og 00-08', 24]]],
    ['Vagter 10-18 og 18-22. Ring 22 10 44 55', [['Vagter 10-18 og 18-22', 12]]],
    ['Man-fre 10-14 og 18-22', [['Man-fre 10-14', 4]]],
  ])('joins shifts that follow on into one range: %j', (text, expected) => {
    const found = findOpeningHours(text).map((m) => [text.slice(m.start, m.end), m.hoursPerDay]);
    expect(found).toEqual(expected);
  });

  it.each([
    [
      'Hverdage 07-01, weekend 00-24',
      [
        ['Hverdage 07-01', 18, true],
        ['weekend 00-24', 18, true],
      ],
    ],
    [
      'Man-fre 08-02 og lør-søn 10-04',
      [
        ['Man-fre 08-02', 18, true],
        ['lør-søn 10-04', 18, true],
      ],
    ],
    [
      'Hverdage 10-18, weekend 00-24',
      [
        ['Hverdage 10-18', 8, true],
        ['weekend 00-24', 8, true],
      ],
    ],
    [
      'Man-fre 10-04, lør 10-04',
      [
        ['Man-fre 10-04', 18, false],
        ['lør 10-04', 18, false],
      ],
    ],
  ])('reads parts that cover the week as every day, for their fewest hours: %j', (text, expected) => {
    const found = findOpeningHours(text, true).map((m) => [
      text.slice(m.start, m.end),
      m.hoursPerDay,
      m.everyDay,
    ]);
    expect(found).toEqual(expected);
  });

  it('skips a package of 24 hours but keeps her hours', () => {
    const text = 'Weekendpakke: 24 timer sammen. Ellers åbent 24 timer hver dag.';
    expect(findOpeningHours(text).map((m) => text.slice(m.start, m.end))).toEqual(['24 timer']);
    expect(findOpeningHours('Book a 24 hours package with dinner.')).toEqual([]);
  });

  it('skips advance-booking notices but keeps later matches', () => {
    const text = 'Book 24 timer før. Åbent døgnet rundt.';
    expect(findOpeningHours(text).map((m) => text.slice(m.start, m.end))).toEqual(['døgnet rundt']);
  });
});

describe('hour ranges in words', () => {
  const read = (text: string): [string, number, boolean][] =>
    findOpeningHours(text).map((m) => [text.slice(m.start, m.end), m.hoursPerDay, m.everyDay]);

  it('reads "til", "to" and clock suffixes on the 24-hour clock', () => {
    expect(read('Hver dag fra 10 til 4 om natten.')).toEqual([['fra 10 til 4 om natten', 18, true]]);
    expect(read('Open every day 9am-3am')).toEqual([['9am-3am', 18, true]]);
    expect(read('Åben fra kl. 10 til 04')).toEqual([['fra kl. 10 til 04', 18, true]]);
    expect(read('open from 10pm to 6am')).toEqual([['from 10pm to 6am', 8, true]]);
    expect(read('from 9 to 11 at night')).toEqual([['from 9 to 11 at night', 14, true]]);
    // A closing time written with its minutes is on the 24-hour clock; a bare hour is said as spoken.
    expect(read('Täglich von 9:00 bis 3:00 Uhr.')).toEqual([['von 9:00 bis 3:00 Uhr', 18, true]]);
    expect(read('Hver dag fra 11.00 til 5.00')).toEqual([['fra 11.00 til 5.00', 18, true]]);
    expect(read('Hver dag fra 11 til 5')).toEqual([['fra 11 til 5', 6, true]]);
  });

  it('reads the Slavic "с … до", "od … do", and not ages or persons', () => {
    expect(read('Работаем с 10 до 04 каждый день.')).toEqual([['с 10 до 04', 18, true]]);
    expect(read('Pracujeme od 9 do 17.')).toEqual([['od 9 do 17', 8, true]]);
    // "ежедневно", "codziennie", "zilnic" (every day) before a range of digits.
    expect(read('Ежедневно 11:00–05:00.')).toEqual([['Ежедневно 11:00–05:00', 18, true]]);
    expect(read('Zapraszam codziennie 12-06')).toEqual([['codziennie 12-06', 18, true]]);
    expect(read('Девушки от 18 до 25 лет, встреча с 2 до 4 человек')).toEqual([]);
    expect(read('Dziewczyny od 18 do 25 lat')).toEqual([]);
    // Russian in Latin letters: "s … do"; not the "s" of "it's" nor ages.
    expect(read("Rabotayu kazhdyy den' s 10:00 do 04:00.")).toEqual([['s 10:00 do 04:00', 18, true]]);
    expect(read("It's 10 to 4 and I am still awake.")).toEqual([]);
    expect(read('Devushki s 19 do 25 let')).toEqual([]);
  });

  it('reads "fra 10 til 4" as the afternoon, and "04" as the night', () => {
    expect(read('fra 10 til 4')).toEqual([['fra 10 til 4', 6, true]]);
    expect(read('fra 22 til 6')).toEqual([['fra 22 til 6', 8, true]]);
    expect(read('fra 10 til 04')).toEqual([['fra 10 til 04', 18, true]]);
  });

  it('reads a closing hour on "the next day" as the morning clock', () => {
    expect(read('fra kl. 18 til kl. 12 næste dag')).toEqual([['fra kl. 18 til kl. 12 næste dag', 18, true]]);
    expect(read('from 21 until 9 the next morning')).toEqual([
      ['from 21 until 9 the next morning', 12, true],
    ]);
    // Without it, "til 12" after an evening hour is midnight.
    expect(read('fra 18 til 12')).toEqual([['fra 18 til 12', 6, true]]);
  });

  it('reads a part of the day said without "om" after either hour', () => {
    expect(read('Åbent fra 8 morgen til 4 nat hver dag')).toEqual([['fra 8 morgen til 4 nat', 20, true]]);
    expect(read('Hver dag fra 8 om morgenen til 4 om natten')).toEqual([
      ['fra 8 om morgenen til 4 om natten', 20, true],
    ]);
    expect(read('from 8 in the morning to 4 at night')).toEqual([
      ['from 8 in the morning to 4 at night', 20, true],
    ]);
    expect(read('open from 11 in the morning to 5 in the night, all days')).toEqual([
      ['from 11 in the morning to 5 in the night', 18, true],
    ]);
    // "in the night" names the night, not an hour: no range without a closing hour.
    expect(read('Call me from 9, I am awake in the night too')).toEqual([]);
    // "noon" after the opening hour.
    expect(read('Every day from 12 noon until 5 in the morning')).toEqual([
      ['from 12 noon until 5 in the morning', 17, true],
    ]);
    expect(read('from 12 noon to 8 in the evening')).toEqual([['from 12 noon to 8 in the evening', 8, true]]);
    expect(read('Fra 9 morgen til 17, fra 2 eftermiddag til 11 aften')).toEqual([
      ['Fra 9 morgen til 17', 8, true],
      ['fra 2 eftermiddag til 11 aften', 9, true],
    ]);
  });

  it('reads German, Dutch and Swedish ranges with their clock word and part of the day', () => {
    expect(read('Täglich von 7 bis 2 Uhr nachts')).toEqual([['von 7 bis 2 Uhr nachts', 19, true]]);
    expect(read("Elke dag van 8 tot 3 uur 's nachts")).toEqual([["van 8 tot 3 uur 's nachts", 19, true]]);
    expect(read('Alla dagar från 9 till 3 på natten')).toEqual([['från 9 till 3 på natten', 18, true]]);
    expect(read('von 10 bis 8 Uhr abends')).toEqual([['von 10 bis 8 Uhr abends', 10, true]]);
    expect(read('Mo–Fr von 10 bis 4 Uhr nachts')).toEqual([['von 10 bis 4 Uhr nachts', 18, false]]);
    expect(read('Frauen von 20 bis 22 Jahren, Gruppen van 2 tot 4 personen')).toEqual([]);
  });

  it('reads no hours in tomorrow, nights or days booked', () => {
    expect(read('Ledig i morgen, 1 nat 5000 kr, fra 1 nat til 3 nætter, fra 2 til 4 dage')).toEqual([]);
  });

  it('limits a range to the days named before it, and reads no ages or counts', () => {
    expect(read('Weekend fra 22 til 06')).toEqual([['fra 22 til 06', 8, false]]);
    expect(read('Mandag fra 10 til 04')).toEqual([['fra 10 til 04', 18, false]]);
    expect(read('kunder fra 18 til 80 år, fra 2 til 4 personer, 10 til 12')).toEqual([]);
    // Without "fra", only when every day follows: "07 til 01 alle dage", not "2 til 3 personer".
    expect(read('Åben 07 til 01 alle dage')).toEqual([['07 til 01', 18, true]]);
    expect(read('2 til 3 personer, 18 til 30 år alle dage')).toEqual([]);
  });

  it('reads Spanish and Portuguese ranges, the clock "h" and their days', () => {
    expect(read('Atendo todos os dias das 09h às 03h')).toEqual([['das 09h às 03h', 18, true]]);
    expect(read('Cada día desde las 11pm hasta las 7am')).toEqual([
      ['desde las 11pm hasta las 7am', 8, true],
    ]);
    expect(read('Available daily from 9am hasta las 3am')).toEqual([['from 9am hasta las 3am', 18, true]]);
    expect(read('Sábado e domingo das 10h às 06h')).toEqual([['das 10h às 06h', 20, false]]);
    expect(read('Lun-Dom 11:00-05:00')).toEqual([['Lun-Dom 11:00-05:00', 18, true]]);
    expect(read('De lunes a domingo 09:00-03:00')).toEqual([['lunes a domingo 09:00-03:00', 18, true]]);
    // "de 20 a 25 anos" is an age span, not hours.
    expect(read('meninas de 20 a 25 anos, das 14h às 22h')).toEqual([['das 14h às 22h', 8, true]]);
  });
});

describe('findAroundTheClock', () => {
  it.each(TEXTS)('equals filtering findOpeningHours for %j', (text, structured) => {
    for (const minHours of [12, 18, 20, 23, 24])
      expect(findAroundTheClock(text, structured, minHours)).toEqual(
        findOpeningHours(text, structured).filter((m) => isAroundTheClock(m, minHours)),
      );
  });
});

describe('a bare hour range in free text', () => {
  const read = (text: string): [string, number, boolean][] =>
    findOpeningHours(text).map((m) => [text.slice(m.start, m.end), m.hoursPerDay, m.everyDay]);

  it('reads opening and closing said apart, midnight and noon included', () => {
    expect(read('Vi åbner allerede kl. 6 om morgenen og lukker ved midnat, alle dage')).toEqual([
      ['åbner allerede kl. 6 om morgenen og lukker ved midnat', 18, true],
    ]);
    expect(read('Vi åbner kl. 18 og lukker først kl. 12 middag')).toEqual([
      ['åbner kl. 18 og lukker først kl. 12 middag', 18, true],
    ]);
    expect(read('Lørdag åbner jeg kl. 10 og lukker kl. 4 om natten')).toEqual([
      ['åbner jeg kl. 10 og lukker kl. 4 om natten', 18, false],
    ]);
    expect(read('Jeg åbner kl. 10 og lukker kl. 22')).toEqual([['åbner kl. 10 og lukker kl. 22', 12, true]]);
  });

  it('counts with "alle dage" after it or a clock sign before it', () => {
    expect(read('⏰ 00:00–24:00 alle dage')).toEqual([['00:00–24:00', 24, true]]);
    expect(read('⏰ 10-22')).toEqual([['10-22', 12, true]]);
  });

  it('holds only some days when a day span stands right before the opening word', () => {
    expect(read('Fre-lør åbent 09-03, ellers 10-17')).toEqual([['åbent 09-03', 18, false]]);
    expect(read('Man-søn åbent 09-03')).toEqual([['åbent 09-03', 18, true]]);
  });

  it('does not count alone, nor as ages or a phone', () => {
    expect(read('Tlf 10-22, spørg efter Mia')).toEqual([]);
    expect(read('Kunder 18-25 år alle dage')).toEqual([]);
  });
});
