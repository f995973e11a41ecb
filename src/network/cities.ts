/**
 * Danish towns and their aliases, used to merge city names (multi-city-movement compares
 * canonical towns) and to mask towns in texts (a copied template names a different town in each
 * copy). `extract/` owns the full city extraction; this list is the network's fallback when an ad
 * arrives without `facts.cities`.
 */
const towns: Record<string, string[]> = {
  København: [
    'kobenhavn',
    'copenhagen',
    'cph',
    'kbh',
    'vesterbro',
    'norrebro',
    'osterbro',
    'amager',
    'valby',
    'frederiksberg',
    'nordvest',
    'sydhavn',
    'kastrup',
    'hellerup',
  ],
  Aarhus: ['aarhus', 'arhus'],
  Odense: ['odense'],
  Aalborg: ['aalborg', 'alborg'],
  Esbjerg: ['esbjerg'],
  Randers: ['randers'],
  Kolding: ['kolding'],
  Horsens: ['horsens'],
  Vejle: ['vejle'],
  Roskilde: ['roskilde'],
  Herning: ['herning'],
  Helsingør: ['helsingor', 'helsingoer', 'elsinore'],
  Næstved: ['naestved'],
  Fredericia: ['fredericia'],
  Svendborg: ['svendborg'],
  Silkeborg: ['silkeborg'],
  Viborg: ['viborg'],
  Holstebro: ['holstebro'],
  Hillerød: ['hillerod'],
  Slagelse: ['slagelse'],
  Sønderborg: ['sonderborg'],
  Hjørring: ['hjorring'],
  Holbæk: ['holbaek'],
  Frederikshavn: ['frederikshavn'],
  Køge: ['koge'],
  Nyborg: ['nyborg'],
  Haderslev: ['haderslev'],
  Skive: ['skive'],
  Ringsted: ['ringsted'],
  Nykøbing: ['nykobing'],
};

/** Folds Danish letters and accents so that "Nørrebro", "Norrebro" and "Noerrebro" meet. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * Folded words, memoised: folding (lowercase, æøå, NFD, marks) is most of the cost of
 * tokenising, and ads reuse a small vocabulary. Shared by the shingles and the name reader.
 * Cleared when large so memory stays bounded.
 */
const foldCache = new Map<string, string>();
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldText(word).replace(/’/g, "'");
    if (foldCache.size >= 200_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

const aliasToTown = new Map<string, string>();
for (const [town, aliases] of Object.entries(towns)) {
  for (const alias of aliases) aliasToTown.set(alias, town);
}

/** Canonical town of a single folded word, or undefined. */
export function townOfWord(foldedWord: string): string | undefined {
  return aliasToTown.get(foldedWord);
}

/** Canonical town of a city field ("Kbh V", "Aarhus C", "Nørrebro"), or null when unknown. */
export function canonicalCity(city: string | null | undefined): string | null {
  if (!city) return null;
  for (const word of foldText(city).split(/[^\p{L}]+/u)) {
    const town = aliasToTown.get(word);
    if (town) return town;
  }
  return null;
}

/** The first known town named in a free text, or null. */
export function findCity(text: string | null | undefined): string | null {
  return canonicalCity(text);
}
