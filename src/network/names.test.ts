import { describe, expect, it } from 'vitest';
import { extractName, isNameWord, normaliseName } from './names.js';
import { firedOnSubject } from './test-helpers.js';

type Ad = { title?: string; text?: string };

/** The ways ads present a name, in Danish, English and broken English (text-only ads). */
const presented: [Ad, string][] = [
  [{ text: 'Oi! Isabella here 🇧🇷, 29, brazilian girl' }, 'Isabella'],
  [{ text: 'ISABELLA HERE, new in town' }, 'ISABELLA'],
  [{ text: "It's Isabella, your sweet girl" }, 'Isabella'],
  [{ text: 'Its Isabella from Brazil' }, 'Isabella'],
  [{ text: "Hi, I'm Isabella 😘" }, 'Isabella'],
  [{ text: 'hi im Isabella, new here' }, 'Isabella'],
  [{ text: 'Hello baby, me Isabella, 29 years' }, 'Isabella'],
  [{ text: 'Call me Isabella and come' }, 'Isabella'],
  [{ text: 'My name Isabella, I am sweet' }, 'Isabella'],
  [{ text: 'My name is: Isabella' }, 'Isabella'],
  [{ text: 'Kald mig Isabella 💋' }, 'Isabella'],
  [{ text: 'Hej søde mand! Jeg hedder Isabella og er 29' }, 'Isabella'],
  [{ text: 'Mit navn er Isabella, og jeg er ny' }, 'Isabella'],
  [{ text: 'Hej, det er Isabella 😊 Ring til mig' }, 'Isabella'],
  [{ text: 'She is Isabella, 20 years old' }, 'Isabella'],
  [{ text: 'New face in town!! Isabella is 25 and waiting' }, 'Isabella'],
  [{ text: 'Lek er 34 og kommer fra Udon Thani' }, 'Lek'],
  [{ title: 'Isabella 24 - Aarhus', text: 'Sweet and sexy, call now' }, 'Isabella'],
  [{ text: 'Isabella, 24, brasiliansk pige i Aarhus' }, 'Isabella'],
  [{ title: 'NEW!! ISABELLA', text: 'Sweet girl for you, call now' }, 'ISABELLA'],
  [{ title: 'Sexy Isabella 💋', text: 'Kys og kram i Vejle' }, 'Isabella'],
  [{ title: 'Asiatisk skønhed – Kim', text: 'Asiatisk skønhed på 30 år fra Vietnam' }, 'Kim'],
  [{ text: 'Katya 🇺🇦 24 – sweet ukrainian blonde' }, 'Katya'],
  [{ text: 'Smuk ungarsk pige Reka på 23 år' }, 'Reka'],
  [{ text: 'Søde Nina fra Filippinerne 🇵🇭' }, 'Nina'],
  [{ text: 'Mercy from Ghana, 26, sweet and hot' }, 'Mercy'],
  [{ text: 'Sofia from Medellin, 25, very hot latina' }, 'Sofia'],
  [{ text: 'Florence from Lyon, 31, sweet french lady' }, 'Florence'],
  [{ text: 'Precious – ebony queen from Benin City, 30' }, 'Precious'],
  [{ text: 'Klinik Rosen i Herning præsenterer: Maja, 27 år' }, 'Maja'],
  [{ text: 'Nordlys Models presents Alina, from Kyiv' }, 'Alina'],
  [{ text: 'Filipina Joy-Ann, 31 🇵🇭 just arrived' }, 'Joy-Ann'],
  [{ text: 'Private party: our lady Bella (30, polish) is ready' }, 'Bella'],
  [{ text: 'Thai pige Noi i Svendborg 🌸 Dejlig massage' }, 'Noi'],
  [{ title: 'Winter special ❄️ Anita', text: 'Warm inside with Anita 🔥 Danish lady' }, 'Anita'],
  [{ title: 'DANIELA 💃 Fredericia 3 days', text: 'DANIELA 💃 Venezuelan beauty, 31 años.' }, 'DANIELA'],
  [{ title: 'Latina girl Aalborg', text: 'Latina girl in Aalborg 💃 Gabriela, 28.' }, 'Gabriela'],
];

/** Capitalised words that are not names: greetings, towns, nationalities, weekdays, selling words. */
const noName: Ad[] = [
  { title: 'NEW IN ODENSE', text: 'Hej! Sexy pige, ny i byen. Ring nu.' },
  { text: 'Hola! New girl from Brazil, 24, in Odense' },
  { text: 'Sawasdee ka, Thai lady 30 in Aalborg' },
  { text: 'Open Monday to Sunday, 24 hours' },
  { title: 'ASIAN MASSAGE Vejle', text: 'Best massage in town. Call 24 hours.' },
  { text: 'Visit me Friday in Kolding' },
  { title: 'Velkommen til Studio Amor', text: 'Vi har åbent 24/7' },
  { text: 'Dansk kvinde, 45, i Herning' },
  { text: 'I am Romanian, 23, new in Copenhagen' },
  { text: 'Jeg er Ny i byen, Sød og Frisk' },
  { title: 'Sidste dage i Odense', text: 'Smuk latina, 28, Fredericia' },
  { title: 'Billig massage', text: 'Billig og god massage i Næstved centrum. 30 min 300.' },
  { title: 'UDEN KONDOM – BAREBACK OK', text: 'Kun i dag: 30 min 500 kr' },
  { text: 'Privet! Ukrainian girls, 22, in Esbjerg' },
  { text: 'Hey boys, Tuesday 20 - 24' },
];

describe('extractName reads presented names', () => {
  it.each(presented)('%o → %s', (ad, expected) => {
    expect(extractName(ad)).toBe(expected);
  });
  it.each(noName.map((ad) => [ad] as const))('%o → no name', (ad) => {
    expect(extractName(ad)).toBeNull();
  });
  it('compares capitals, accents and hyphens alike', () => {
    expect(normaliseName('DANIELA')).toBe(normaliseName('Daniela'));
    expect(normaliseName('Ioana-Maria')).toBe(normaliseName('ioana maria'));
  });
  it('tells single name words from common capitalised words', () => {
    expect(isNameWord('Isabella')).toBe(true);
    for (const w of ['Hej', 'New', 'Sexy', 'Odense', 'Thai', 'Monday', 'Colombiana'])
      expect(isNameWord(w)).toBe(false);
  });
});

describe('names decide re-post vs network', () => {
  const t0 = '2027-01-01T12:00:00Z';
  const t1 = '2027-01-10T12:00:00Z';
  const body =
    'I am on tour in Denmark, brazilian girl with big smile and curves. Kisses, massage, GFE. Call me.';
  it('a text-only re-post ("Isabella here") is the same person: no shared-contact, no copied-text', () => {
    const fired = firedOnSubject({
      note: 're-post',
      ads: [
        {
          title: 'Isabella brasileira',
          text: `Oi! Isabella here, 29. ${body}`,
          phones: ['22 33 44 55'],
          city: 'Næstved',
          posted_at: t1,
        },
        {
          name: 'Isabella',
          title: 'Isabella brasileira',
          text: `Oi! Isabella here, 29. ${body}`,
          phones: ['22334455'],
          city: 'Roskilde',
          posted_at: t0,
        },
      ],
    });
    expect(fired).not.toContain('shared-contact');
    expect(fired).not.toContain('copied-text');
    expect(fired).toContain('multi-city-movement');
  });
  it('a name read from the text ("Joy is 25") against another name on the phone is shared-contact', () => {
    const fired = firedOnSubject({
      note: 'network',
      ads: [
        {
          title: 'JOY 🍫 Aalborg',
          text: 'New face in town!! Joy is 25 and she is waiting. WhatsApp +234 803 517 2290',
          posted_at: t1,
        },
        {
          name: 'Blessing',
          text: 'Hi dear, I am Blessing, chocolate lady. WhatsApp +234 803 517 2290',
          city: 'Aarhus',
          posted_at: t0,
        },
      ],
    });
    expect(fired).toContain('shared-contact');
  });
});
