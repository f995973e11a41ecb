/**
 * Languages written as marks rather than names, right after a languages heading or a speak verb:
 * flags ("Languages: 🇺🇦 🇷🇺 🇬🇧", "Sprog: 🇩🇰 🇬🇧") and two-letter codes ("Speak: UA, RU, EN",
 * "Sprog: DK/EN"). A flag stands for its country's main language; a code is an ISO 639-1 code or,
 * as people also write, a country code ("UA", "DK"). Outside such a clause a flag is an origin
 * (nationality.ts, which skips the flags read here) and two capitals are anything ("OK", "BB").
 */
import { RecentTexts } from './text-memo.js';
import { defineVocabulary, SIGN_D83C, vocabHitsOf } from './vocab-scan.js';

/** A language read from a flag or a code: ISO 639-1 and the span of the mark. */
export interface LanguageMark {
  code: string;
  start: number;
  end: number;
}

/** Country (ISO 3166) → the language a flag of it stands for in a list of languages spoken. */
const COUNTRY_LANGUAGE: Record<string, string> = {
  GB: 'en',
  US: 'en',
  IE: 'en',
  AU: 'en',
  NZ: 'en',
  DK: 'da',
  DE: 'de',
  AT: 'de',
  UA: 'uk',
  RU: 'ru',
  BY: 'be',
  RO: 'ro',
  MD: 'ro',
  PL: 'pl',
  ES: 'es',
  MX: 'es',
  CO: 'es',
  VE: 'es',
  AR: 'es',
  CL: 'es',
  PE: 'es',
  EC: 'es',
  CU: 'es',
  DO: 'es',
  BO: 'es',
  PY: 'es',
  UY: 'es',
  FR: 'fr',
  IT: 'it',
  TH: 'th',
  SE: 'sv',
  NO: 'no',
  FI: 'fi',
  IS: 'is',
  GL: 'kl',
  FO: 'fo',
  PT: 'pt',
  BR: 'pt',
  CN: 'zh',
  TW: 'zh',
  VN: 'vi',
  PH: 'tl',
  BG: 'bg',
  HU: 'hu',
  CZ: 'cs',
  SK: 'sk',
  LT: 'lt',
  LV: 'lv',
  EE: 'et',
  NL: 'nl',
  GR: 'el',
  TR: 'tr',
  AL: 'sq',
  RS: 'sr',
  HR: 'hr',
  JP: 'ja',
  KR: 'ko',
  ID: 'id',
  IR: 'fa',
};

// ISO 639-1 codes as written in a list ("EN, RU"). "UK" is left out: it is Ukrainian as a
// language code and the United Kingdom (English) as people write it, so it names nothing for sure.
// prettier-ignore
const LANGUAGE_CODES = new Set([
  'en', 'da', 'de', 'sv', 'no', 'nb', 'ru', 'ro', 'pl', 'es', 'fr', 'it', 'th', 'pt', 'zh', 'vi', 'tl',
  'bg', 'hu', 'cs', 'sk', 'lt', 'lv', 'et', 'nl', 'el', 'tr', 'sq', 'ja', 'ko', 'fi', 'sr', 'hr', 'ar',
]);

/** The language a written code stands for: a language code first, else a country's language. */
function languageOfCode(upper: string): string | null {
  const lower = upper.toLowerCase();
  if (LANGUAGE_CODES.has(lower)) return lower === 'nb' ? 'no' : lower;
  return upper === 'UK' ? null : (COUNTRY_LANGUAGE[upper] ?? null);
}

/** The language of a flag's two regional indicator letters, by its country. */
function languageOfFlag(text: string, at: number): string | null {
  const a = text.codePointAt(at)! - 0x1f1e6 + 65;
  const b = text.codePointAt(at + 2)! - 0x1f1e6 + 65;
  return COUNTRY_LANGUAGE[String.fromCharCode(a, b)] ?? null;
}

// A heading or speak verb, in the languages ads are written in ("Languages:", "Sprog:", "Språk:",
// "Sprachen:", "Idiomas:", "I speak", "Jeg taler", "Jag pratar", "Ich spreche", "Hablo").
// prettier-ignore
const CUES = defineVocabulary([
  'languages', 'language', 'lang', 'sprog', 'språk', 'sprachen', 'sprache', 'idiomas', 'idioma', 'lingue',
  'speak', 'speaks', 'speaking', 'taler', 'snakker', 'talar', 'pratar', 'snakkar', 'spreche', 'spricht',
  'hablo', 'falo', 'parlo', 'parle',
]);

/** Whether `at` starts a flag: two regional indicator letters U+1F1E6–U+1F1FF (D83C DDE6–DDFF). */
function isFlagAt(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0xd83c &&
    isRegionalLow(text.charCodeAt(at + 1)) &&
    text.charCodeAt(at + 2) === 0xd83c &&
    isRegionalLow(text.charCodeAt(at + 3))
  );
}
function isRegionalLow(c: number): boolean {
  return c >= 0xdde6 && c <= 0xddff;
}

// . ! ? newline ; end the clause whose flags are languages.
function isClauseEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 59;
}

// How far after the cue the flags of its clause are read.
const FLAG_REACH = 80;

// A list of upper-case codes right after the cue and its colon: "UA, RU, EN", "DK/EN", "EN and RU",
// ending where no word follows (so "NO english" is no list).
const CODE_LIST =
  /[ \t]*[:\-–]?[ \t]*([A-Z]{2}(?:[ \t]*(?:[,/&+|]|and|og|und)[ \t]*[A-Z]{2}|[ \t]+[A-Z]{2})*)(?![\p{L}\p{N}])(?![ \t]*\p{L})/uy;
const CODE = /[A-Z]{2}/g;

interface Marks {
  /** The languages read, in text order. */
  languages: LanguageMark[];
  /** Starts of every flag in a clause of languages, known country or not (none is an origin). */
  flags: number[];
}

// Facts and detectors read the same texts of a batch of ads one after the other.
const recent = new RecentTexts<Marks>();
const NONE: Marks = { languages: [], flags: [] };

/**
 * Flags and codes that name languages spoken: those after a languages heading or speak verb. In
 * `field` mode (a structured `languages` entry) the whole entry is such a list.
 */
export function findLanguageMarks(text: string, field = false): LanguageMark[] {
  if (field) {
    const marks: Marks = { languages: [], flags: [] };
    marksAfter(text, 0, marks, true);
    return marks.languages;
  }
  return marksOf(text).languages;
}

/** Whether the flag at `start` is in a clause of languages spoken (so it is no origin). */
export function isLanguageFlag(text: string, start: number): boolean {
  return marksOf(text).flags.includes(start);
}

function marksOf(text: string): Marks {
  const kept = recent.get(text);
  if (kept !== undefined) return kept;
  const hits = vocabHitsOf(text);
  const flags = (hits.signs & SIGN_D83C) !== 0;
  let marks = NONE;
  // A cue inside the stretch an earlier cue read ("Speak languages: 🇬🇧") reads nothing new.
  let readTo = -1;
  const read = (cueEnd: number): void => {
    if (cueEnd < readTo) return;
    if (marks === NONE) marks = { languages: [], flags: [] };
    readTo = marksAfter(text, cueEnd, marks, flags);
  };
  const readHead = (at: number): void => {
    if (at < readTo) return;
    const found: Marks = { languages: [], flags: [] };
    readTo = flagsAfterHead(text, headEnd(text, at), found);
    // Codes instead of flags: "🗣 PL/EN", "🗣️ DK, EN".
    if (found.flags.length === 0) readTo = marksAfter(text, headEnd(text, at), found, false);
    if (found.flags.length === 0 && found.languages.length === 0) return;
    if (marks === NONE) marks = { languages: [], flags: [] };
    marks.languages.push(...found.languages);
    marks.flags.push(...found.flags);
  };
  // Cues in text order: the words, and the speaking head among them (flags are there too then).
  // The head before codes ("🗣 PL/EN") needs no flag in the text: one indexOf, most texts have none.
  let head = text.indexOf(SPEAKING_HEAD);
  for (let h = 0; h < hits.count; h++) {
    if ((hits.masks[h]! & CUES.bit) === 0) continue;
    for (; head >= 0 && head < hits.ends[h]!; head = text.indexOf(SPEAKING_HEAD, head + 2)) readHead(head);
    read(hits.ends[h]!);
  }
  for (; head >= 0; head = text.indexOf(SPEAKING_HEAD, head + 2)) readHead(head);
  return recent.keep(text, marks);
}

/**
 * 🗣 (a speaking head, U+1F5E3) before flags names the languages spoken, as emoji ads head their
 * lines: "🗣️ 🇹🇭 + lidt 🇬🇧", "🗣 🇵🇱 🇬🇧 🇩🇰(lidt)"; so does it before upper-case codes ("🗣 PL/EN").
 */
const SPEAKING_HEAD = '\u{1F5E3}';

// What may stand between the flags after a speaking head: separators, "and", and amounts ("lidt",
// "a little", "(lidt)") on the same line. Anything else ends the list: in "🗣️ Ring gerne, 🇷🇴 pige" the flag is hers.
const BETWEEN_HEAD_FLAGS =
  /(?:[ \t,/&+|·-]|\uFE0F|(?:og|and|und|lidt|little|a little|a bit|bit|basic|some|lite|wenig|ein bisschen)(?![\p{L}])|\((?:lidt|little|a little|a bit|basic|some)\))+/uy;

/** The flags right after a speaking head, into `marks`; returns where they end. */
function flagsAfterHead(text: string, from: number, marks: Marks): number {
  let i = from;
  for (;;) {
    BETWEEN_HEAD_FLAGS.lastIndex = i;
    if (BETWEEN_HEAD_FLAGS.test(text)) i = BETWEEN_HEAD_FLAGS.lastIndex;
    if (!isFlagAt(text, i)) return i;
    const code = languageOfFlag(text, i);
    if (code !== null) marks.languages.push({ code, start: i, end: i + 4 });
    marks.flags.push(i);
    i += 4;
  }
}

/** Where the speaking head at `at` ends, with its emoji presentation selector (U+FE0F) if any. */
function headEnd(text: string, at: number): number {
  return text.charCodeAt(at + 2) === 0xfe0f ? at + 3 : at + 2;
}

/**
 * Reads the codes right after `from`, or else the flags up to the end of its clause, into `marks`;
 * returns where the reading stopped.
 */
function marksAfter(text: string, from: number, marks: Marks, flags: boolean): number {
  CODE_LIST.lastIndex = from;
  const list = CODE_LIST.exec(text);
  if (list !== null) {
    const found: LanguageMark[] = [];
    const base = CODE_LIST.lastIndex - list[1]!.length;
    let known = true;
    CODE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CODE.exec(list[1]!)) !== null) {
      const code = languageOfCode(m[0]);
      if (code === null) known &&= m[0] === 'UK';
      else found.push({ code, start: base + m.index, end: base + m.index + 2 });
    }
    // "Speak: OK" is no list, and "NO" alone is the word, not Norwegian.
    if (known && !(list[1] === 'NO')) marks.languages.push(...found);
    return CODE_LIST.lastIndex;
  }
  if (!flags) return from;
  const stop = Math.min(text.length, from + FLAG_REACH);
  let i = from;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) break;
    if (c !== 0xd83c || !isFlagAt(text, i)) continue;
    const code = languageOfFlag(text, i);
    if (code !== null) marks.languages.push({ code, start: i, end: i + 4 });
    marks.flags.push(i);
    i += 3;
  }
  return i;
}
