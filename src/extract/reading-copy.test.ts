import { describe, expect, it } from 'vitest';
import { prepareAd } from './index.js';
import { mapSpan, readingCopy } from './reading-copy.js';
import { detectTextIndicators } from '../indicators/engine.js';
import { loadScoringConfig } from '../indicators/scoring-config.js';

const read = (text: string): string | null => readingCopy(text)?.text ?? null;

describe('readingCopy', () => {
  it.each([
    ['K&oslash;benhavn &amp; &Aring;rhus, Tlf&nbsp;31&nbsp;62', 'København & Århus, Tlf 31 62'],
    ['&#216;stbro &#xE6;ble', 'Østbro æble'],
    ['<b>Ny</b> pige<br>Ring<br />nu', 'Ny pige\nRing\nnu'],
    ['Fra Lit-\nauen, rus- \nsisk pige', 'Fra Litauen, russisk pige'],
    ['Sex u.b.e.s.k.y.t.t.e.t. og B*B, s e x, o-w-o!', 'Sex ubeskyttet. og BB, sex, owo!'],
    // Decorative alphabets: bold, script (with the older "ℯ", "ℊ"), Fraktur, full-width, small capitals.
    ['𝐋𝐢𝐧𝐚 𝟑𝟏, 𝐓𝐥𝐟 𝟒𝟐 𝟏𝟕', 'Lina 31, Tlf 42 17'],
    ['𝒮𝓌ℯℯ𝓉 𝓎ℴ𝓊𝓃ℊ 𝔏𝔦𝔰𝔞', 'Sweet young Lisa'],
    ['ＳＭＳ ５３ ２７', 'SMS 53 27'],
    ['ᴀʟʟ ꜱᴇʀᴠɪᴄᴇꜱ', 'ALL SERVICES'],
    ['𝐬 𝐞 𝐱', 'sex'],
    // A cloud of tags reads as words, a tag's number and word apart.
    ['#Lea #29 #incall #gfe #2timer2600kr #sms', 'Lea 29 incall gfe 2 timer 2600 kr sms'],
    // Digits and signs for letters; "l" for "1" after an "i"; a zero in a short word.
    ['Fr1sk g1rl, s3x og m0re, avai1able', 'Frisk girl, sex og more, available'],
    ['n0 k0nd0m, fr!sk, gr@ns3r, 3kstr3m', 'no kondom, frisk, granser, ekstrem'],
    ['L4ST CH4NC3 in t0wn', 'LAST CHANCE in town'],
    ['My engl1sh is g00d', 'My english is good'],
    // Cyrillic look-alikes in a Latin word, a word spelt with spaces after a word.
    ['Ny pіgе, fra Ukrаinе, русский', 'Ny pige, fra Ukraine, русский'],
    ['Åben h e l e  n a t t e n', 'Åben hele  natten'],
    ['her p 1 m p, k.0.k.s', 'her pimp, koks'],
    // Letters for digits in a number.
    ['Åbent O9-O1, tlf 4l 2O 33 7O', 'Åbent 09-01, tlf 41 20 33 70'],
  ])('reads %j as %j', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // A shared ending before a conjunction, two letters with dots, a heart, an unknown entity.
    'massage-\nog kropsbehandling',
    'e.g. i.e. kl. 10',
    'I <3 you',
    'A & B &foo; x',
    'Ring i dag',
    'Priser: 1 t. 1000 kr. 2 t. 1800',
    // Other compatibility forms; a tag or two in a written ad.
    'Massage™ ½ time ﬁt',
    'Ring til #2 eller #3, #sexy #kbh',
    // Numbers, units, ordinals and addresses; "O" and "l" in words; a word all in Cyrillic.
    '1time 1h30 2x1h 1st 4you b2b kr1500 G4',
    'lise1@mail.dk, www.anna4.dk/v1p, anna_b3, models@elite-cph.dk',
    // A phone number in digits and words.
    'Call +40 751 two0four 883 or +40 7three4 551 069',
    'Ole, Olga, lO, ВВ, Катя',
    'Massage i 1 t 1000 kr',
  ])('leaves %j as written', (text) => {
    expect(read(text)).toBeNull();
  });

  it('maps spans of the copy back to the text as written', () => {
    const text = 'Tlf&nbsp;31 og u.b.e.s.k.y.t.t.e.t sex';
    const copy = readingCopy(text)!;
    const at = copy.text.indexOf('ubeskyttet');
    const span = mapSpan(copy.original, at, at + 'ubeskyttet'.length);
    expect(text.slice(span.start, span.end)).toBe('u.b.e.s.k.y.t.t.e.t');
    const nbsp = copy.text.indexOf(' 31');
    expect(
      text.slice(mapSpan(copy.original, nbsp, nbsp + 3).start, mapSpan(copy.original, nbsp, nbsp + 3).end),
    ).toBe('&nbsp;31');
  });
});

describe('the reading copy in extraction and evidence', () => {
  it('reads her phone in decorative digits and her age and price in a cloud of tags', () => {
    expect(prepareAd({ id: 'x', text: 'Hej 💕 SMS 𝟒𝟏 𝟐𝟐 𝟕𝟑 𝟗𝟎' }).facts.phones).toEqual(['+4541227390']);
    const tags = prepareAd({ id: 'y', text: '#hej #Nora #33 #outcall #gfe #1time1500kr #sms #41227390' });
    expect(tags.facts.age).toBe(33);
    expect(tags.facts.hourly_price_dkk).toBe(1500);
    expect(tags.facts.phones).toEqual(['+4541227390']);
  });

  it('reads her origin, languages and phone written with digits and letters for each other', () => {
    const ad = prepareAd({ id: 'x', text: 'Hi, I am Lena fr0m P0land. My engl1sh is g00d. Tlf 4l 2O 33 7O' });
    expect(ad.facts.nationalities).toEqual(['PL']);
    expect(ad.facts.languages).toEqual(['en']);
    expect(ad.facts.phones).toEqual(['+4541203370']);
  });

  it('reads the facts of the copy and quotes the ad as written', () => {
    const ad = {
      id: 'x',
      text: 'Hej, jeg er Mia fra Lit-\nauen, bor i K&oslash;benhavn. Tlf&nbsp;31&nbsp;62&nbsp;45&nbsp;11. Sex u.b.e.s.k.y.t.t.e.t.',
    };
    const prepared = prepareAd(ad);
    expect(prepared.facts.phones).toEqual(['+4531624511']);
    expect(prepared.facts.nationalities).toEqual(['LT']);
    expect(prepared.facts.cities).toEqual(['København']);
    const fired = detectTextIndicators(prepared, loadScoringConfig());
    const unprotected = fired.find((f) => f.id === 'unprotected-services');
    const at = ad.text.indexOf('u.b.e');
    expect(unprotected?.evidence).toEqual([
      { field: 'text', start: at, end: at + 19, quote: 'u.b.e.s.k.y.t.t.e.t' },
    ]);
    for (const f of fired)
      for (const e of f.evidence)
        if ('quote' in e && e.field === 'text') expect(ad.text.slice(e.start, e.end)).toBe(e.quote);
  });
});
