/**
 * De-obfuscation for phone numbers: turns text into runs of digit groups, keeping offsets into the
 * original text. Digits may be written as words (English and Danish), mixed with digits ("2two",
 * "5NINE"), as letters O/o and l/I inside digit runs, and separated by any punctuation. Prices,
 * dates, "24/7" and opening hours after a day word are masked so they never join a number.
 */

/** A maximal sequence of digit-like tokens with no separator between them. */
export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** A "+" directly (or after spaces) before the group. */
  plus: boolean;
  plusStart: number;
}

type WordKind = 'unit' | 'teen' | 'tens' | 'mult' | 'multi' | 'o' | 'l';

interface NumToken {
  kind: 'num';
  digits: string;
  start: number;
  end: number;
  /** null for real digits. */
  word: WordKind | null;
}
interface OtherToken {
  kind: 'sep' | 'plus' | 'break' | 'og';
  start: number;
  end: number;
  text: string;
}
type Token = NumToken | OtherToken;

interface Piece {
  digits: string;
  kind: 'unit' | 'teen' | 'tens' | 'mult' | 'og';
}

const WORDS: Record<string, Piece> = {};
function add(kind: Piece['kind'], entries: Record<string, string>): void {
  for (const [w, digits] of Object.entries(entries)) WORDS[w] = { digits, kind };
}
add('unit', {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', nul: '0', en: '1', et: '1', to: '2', tre: '3', fire: '4', fem: '5',
  seks: '6', syv: '7', otte: '8', ni: '9',
});
add('teen', {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', ti: '10', elleve: '11',
  tolv: '12', tretten: '13', fjorten: '14', femten: '15', seksten: '16', sytten: '17', atten: '18',
  nitten: '19',
});
add('tens', {
  twenty: '20', thirty: '30', forty: '40', fourty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', tyve: '20', tredive: '30', fyrre: '40', halvtreds: '50', tres: '60',
  halvfjerds: '70', firs: '80', halvfems: '90',
});
add('mult', { thousand: '000', th0usand: '000', tusind: '000', hundred: '00', hundrede: '00' });
add('og', { og: '' });

// Longest first, so "seksten" wins over "seks" + "ten" and "fourteen" over "four" + "teen".
const WORD_LIST = Object.keys(WORDS).sort((a, b) => b.length - a.length);

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
const wordCache = new Map<string, { digits: string; kind: WordKind } | null>();
const FIRST_LETTERS = new Set(Object.keys(WORDS).map((w) => w[0]!));

/** Digits of a letter run that is made only of number words, or null. */
function wordDigits(lower: string): { digits: string; kind: WordKind } | null {
  if (lower.length > 40 || lower.length < 2 || !FIRST_LETTERS.has(lower[0]!)) return null;
  const hit = wordCache.get(lower);
  if (hit !== undefined) return hit;
  const result = decomposeWord(lower);
  if (wordCache.size > 50_000) wordCache.clear();
  wordCache.set(lower, result);
  return result;
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

const TOKEN =
  /(\+)|(th[o0]usand)|(\d)|(\p{L}+)|([ \t\u00a0.\-\u2010-\u2015_/\\*~·•,;!?@#|()[\]{}'"`=^&%’‘“”´<>]+)|([\s\S])/uy;

function rawTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) out.push({ kind: 'plus', start, end, text: '+' });
    else if (m[2] !== undefined) out.push({ kind: 'num', digits: '000', start, end, word: 'mult' });
    else if (m[3] !== undefined) out.push({ kind: 'num', digits: m[3], start, end, word: null });
    else if (m[4] !== undefined) out.push(wordToken(m[4], start, end));
    else if (m[5] !== undefined) out.push({ kind: 'sep', start, end, text: m[5] });
    else out.push({ kind: 'break', start, end, text: m[0] });
  }
  return out;
}

function wordToken(word: string, start: number, end: number): Token {
  const lower = word.toLowerCase();
  if (/^o+$/.test(lower)) return { kind: 'num', digits: '0'.repeat(lower.length), start, end, word: 'o' };
  if (lower === 'l' || lower === 'i') return { kind: 'num', digits: '1', start, end, word: 'l' };
  if (lower === 'og') return { kind: 'og', start, end, text: word };
  const d = wordDigits(lower);
  if (d) return { kind: 'num', digits: d.digits, start, end, word: d.kind };
  return { kind: 'break', start, end, text: '' };
}

function isNum(t: Token | undefined): t is NumToken {
  return t?.kind === 'num';
}

/** "twenty-six", "tyve-to" (tens, one separator char, unit) and "fem og tyve" become one token. */
function mergeCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s1 = tokens[i + 1];
    const t2 = tokens[i + 2];
    if (isNum(t) && t.word === 'tens' && s1?.kind === 'sep' && /^[ -]$/.test(s1.text) && isNum(t2) && t2.word === 'unit' && t2.digits !== '0') {
      out.push({ kind: 'num', digits: t.digits[0]! + t2.digits, start: t.start, end: t2.end, word: 'multi' });
      i += 2;
      continue;
    }
    const og = tokens[i + 2];
    const t4 = tokens[i + 4];
    if (isNum(t) && t.word === 'unit' && s1?.kind === 'sep' && og?.kind === 'og' && tokens[i + 3]?.kind === 'sep' && isNum(t4) && t4.word === 'tens') {
      out.push({ kind: 'num', digits: t4.digits[0]! + t.digits, start: t.start, end: t4.end, word: 'multi' });
      i += 4;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Neighbouring number token, looking past at most one separator. */
function neighbour(tokens: Token[], i: number, dir: 1 | -1): NumToken | null {
  const a = tokens[i + dir];
  if (isNum(a)) return a;
  if (a?.kind === 'sep') {
    const b = tokens[i + 2 * dir];
    if (isNum(b)) return b;
  }
  return null;
}

/**
 * Number words count only next to other numbers: a lone "to" or "en" in a Danish sentence is a word.
 * Letters O and l/I count only when touching a digit ("6O", "o6oo"), or O alone between numbers.
 */
function validateWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNum(t) || t.word === null) continue;
    const prevTouch = isNum(tokens[i - 1]) && (tokens[i - 1] as NumToken).word === null;
    const nextTouch = isNum(tokens[i + 1]) && (tokens[i + 1] as NumToken).word === null;
    let ok: boolean;
    if (t.word === 'l') ok = prevTouch || nextTouch;
    else if (t.word === 'o') ok = prevTouch || nextTouch || (neighbour(tokens, i, -1) !== null && neighbour(tokens, i, 1) !== null);
    else ok = neighbour(tokens, i, -1) !== null || neighbour(tokens, i, 1) !== null;
    if (!ok) tokens[i] = { kind: 'break', start: t.start, end: t.end, text: '' };
  }
}

const DAY = '(?:kl|alle dage|dagligt|daily|hverdage|weekend|man|mandag|tirs|tirsdag|ons|onsdag|tors|torsdag|fre|fredag|lør|lørdag|søn|søndag|mon|tue|wed|thu|fri|sat|sun|open|opening|åben|åbent|hours|fra|from)';
const MASKS: RegExp[] = [
  /\b24\s?(?:\/|-|x)\s?7\b/gi,
  /\b24\/24\b/g,
  /\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b/g,
  /(?:[$€£]\s?\d[\d.,]*)|(?:\d[\d.,]*\s?(?:,-|\.-|kr\b\.?|kroner|dkk|eur\b|euro|€|\$|usd|sek|nok|£))/gi,
  /\b(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\s?[-–]\s?(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\b/g,
];
// Opening hours after a day or opening word ("Man-Søn 10-22"); only the range (group 1) is masked.
const DAY_RANGE = new RegExp(`(?<![\\p{L}])${DAY}\\.?[\\s:-]{0,3}((?:[01]?\\d|2[0-4])(?:[.:]\\d\\d)?\\s?[-–]\\s?(?:[01]?\\d|2[0-4])(?:[.:]\\d\\d)?)(?!\\d)`, 'giu');

function maskSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  DAY_RANGE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DAY_RANGE.exec(text)) !== null) {
    const end = d.index + d[0].length;
    spans.push([end - d[1]!.length, end]);
  }
  return spans;
}

/** Splits text into runs (separated by words and other breaks) of digit groups. */
export function tokenizeDigits(text: string): DigitGroup[][] {
  const tokens = mergeCompounds(rawTokens(text));
  validateWords(tokens);
  const masks = maskSpans(text);
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let group: DigitGroup | null = null;
  let plusAt = -1;
  const endRun = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
    group = null;
    plusAt = -1;
  };
  for (const t of tokens) {
    let kind = t.kind;
    if (masks.length > 0 && kind === 'num' && masks.some(([s, e]) => t.start < e && t.end > s)) kind = 'break';
    if (kind === 'num') {
      const n = t as NumToken;
      if (group) {
        group.digits += n.digits;
        group.end = n.end;
      } else {
        group = { digits: n.digits, start: n.start, end: n.end, plus: plusAt >= 0, plusStart: plusAt };
        run.push(group);
        plusAt = -1;
      }
    } else if (kind === 'sep') {
      group = null;
      if (!/^[ \t\u00a0]+$/.test((t as OtherToken).text)) plusAt = -1;
    } else if (kind === 'plus') {
      group = null;
      plusAt = t.start;
    } else endRun();
  }
  endRun();
  return runs;
}
