import { describe, expect, it } from 'vitest';
import { findCities, normalizeCity, normalizeCityField } from './cities.js';

const towns = (text: string): string[] => findCities(text).map((c) => c.city);

describe('findCities: town names that are also ordinary words', () => {
  it.each([
    ['Danish girl next door in Greve', ['Greve']],
    ['Hej fra Ry, sød pige', ['Ry']],
    ['Diskret massage i Holte og Virum', ['Holte', 'Virum']],
    ['Outcall near Brande. From Give with love', ['Brande', 'Give']],
    ['Adresse: Hovedgaden 3, 2670 Greve', ['Greve']],
    ['Ny pige nær Stege, 4780 Stege', ['Stege', 'Stege']],
    ['In Greve today. Ved Ringe', ['Greve', 'Ringe']],
    // A spelling without æ, ø, å that is an ordinary word reads the same way.
    ['Sød pige fra Koge, nu i Narum', ['Køge', 'Nærum']],
  ])('reads the town after a preposition or its postal code: %s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
  it.each([
    'Greve',
    'Jeg beder dig ringe først',
    'I Give the best massage. Greve Dracula kommer',
    'i greve og ry',
    'Pris 1500 Greve. Ring 7330 Give',
    'Tune in for more, in tune with you',
    'Jeg kan koge æg og kaffe, i koge-tid',
  ])('reads no town in %j', (text) => {
    expect(towns(text)).toEqual([]);
  });
  it('keeps a structured "Greve" as no town, as the lexicon of names expects', () => {
    expect(normalizeCity('Greve')).toBeNull();
    expect(normalizeCity('2670 Greve')).toBe('Greve');
  });
});

describe('findCities: suburbs of Copenhagen', () => {
  it('reads the suburbs, Solrød under its long name', () => {
    expect(towns('Ishøj, Brøndby, Albertslund, Hvidovre, Glostrup, Ballerup')).toEqual([
      'Ishøj',
      'Brøndby',
      'Albertslund',
      'Hvidovre',
      'Glostrup',
      'Ballerup',
    ]);
    expect(towns('Herlev, Rødovre, Vallensbæk, Solrød, Karlslunde, Skovlunde, Avedøre, Hundige')).toEqual([
      'Herlev',
      'Rødovre',
      'Vallensbæk',
      'Solrød Strand',
      'Karlslunde',
      'Skovlunde',
      'Avedøre',
      'Hundige',
    ]);
    expect(towns('Rungsted, Vedbæk, Nærum, Kokkedal. Rodovre, Naerum')).toEqual([
      'Rungsted',
      'Vedbæk',
      'Nærum',
      'Kokkedal',
      'Rødovre',
      'Nærum',
    ]);
  });
});

describe('normalizeCityField: the structured city field of an ad', () => {
  it.each([
    ['Koge', 'Køge'],
    ['  KOGE ', 'Køge'],
    ['Narum', 'Nærum'],
    ['Hillerod', 'Hillerød'],
    ['Greve', 'Greve'],
    ['Ringe', 'Ringe'],
    ['Kolding', 'Kolding'],
    ['Kog', null],
    ['Koger', null],
    ['', null],
    [null, null],
  ])('%j → %j', (value, town) => {
    expect(normalizeCityField(value)).toBe(town);
  });
  it('leaves normalizeCity as the lexicon of names expects: an ordinary word alone is no town', () => {
    expect(normalizeCity('Koge')).toBeNull();
    expect(normalizeCity('Narum')).toBeNull();
  });
});

describe('findCities: border towns and Greater Copenhagen', () => {
  it.each([
    ['Diskret besøg i Padborg, tæt på grænsen', ['Padborg']],
    ['Wohnung in Kruså, 5 Min. von Flensburg', ['Kruså']],
    ['Udekald i hele Storkøbenhavn', ['København']],
    ['Outcall only, Greater Copenhagen area', ['København']],
  ])('reads %j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
  it.each(['Stor pige fra Tyskland', 'Storbyens bedste massage', 'Greater things await'])(
    'reads no town in %j',
    (text) => {
      expect(towns(text)).toEqual([]);
    },
  );
});

describe('findCities: town names with the case endings of visitors’ languages', () => {
  it.each([
    ['Nikola je v Aalborgu iba 3 dni', ['Aalborg']],
    ['Bydlím v Aarhusu už čtyři roky', ['Aarhus']],
    ['Mieszkam w Aarhusie od roku', ['Aarhus']],
    ['Nowa Polka w Aarhus', ['Aarhus']],
    ['Bývam v Kodani na Amageri', ['København', 'København']],
    ['u sebe doma na Nørrebru', ['København']],
    ['Slovenka Lucia 33 – Kodaň', ['København']],
    ['Gyvenu Koldinge jau 8 metus', ['Kolding']],
    ['Aarhusban élek és dolgozom', ['Aarhus']],
    ['Odensében vagyok', ['Odense']],
    ['Kopenhagoje, w Kopenhadze, Koppenhágában', ['København', 'København', 'København']],
  ])('reads %j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
  it.each([
    // Short names take no ending, "-en" takes no "-e" (Danish "galtene", the boars), and a town
    // inside a longer word is no town.
    'Ribeben og aarsi',
    'Galtene i stalden',
    'Aalborgus Aarhusiana',
  ])('reads no town in %j', (text) => {
    expect(towns(text)).toEqual([]);
  });
});

describe('findCities: a birthplace or a former home is no work town', () => {
  it.each([
    ['Jeg er dansk, født i Lemvig, og bor nu i Holstebro.', ['Holstebro']],
    ['Born and raised in Aarhus, now living in Vejle', ['Vejle']],
    ['Jeg er flyttet hertil fra Aalborg i sidste uge. Hej Randers!', ['Randers']],
    ['Opvokset i Vejle, arbejder i Kolding', ['Kolding']],
  ])('reads %j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
  it.each([
    // "fra" and "in" alone name where she is.
    ['Hej fra Aalborg! Ny pige i byen', ['Aalborg']],
    ['Sød pige fra Odense', ['Odense']],
    ['I was born in Thailand and work in Aarhus', ['Aarhus']],
  ])('keeps %j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});

describe('findCities: Cyrillic names', () => {
  it.each([
    ['Катя новенькая в городе Копенгаген', ['København']],
    ['Нови момичета всяка седмица в Копенхаген', ['København']],
    ['Впервые в Орхусе, только до пятницы!', ['Aarhus']],
    ['Живея в Оденсе от 6 години', ['Odense']],
    ['Працюю у Копенгагені', ['København']],
  ])('reads %j', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});

describe('findCities: a postal district without the town name', () => {
  it.each([
    ['Diskret lejlighed i 2200 N', ['København']],
    ['Incall 1550 V, tæt på banen', ['København']],
    ['Klinik i 5000 C', ['Odense']],
    ['Studio 8210 V – parking', ['Aarhus']],
    ['Bor i 9220 Ø', ['Aalborg']],
  ])('%s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
  it.each([
    // Letters that are no district of that code, a price, a longer number.
    'Kun 5000 V',
    '1 time 1500 K',
    'Ordre 123456 C',
    '2 timer 2.200 N',
  ])('reads no town in %j', (text) => {
    expect(towns(text)).toEqual([]);
  });
});
