/**
 * Number words for phone de-obfuscation (English, Danish, Norwegian, Swedish, German, Spanish and Portuguese digits, and
 * the single digits of Russian, Ukrainian, Czech, Polish, Romanian and Hungarian): "two", "otte", "sieben", "seksten", compounds
 * like "twentysix" and "femogtyve", and the letters O and l/I that stand in for 0 and 1.
 */

import { TextMemo } from './text-memo.js';

/** How a number-like word reads: one digit word, a teen, a tens word, a multiplier, a compound, O or l. */
export type WordKind = 'unit' | 'teen' | 'tens' | 'mult' | 'multi' | 'o' | 'l';

interface Piece {
  digits: string;
  kind: 'unit' | 'teen' | 'tens' | 'mult' | 'og';
}

const WORDS: Record<string, Piece> = {};
function add(kind: Piece['kind'], entries: Record<string, string>): void {
  for (const [w, digits] of Object.entries(entries)) WORDS[w] = { digits, kind };
}
add('unit', {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  nul: '0',
  en: '1',
  et: '1',
  to: '2',
  tre: '3',
  fire: '4',
  fem: '5',
  seks: '6',
  syv: '7',
  otte: '8',
  ni: '9',
  // Norwegian and Swedish where they differ from Danish: "2to 55 13 8åtte", "sju-fyra 12 34 56".
  // Not the Swedish "sex" (6), "ett" (1) nor "en": words of every ad.
  åtte: '8',
  åtta: '8',
  sju: '7',
  fyra: '4',
  två: '2',
  noll: '0',
  nio: '9',
  // German, as visitors spell a number out: "sieben-eins 36 90 42".
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  // Spanish and Portuguese: "cuatro-siete 82 1nueve 6seis", "quatro-dois 16 58 9três". Not the
  // Spanish "tres" (the Danish 60 above), nor the articles "un", "una".
  cero: '0',
  uno: '1',
  um: '1',
  dos: '2',
  dois: '2',
  duas: '2',
  três: '3',
  cuatro: '4',
  quatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  sete: '7',
  ocho: '8',
  oito: '8',
  nueve: '9',
  nove: '9',
  // The visitors' digits, as they spell a number out to hide it: Russian and Ukrainian "+7
  // девять-один-пять", "+380 шість сім" (not "п'ять", "дев'ять": the apostrophe splits them),
  // Czech "sedm sedm šest", Polish "pięć trzy trzy", Romanian "șapte-șase-zero", "7doi3", Hungarian
  // "hét-egy-nyolc". Not the Hungarian "hat" (6), an English and Danish word, the Polish "jeden"
  // (also German), the Romanian "nouă" (also "new") nor spellings without diacritics ("tri", "pet").
  ноль: '0',
  нуль: '0',
  один: '1',
  одна: '1',
  два: '2',
  дві: '2',
  три: '3',
  четыре: '4',
  чотири: '4',
  пять: '5',
  шесть: '6',
  шість: '6',
  семь: '7',
  сім: '7',
  восемь: '8',
  вісім: '8',
  девять: '9',
  nula: '0',
  jedna: '1',
  dva: '2',
  dvě: '2',
  tři: '3',
  čtyři: '4',
  pět: '5',
  šest: '6',
  sedm: '7',
  osm: '8',
  devět: '9',
  dwa: '2',
  trzy: '3',
  cztery: '4',
  pięć: '5',
  sześć: '6',
  siedem: '7',
  osiem: '8',
  dziewięć: '9',
  unu: '1',
  doi: '2',
  două: '2',
  trei: '3',
  patru: '4',
  cinci: '5',
  șase: '6',
  şase: '6',
  șapte: '7',
  şapte: '7',
  opt: '8',
  nulla: '0',
  egy: '1',
  kettő: '2',
  két: '2',
  három: '3',
  négy: '4',
  öt: '5',
  hét: '7',
  nyolc: '8',
  kilenc: '9',
});
add('teen', {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  ti: '10',
  elleve: '11',
  tolv: '12',
  tretten: '13',
  fjorten: '14',
  femten: '15',
  seksten: '16',
  sytten: '17',
  atten: '18',
  nitten: '19',
});
add('tens', {
  twenty: '20',
  thirty: '30',
  forty: '40',
  fourty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  tyve: '20',
  tredive: '30',
  fyrre: '40',
  halvtreds: '50',
  tres: '60',
  halvfjerds: '70',
  firs: '80',
  halvfems: '90',
});
add('mult', { thousand: '000', th0usand: '000', tusind: '000', hundred: '00', hundrede: '00' });
add('og', { og: '' });

// Longest first, so "seksten" wins over "seks" + "ten" and "fourteen" over "four" + "teen".
const WORD_LIST = Object.keys(WORDS).sort((a, b) => b.length - a.length);

/** Every number word, lower case, longest first ("og" and "th0usand" included). */
export const NUMBER_WORDS: readonly string[] = WORD_LIST;

function decompose(s: string, pos: number): Piece[] | null {
  if (pos === s.length) return [];
  for (const w of WORD_LIST) {
    if (s.startsWith(w, pos)) {
      const rest = decompose(s, pos + w.length);
      if (rest) return [WORDS[w]!, ...rest];
    }
  }
  return null;
}

// Words repeat across ads; decomposing each word once keeps tokenizing cheap.
const wordCache = new TextMemo<{ digits: string; kind: WordKind } | null>(50_000);
const FIRST_LETTERS = new Set(Object.keys(WORDS).map((w) => w[0]!));

const A = 97;
const letterIndex = (w: string, i: number): number => w.charCodeAt(i) - A;

/**
 * The first three letters (lower case) of every run of number words ("ten", "toe" of "toen"), and
 * "ooo": a longer ASCII word that starts otherwise is a plain word, known without lowercasing or
 * looking it up (most words of an ad). Every number word has at least two letters.
 */
const THREE_LETTER_STARTS = new Uint8Array(26 * 26 * 26);
function markStart(w: string): void {
  const a = letterIndex(w, 0);
  const b = letterIndex(w, 1);
  const c = letterIndex(w, 2);
  if ([a, b, c].every((x) => x >= 0 && x < 26)) THREE_LETTER_STARTS[(a * 26 + b) * 26 + c] = 1;
}
for (const w of [...Object.keys(WORDS), 'oo']) {
  if (w.length >= 3) markStart(w);
  else for (const next of Object.keys(WORDS)) markStart(w + next);
}
markStart('ooo');

/** ASCII letter (char code) as 0..25, case folded; -1 for anything else. */
function asciiLetter(c: number): number {
  const l = (c | 32) - A;
  return c < 128 && l >= 0 && l < 26 ? l : -1;
}

/**
 * False when the letter run at `start` (three letters or more) surely reads as no number word;
 * true when it has to be looked up (also whenever one of its first letters is not ASCII, since a
 * few non-ASCII letters lowercase to ASCII ones).
 */
export function mayBeNumberWord(text: string, start: number): boolean {
  const a = asciiLetter(text.charCodeAt(start));
  const b = asciiLetter(text.charCodeAt(start + 1));
  const c = asciiLetter(text.charCodeAt(start + 2));
  return a < 0 || b < 0 || c < 0 || THREE_LETTER_STARTS[(a * 26 + b) * 26 + c] === 1;
}

export function wordDigits(lower: string): { digits: string; kind: WordKind } | null {
  if (lower.length > 40 || lower.length < 2 || !FIRST_LETTERS.has(lower[0]!)) return null;
  const hit = wordCache.get(lower);
  if (hit !== undefined) return hit;
  const result = decomposeWord(lower);
  return wordCache.keep(lower, result);
}

function decomposeWord(lower: string): { digits: string; kind: WordKind } | null {
  const pieces = decompose(lower, 0);
  if (!pieces || pieces.length === 0) return null;
  let digits = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    const after = pieces[i + 2];
    if (p.kind === 'og') return null;
    if (p.kind === 'tens' && next?.kind === 'unit' && next.digits !== '0') {
      digits += p.digits[0]! + next.digits; // "twentysix" = 26
      i++;
    } else if (p.kind === 'unit' && next?.kind === 'og' && after?.kind === 'tens') {
      digits += after.digits[0]! + p.digits; // "femogtyve" = 25
      i += 2;
    } else digits += p.digits;
  }
  const kind: WordKind = pieces.length === 1 ? (pieces[0]!.kind as WordKind) : 'multi';
  return { digits, kind };
}
