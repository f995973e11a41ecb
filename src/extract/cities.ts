import { phraseMatcher } from './phrases.js';

/**
 * Danish towns → canonical names. Districts and aliases of Copenhagen (Kbh, Vesterbro, Nørrebro,
 * Østerbro, Amager, Valby, ...) are "København". Frederiksberg is its own municipality but lies
 * inside Copenhagen; for "moves between cities" it is the same place, so it is København too.
 * Aarhus, Aalborg and Odense districts map to their town. Town names that are ordinary words
 * ("Give", "Them", "Ringe") are left out.
 */
const ALIASES: Record<string, string[]> = {
  København: [
    'københavn',
    'kobenhavn',
    'koebenhavn',
    'copenhagen',
    'cph',
    'kbh',
    'kbh k',
    'kbh v',
    'kbh n',
    'kbh ø',
    'kbh s',
    'kbh nv',
    'kbh sv',
    'københavn k',
    'københavn v',
    'københavn n',
    'københavn ø',
    'københavn s',
    'københavn nv',
    'københavn sv',
    'vesterbro',
    'nørrebro',
    'norrebro',
    'noerrebro',
    'østerbro',
    'osterbro',
    'oesterbro',
    'amager',
    'valby',
    'vanløse',
    'brønshøj',
    'sydhavn',
    'sydhavnen',
    'nordvest',
    'christianshavn',
    'indre by',
    'frederiksberg',
    'islands brygge',
    'ørestad',
    'kastrup',
    'tårnby',
    'copenhagen center',
    // The name in the languages of visitors' ads.
    'köpenhamn',
    'kopenhamn',
    'kopenhagen',
    'copenhague',
    'copenaghen',
    'kopenhaga',
  ],
  Taastrup: ['taastrup', 'tåstrup'],
  // One town under its short and long names: two ads of one contact in "Lyngby" and "Kongens
  // Lyngby" are no move between towns.
  'Kongens Lyngby': ['kongens lyngby', 'kgs. lyngby', 'kgs lyngby', 'lyngby'],
  'Nykøbing Falster': ['nykøbing falster', 'nykøbing f', 'nykøbing f.', 'nykobing falster', 'nykobing f'],
  Greve: ['greve strand'],
  Aarhus: [
    'aarhus',
    'århus',
    'arhus',
    'aarhus c',
    'aarhus n',
    'aarhus v',
    'aarhus ø',
    'aarhus s',
    'viby j',
    'risskov',
    'brabrand',
    'højbjerg',
    'åbyhøj',
  ],
  Aalborg: ['aalborg', 'ålborg', 'alborg', 'aalborg øst', 'aalborg c', 'nørresundby', 'aalborg sv'],
  Odense: [
    'odense',
    'odense c',
    'odense ø',
    'odense v',
    'odense n',
    'odense s',
    'odense m',
    'odense sø',
    'odense nø',
    'odense nv',
  ],
};
const TOWNS = [
  'Esbjerg',
  'Randers',
  'Kolding',
  'Horsens',
  'Vejle',
  'Roskilde',
  'Herning',
  'Hørsholm',
  'Helsingør',
  'Silkeborg',
  'Næstved',
  'Fredericia',
  'Viborg',
  'Køge',
  'Holstebro',
  'Taastrup',
  'Slagelse',
  'Hillerød',
  'Sønderborg',
  'Svendborg',
  'Hjørring',
  'Holbæk',
  'Frederikshavn',
  'Ringsted',
  'Haderslev',
  'Skive',
  'Stenløse',
  'Greve',
  'Kalundborg',
  'Ballerup',
  'Rødovre',
  'Albertslund',
  'Hvidovre',
  'Glostrup',
  'Ishøj',
  'Birkerød',
  'Farum',
  'Frederikssund',
  'Brøndby',
  'Nyborg',
  'Varde',
  'Thisted',
  'Aabenraa',
  'Ikast',
  'Herlev',
  'Middelfart',
  'Skanderborg',
  'Hedensted',
  'Nakskov',
  'Grenaa',
  'Grenå',
  'Ebeltoft',
  'Hobro',
  'Lemvig',
  'Struer',
  'Tønder',
  'Ribe',
  'Bjerringbro',
  'Brande',
  'Odder',
  'Hadsten',
  'Hinnerup',
  'Vordingborg',
  'Assens',
  'Faaborg',
  'Fåborg',
  'Rønne',
  'Nykøbing Mors',
  'Nykøbing Sjælland',
  'Holte',
  'Gentofte',
  'Hellerup',
  'Charlottenlund',
  'Søborg',
  'Bagsværd',
  'Gladsaxe',
  'Værløse',
  'Allerød',
  'Lillerød',
  'Fredensborg',
  'Humlebæk',
  'Espergærde',
  'Gilleleje',
  'Hundested',
  'Helsinge',
  'Jyllinge',
  'Solrød Strand',
  'Karlslunde',
  'Dragør',
  'Hedehusene',
  'Smørum',
  'Måløv',
  'Slangerup',
  'Vallensbæk',
  'Sorø',
  'Faxe',
  'Haslev',
  'Kerteminde',
  'Bogense',
  'Sakskøbing',
  'Ringkøbing',
  'Skagen',
  'Brønderslev',
  'Hirtshals',
  'Sæby',
  'Mariager',
  'Rødekro',
  'Vojens',
  'Kolind',
  'Ry',
  'Galten',
  'Løgten',
  'Lystrup',
  'Beder',
  'Tranbjerg',
  'Vamdrup',
  'Børkop',
  'Give',
  'Grindsted',
  'Billund',
  'Aars',
  'Nibe',
  'Støvring',
  'Frederiksværk',
  'Stege',
  'Maribo',
  'Korsør',
  'Skælskør',
  'Tølløse',
  'Ølstykke',
  'Kalvehave',
];
const COMMON_WORDS = new Set(['give', 'ry', 'beder', 'holte', 'brande', 'greve', 'stege']);

const LOOKUP = new Map<string, string>();
for (const [canon, list] of Object.entries(ALIASES)) for (const a of list) LOOKUP.set(a, canon);
for (const t of TOWNS)
  if (!COMMON_WORDS.has(t.toLowerCase()))
    LOOKUP.set(t.toLowerCase(), t === 'Grenå' ? 'Grenaa' : t === 'Fåborg' ? 'Faaborg' : t);
// Ads typed on keyboards without æ, ø, å write "Naestved", "Helsingor", "Brondby", "Rodovre":
// every name with those letters also matches in the usual transliterations (æ ae/a, ø oe/o,
// å aa/a), unless that spelling is an ordinary word ("koge", to boil) or names another town.
const FOLDED_COMMON_WORDS = new Set(['koge']);
for (const [name, canon] of [...LOOKUP])
  for (const folded of foldings(name))
    if (!LOOKUP.has(folded) && !FOLDED_COMMON_WORDS.has(folded)) LOOKUP.set(folded, canon);

/** The spellings of a name without æ, ø, å (none when it has none of them). */
function foldings(name: string): string[] {
  if (!/[æøå]/.test(name)) return [];
  const long = name.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  const short = name.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a');
  return [long, short];
}

const matchPhrases = phraseMatcher(LOOKUP.keys());

/** A Danish town named in a text, with its canonical name. */
export interface CityMatch {
  city: string;
  start: number;
  end: number;
}

/** Danish towns named in a text (canonical names, with spans). */
export function findCities(text: string): CityMatch[] {
  const out: CityMatch[] = [];
  for (const m of matchPhrases(text)) {
    const city = LOOKUP.get(m.key);
    if (city) out.push({ city, start: m.start, end: m.end });
  }
  return out;
}

/** Canonical town for a structured `city` field, or null when the town is unknown. */
export function normalizeCity(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = LOOKUP.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
  return direct ?? findCities(value)[0]?.city ?? null;
}
