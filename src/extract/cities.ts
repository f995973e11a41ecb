import { withoutDanishLetters } from './danish-letters.js';
import { phraseMatcher } from './phrases.js';
import { isRegexSpace } from './scan.js';

/**
 * Danish towns → canonical names. Districts and aliases of Copenhagen (Kbh, Vesterbro, Nørrebro,
 * Østerbro, Amager, Valby, ...) are "København". Frederiksberg is its own municipality but lies
 * inside Copenhagen; for "moves between cities" it is the same place, so it is København too.
 * Aarhus, Aalborg and Odense districts map to their town. Town names that are ordinary words
 * ("Greve", "Give", "Ry") count only where the text says they are a town (see AMBIGUOUS_TOWNS);
 * "Them" (also English) is left out.
 */
const ALIASES: Record<string, string[]> = {
  // Cyrillic names as Russian, Ukrainian and Bulgarian ads write them, with the Russian and
  // Ukrainian locative ("в Копенгагене", "в Орхусе", "у Копенгагені").
  København: [
    'копенгаген',
    'копенгагене',
    'копенгагені',
    'копенхаген',
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
    // Greater Copenhagen, as outcall areas are written ("Kun udekald i Storkøbenhavn").
    'storkøbenhavn',
    'storkobenhavn',
    'greater copenhagen',
    'hovedstadsområdet',
    // The name in the languages of visitors' ads.
    'köpenhamn',
    'kopenhamn',
    'kopenhagen',
    'copenhague',
    'copenaghen',
    'kopenhaga',
    // Czech and Slovak "Kodaň" ("v Kodani", "z Kodaně"), the Polish locative and genitive ("w
    // Kopenhadze", "z Kopenhagi"), Hungarian "Koppenhága" ("Koppenhágában"), Lithuanian "Kopenhagoje".
    'kodaň',
    'kodan',
    'kodani',
    'kodaně',
    'kodane',
    'kopenhadze',
    'kopenhagi',
    'koppenhága',
    'koppenhágában',
    'koppenhagen',
    'kopenhagoje',
    'kopenhagos',
  ],
  Taastrup: ['taastrup', 'tåstrup'],
  // One town under its short and long names: two ads of one contact in "Lyngby" and "Kongens
  // Lyngby" are no move between towns.
  'Kongens Lyngby': ['kongens lyngby', 'kgs. lyngby', 'kgs lyngby', 'lyngby'],
  'Nykøbing Falster': ['nykøbing falster', 'nykøbing f', 'nykøbing f.', 'nykobing falster', 'nykobing f'],
  Greve: ['greve strand'],
  'Solrød Strand': ['solrød strand', 'solrød'],
  Aarhus: [
    'орхус',
    'орхусе',
    'орхусі',
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
  Aalborg: [
    'aalborg',
    'ålborg',
    'alborg',
    'aalborg øst',
    'aalborg c',
    'nørresundby',
    'aalborg sv',
    'ольборг',
    'олборг',
  ],
  Odense: [
    'оденсе',
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
  'Nexø',
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
  // Towns of the border with Germany.
  'Padborg',
  'Kruså',
  'Gråsten',
  'Tinglev',
  'Christiansfeld',
  'Nordborg',
  'Augustenborg',
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
  'Virum',
  'Skovlunde',
  'Avedøre',
  'Hundige',
  'Rungsted',
  'Vedbæk',
  'Nærum',
  'Kokkedal',
];
/**
 * Towns whose names are also ordinary words (Danish "greve" a count, "give", "ry" fame, "beder"
 * prays, "brande" fires, "stege" to fry, "ringe" rings, English "tune"), with their postal codes.
 * Such a name is a town only capitalised and after "i", "in", "fra", "from", "near", "nær", "ved"
 * ("Danish girl next door in Greve", "Hej fra Ry") or after its postal code ("2670 Greve"); the
 * capital "I" is the English pronoun ("I Give the best massage"), not Danish "i".
 */
const AMBIGUOUS_TOWNS = new Map<string, { city: string; postalCodes: readonly string[] }>([
  ['greve', { city: 'Greve', postalCodes: ['2670'] }],
  ['give', { city: 'Give', postalCodes: ['7323'] }],
  ['ry', { city: 'Ry', postalCodes: ['8680'] }],
  ['beder', { city: 'Beder', postalCodes: ['8330'] }],
  ['holte', { city: 'Holte', postalCodes: ['2840'] }],
  ['brande', { city: 'Brande', postalCodes: ['7330'] }],
  ['stege', { city: 'Stege', postalCodes: ['4780'] }],
  ['ringe', { city: 'Ringe', postalCodes: ['5750'] }],
  ['tune', { city: 'Tune', postalCodes: ['4030'] }],
]);
const TOWN_PREPOSITIONS = new Set(['i', 'in', 'fra', 'from', 'near', 'nær', 'ved']);
const COMMON_WORDS = new Set(AMBIGUOUS_TOWNS.keys());

const LOOKUP = new Map<string, string>();
for (const [canon, list] of Object.entries(ALIASES)) for (const a of list) LOOKUP.set(a, canon);
for (const t of TOWNS)
  if (!COMMON_WORDS.has(t.toLowerCase()))
    LOOKUP.set(t.toLowerCase(), t === 'Grenå' ? 'Grenaa' : t === 'Fåborg' ? 'Faaborg' : t);
// Visitors' languages put case endings on a town's name ("v Aalborgu", "Gyvenu Koldinge",
// "Aarhusban élek", "na Nørrebru"): every one-word name of five letters or more also matches
// inflected, unless that form is already a listed name. Shorter names ("Aars", "Ribe") are left
// alone: with an ending they are too often another word.
for (const [name, canon] of [...LOOKUP])
  for (const form of inflections(name)) if (!LOOKUP.has(form)) LOOKUP.set(form, canon);

/**
 * A town name with the case endings of Czech, Slovak and Polish (locative "-u", "-e", "-i" after
 * a consonant, "-ie" after "s", a final "-o" turned "-u": "Aalborgu", "Aarhusie", "Amageri",
 * "Nørrebru"), Lithuanian (locative "-e", not after "-en": "Koldinge") and Hungarian (inessive "-ban"/"-ben", with a
 * final "e" long: "Aarhusban", "Odensében"). Only for one-word names of five letters or more.
 */
function inflections(name: string): string[] {
  if (name.length < 5 || !/^\p{L}+$/u.test(name)) return [];
  const forms = [`${name}ban`, `${name}ben`];
  const last = name.charAt(name.length - 1);
  if (last === 'e') forms.push(`${name.slice(0, -1)}ében`);
  else if (last === 'o') forms.push(`${name.slice(0, -1)}u`);
  else if (!/[aeiouyæøå]/.test(last)) {
    forms.push(`${name}u`, `${name}i`);
    // Not after "-en": "Galtene" is Danish for the boars.
    if (!name.endsWith('en')) forms.push(`${name}e`);
    if (last === 's') forms.push(`${name}ie`);
  }
  return forms;
}
// Ads typed on keyboards without æ, ø, å write "Naestved", "Helsingor", "Brondby", "Rodovre":
// every name with those letters also matches in the usual transliterations (æ ae/a, ø oe/o,
// å aa/a), unless that spelling is an ordinary word ("koge", to boil) or names another town. Such
// a word is read as the town the way an ambiguous town is (capitalised after "i"/"fra": "dansk
// kvinde i Koge"), and as the whole of a structured `city` field (normalizeCityField).
const FOLDED_COMMON_WORDS = new Set(['koge', 'narum']);
for (const [name, canon] of [...LOOKUP])
  for (const folded of foldings(name)) {
    if (LOOKUP.has(folded)) continue;
    if (!FOLDED_COMMON_WORDS.has(folded)) LOOKUP.set(folded, canon);
    else if (!AMBIGUOUS_TOWNS.has(folded)) AMBIGUOUS_TOWNS.set(folded, { city: canon, postalCodes: [] });
  }

/** The spellings of a name without æ, ø, å (none when it has none of them). */
function foldings(name: string): string[] {
  if (!/[æøå]/.test(name)) return [];
  const long = withoutDanishLetters(name);
  const short = name.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a');
  return [long, short];
}

const matchPhrases = phraseMatcher([...LOOKUP.keys(), ...AMBIGUOUS_TOWNS.keys()]);

/** A Danish town named in a text, with its canonical name. */
export interface CityMatch {
  city: string;
  start: number;
  end: number;
}

// Where she was born, grew up or moved from is her past, not where she works: "født i Lemvig, og
// bor nu i Holstebro", "born and raised in Aarhus", "opvokset i Vejle", "flyttet hertil fra Aalborg",
// "moved here from Odense". "Hej fra Ry" and "pige fra Aalborg" stay the town she is in.
const PAST_PLACE_BEFORE =
  /(?<![\p{L}])(?:født|opvokset|vokset op|born|grew up|raised|flyttet(?: hertil| hen| herned| herop)?|flyttede(?: hertil)?|moved(?: here)?)\s+(?:i|in|fra|from)\s+$/iu;
// Long enough for the longest cue and its preposition.
const PAST_PLACE_REACH = 28;

/** Whether the town at `start` follows a birthplace or a former home's cue (PAST_PLACE_BEFORE). */
function pastPlace(text: string, start: number): boolean {
  return PAST_PLACE_BEFORE.test(text.slice(Math.max(0, start - PAST_PLACE_REACH), start));
}

/**
 * The big towns' postal districts, written as a postal code and the district's letters with no
 * town name ("1620 V", "2100 Ø", "5000 C", "8200 N"): Copenhagen's K (1000-1499), V (1500-1799),
 * Frederiksberg C (1800-1999), Ø, N, S, NV, SV; Aarhus C, N, V; Odense C, V, NV, SØ, M, NØ, SV, S,
 * N; Aalborg SV, SØ, Ø; Esbjerg Ø, V, N; Randers C, NV, NØ, SV, SØ. Only a code with its own
 * district's letters counts: four digits and a capital are as often a price ("1500 V.I.P").
 */
const DISTRICTS: [from: number, to: number, letters: string, city: string][] = [
  [1000, 1499, 'K', 'København'],
  [1500, 1799, 'V', 'København'],
  [1800, 1999, 'C', 'København'],
  [2100, 2100, 'Ø', 'København'],
  [2200, 2200, 'N', 'København'],
  [2300, 2300, 'S', 'København'],
  [2400, 2400, 'NV', 'København'],
  [2450, 2450, 'SV', 'København'],
  [8000, 8000, 'C', 'Aarhus'],
  [8200, 8200, 'N', 'Aarhus'],
  [8210, 8210, 'V', 'Aarhus'],
  [5000, 5000, 'C', 'Odense'],
  [5200, 5200, 'V', 'Odense'],
  [5210, 5210, 'NV', 'Odense'],
  [5220, 5220, 'SØ', 'Odense'],
  [5230, 5230, 'M', 'Odense'],
  [5240, 5240, 'NØ', 'Odense'],
  [5250, 5250, 'SV', 'Odense'],
  [5260, 5260, 'S', 'Odense'],
  [5270, 5270, 'N', 'Odense'],
  [9200, 9200, 'SV', 'Aalborg'],
  [9210, 9210, 'SØ', 'Aalborg'],
  [9220, 9220, 'Ø', 'Aalborg'],
  [6705, 6705, 'Ø', 'Esbjerg'],
  [6710, 6710, 'V', 'Esbjerg'],
  [6715, 6715, 'N', 'Esbjerg'],
  [8900, 8900, 'C', 'Randers'],
  [8920, 8920, 'NV', 'Randers'],
  [8930, 8930, 'NØ', 'Randers'],
  [8940, 8940, 'SV', 'Randers'],
  [8960, 8960, 'SØ', 'Randers'],
];
const DISTRICT_HINT = /\d{4} [KCVNSMØ]/;
// A code (not inside a longer number, a price "1.500" or a time "10:00") and capitals after one space.
const POSTAL_DISTRICT = /(?<![\d.,:])(\d{4}) ([KCVNSMØ][VØ]?)(?![\p{L}\d])/gu;

/** Adds the towns of the postal districts written in a text (see DISTRICTS); whether any. */
function postalDistricts(text: string, out: CityMatch[]): boolean {
  let found = false;
  POSTAL_DISTRICT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTAL_DISTRICT.exec(text)) !== null) {
    const code = Number(m[1]);
    const d = DISTRICTS.find(([from, to, letters]) => code >= from && code <= to && letters === m![2]);
    if (d === undefined) continue;
    out.push({ city: d[3], start: m.index, end: m.index + m[0].length });
    found = true;
  }
  return found;
}

/** Danish towns named in a text (canonical names, with spans), not a birthplace or former home. */
export function findCities(text: string): CityMatch[] {
  const out: CityMatch[] = [];
  for (const m of matchPhrases(text)) {
    const city = LOOKUP.get(m.key);
    if (city) {
      if (!pastPlace(text, m.start)) out.push({ city, start: m.start, end: m.end });
    } else {
      const town = AMBIGUOUS_TOWNS.get(m.key);
      if (town && isNamedAsTown(text, m.start, town.postalCodes))
        out.push({ city: town.city, start: m.start, end: m.end });
    }
  }
  // Most texts hold no four digits and a capital: the scan is skipped on a cheap test.
  if (DISTRICT_HINT.test(text) && postalDistricts(text, out)) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether the ambiguous name at `start` is written as a town: see AMBIGUOUS_TOWNS. */
function isNamedAsTown(text: string, start: number, postalCodes: readonly string[]): boolean {
  const first = text[start]!;
  if (first === first.toLowerCase()) return false;
  let end = start;
  while (end > 0 && isRegexSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let from = end;
  while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, end);
  if (word !== 'I' && TOWN_PREPOSITIONS.has(word.toLowerCase())) return true;
  // "2670 Greve": the town's own postal code, not any four digits.
  const code = text.slice(end - 4, end);
  return postalCodes.includes(code) && !/\d/.test(text.charAt(end - 5));
}

/**
 * Canonical town for a town name standing alone (a structured value, a word of a name list), or
 * null when the town is unknown. An ambiguous name alone ("Greve", "Koge") is null: alone, it is as
 * likely the ordinary word (see normalizeCityField for the ad's `city` field).
 */
export function normalizeCity(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = LOOKUP.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
  return direct ?? findCities(value)[0]?.city ?? null;
}

/**
 * Canonical town for the structured `city` field of an ad: normalizeCity, and also a town whose
 * name is an ordinary word ("Greve", "Ringe") or a spelling of one without æ, ø, å that is one
 * ("Koge" for Køge): the field names a town, so the word is one. Not for free text, where "koge"
 * is to boil.
 */
export function normalizeCityField(value: string | null | undefined): string | null {
  const city = normalizeCity(value);
  if (city !== null || !value) return city;
  return AMBIGUOUS_TOWNS.get(value.trim().toLowerCase())?.city ?? null;
}
