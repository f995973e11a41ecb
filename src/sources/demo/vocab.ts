/**
 * Word lists for the demo world: cities, nationalities, names, services. Invented, non-graphic.
 */

/** Danish towns the demo ads are placed in (canonical spelling). */
export const cities = [
  'København',
  'Aarhus',
  'Odense',
  'Aalborg',
  'Esbjerg',
  'Randers',
  'Kolding',
  'Horsens',
  'Vejle',
  'Roskilde',
  'Herning',
  'Helsingør',
  'Silkeborg',
  'Næstved',
  'Fredericia',
  'Svendborg',
] as const;

/** Bigger towns get more ads, like real listings. */
export const cityWeights: readonly string[] = [
  ...cities,
  'København',
  'København',
  'København',
  'København',
  'Aarhus',
  'Aarhus',
  'Odense',
  'Aalborg',
];

export interface Nationality {
  /** ISO 3166 alpha-2. */
  code: string;
  /** As a Danish page shows it ("Rumænsk"). */
  da: string;
  /** As an English page shows it ("Romanian"). */
  en: string;
  /** Country name in English, for "from X" phrases. */
  countryEn: string;
  countryDa: string;
  /** Native language, Danish and English names. */
  langDa: string;
  langEn: string;
  /** International phone prefix used by networks run from that country, if any. */
  phonePrefix: '+40' | '+380' | '+234' | null;
  names: readonly string[];
}

export const nationalities: readonly Nationality[] = [
  {
    code: 'DK',
    da: 'Dansk',
    en: 'Danish',
    countryEn: 'Denmark',
    countryDa: 'Danmark',
    langDa: 'Dansk',
    langEn: 'Danish',
    phonePrefix: null,
    names: [
      'Mette',
      'Sofie',
      'Camilla',
      'Line',
      'Louise',
      'Maja',
      'Julie',
      'Signe',
      'Anne',
      'Freja',
      'Ida',
      'Emma',
    ],
  },
  {
    code: 'RO',
    da: 'Rumænsk',
    en: 'Romanian',
    countryEn: 'Romania',
    countryDa: 'Rumænien',
    langDa: 'Rumænsk',
    langEn: 'Romanian',
    phonePrefix: '+40',
    names: ['Andreea', 'Bianca', 'Ioana', 'Alina', 'Denisa', 'Roxana', 'Elena', 'Larisa', 'Diana', 'Raluca'],
  },
  {
    code: 'UA',
    da: 'Ukrainsk',
    en: 'Ukrainian',
    countryEn: 'Ukraine',
    countryDa: 'Ukraine',
    langDa: 'Ukrainsk',
    langEn: 'Ukrainian',
    phonePrefix: '+380',
    names: ['Olena', 'Kateryna', 'Yulia', 'Oksana', 'Iryna', 'Daryna', 'Sofiia', 'Viktoriia'],
  },
  {
    code: 'NG',
    da: 'Nigeriansk',
    en: 'Nigerian',
    countryEn: 'Nigeria',
    countryDa: 'Nigeria',
    langDa: 'Engelsk',
    langEn: 'English',
    phonePrefix: '+234',
    names: ['Blessing', 'Joy', 'Precious', 'Favour', 'Mercy', 'Gift', 'Peace', 'Faith'],
  },
  {
    code: 'TH',
    da: 'Thailandsk',
    en: 'Thai',
    countryEn: 'Thailand',
    countryDa: 'Thailand',
    langDa: 'Thai',
    langEn: 'Thai',
    phonePrefix: null,
    names: ['Lin', 'Nok', 'Ploy', 'Fon', 'Dao', 'Mai', 'Pim', 'Noi', 'Kanya', 'Malee'],
  },
  {
    code: 'BR',
    da: 'Brasiliansk',
    en: 'Brazilian',
    countryEn: 'Brazil',
    countryDa: 'Brasilien',
    langDa: 'Portugisisk',
    langEn: 'Portuguese',
    phonePrefix: null,
    names: ['Gabriela', 'Larissa', 'Fernanda', 'Bruna', 'Camila', 'Juliana', 'Rafaela'],
  },
  {
    code: 'ES',
    da: 'Spansk',
    en: 'Spanish',
    countryEn: 'Spain',
    countryDa: 'Spanien',
    langDa: 'Spansk',
    langEn: 'Spanish',
    phonePrefix: null,
    names: ['Lucia', 'Carmen', 'Paula', 'Marta', 'Alba', 'Nerea'],
  },
  {
    code: 'SE',
    da: 'Svensk',
    en: 'Swedish',
    countryEn: 'Sweden',
    countryDa: 'Sverige',
    langDa: 'Svensk',
    langEn: 'Swedish',
    phonePrefix: null,
    names: ['Elin', 'Linnea', 'Moa', 'Ebba', 'Wilma'],
  },
];

export function nationalityByCode(code: string): Nationality {
  const n = nationalities.find((x) => x.code === code);
  if (!n) throw new RangeError(`unknown nationality ${code}`);
  return n;
}

/** Ordinary services of independent workers (short menus). */
export const calmServices = {
  da: [
    'Massage',
    'Afslappende massage',
    'Kæresteoplevelse',
    'Hyggeligt samvær',
    'Rollespil',
    'Striptease',
    'Fodmassage',
    'Middagsselskab',
  ],
  en: [
    'Massage',
    'Relax massage',
    'GFE',
    'Dinner date',
    'Striptease',
    'Role play',
    'Body massage',
    'Companionship',
  ],
} as const;

/** Long menus; 12 or more items fire `no-limits`. */
export const longServices = {
  da: [
    'Massage',
    'Kæresteoplevelse',
    'Rollespil',
    'Striptease',
    'Fodmassage',
    'Bodyslide',
    'Duo',
    'Dominans',
    'Lingeri',
    'Bad sammen',
    'Overnatning',
    'Hotelbesøg',
    'Udebesøg',
    'Filmaften',
  ],
  en: [
    'Massage',
    'GFE',
    'Role play',
    'Striptease',
    'Body slide',
    'Duo',
    'Domination',
    'Lingerie',
    'Shower together',
    'Overnight',
    'Hotel visit',
    'Outcall',
    'Couples',
    'Dinner date',
  ],
} as const;

/** English digit words used to obfuscate phone numbers ("2two 33 44 5five"). */
export const digitWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
] as const;

/** Street names for clinic addresses (invented numbers). */
export const streets = [
  'Vestergade',
  'Nørregade',
  'Østergade',
  'Søndergade',
  'Jernbanegade',
  'Algade',
  'Kongensgade',
  'Havnegade',
  'Torvegade',
  'Skolegade',
] as const;

/** Clinic name parts. */
export const clinicWords = {
  first: [
    'Lotus',
    'Orchid',
    'Bamboo',
    'Golden',
    'Jasmin',
    'Siam',
    'Harmony',
    'Relax',
    'Silk',
    'Zen',
    'Sunrise',
    'Pearl',
  ],
  second: ['Massage', 'Spa', 'Wellness', 'Thai Massage', 'Body Care', 'Studio', 'Klinik'],
} as const;
