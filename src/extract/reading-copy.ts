/**
 * The text as a reader reads it, for the extractors and detectors: ads copied from web pages keep
 * HTML entities and line-break tags ("K&oslash;benhavn", "Tlf&nbsp;31&nbsp;62", "<br>"), words
 * hyphenated at a line end ("Lit-\nauen", "kon-\ndom"), and words spelt out letter by letter to get
 * past a site's word filter ("u.b.e.s.k.y.t.t.e.t", "B*B", "s e x"). The reading copy decodes,
 * joins and closes these up; like the keycap copy (keycaps.ts) it keeps, for each of its offsets,
 * the offset in the text as written, so that evidence quotes and spans are those of the ad.
 *
 * Written by hand rather than with an HTML library: the ads are plain text, and only these few
 * leftovers need reading; a parser would also treat "<3" or "a < b" as markup.
 */

/** A reading copy and, per offset of it (its length included), the offset in the original. */
export interface ReadingCopy {
  text: string;
  original: Int32Array;
}

/** Named entities that ads carry: Danish letters, spaces, quotes and dashes. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  oslash: 'ø',
  Oslash: 'Ø',
  aelig: 'æ',
  AElig: 'Æ',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  szlig: 'ß',
  euro: '€',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
/** Line-break and paragraph tags read as a line break; inline formatting tags read as nothing. */
const TAG = /<(\/?)(br|p|div|b|i|u|em|strong|span|li|ul)(?:\s[^<>]{0,80})?\s*\/?>/gi;
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul']);
/**
 * A word broken at a line end: a letter, a hyphen, the line break, a lower-case letter. Not when the
 * next word is a conjunction: "massage-\nog kropsbehandling" keeps its hyphen (a shared ending).
 */
const HYPHENATED =
  /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})(?!(?:og|eller|and|or|und|oder|samt|y|e|i|a)(?![\p{L}]))/gu;
/**
 * A word spelt letter by letter: three or more single letters joined by one and the same mark
 * (".", "*", "-", "_" or a space): "u.b.e.s.k.y.t.t.e.t", "s e x", "o-w-o", also with a digit for
 * a letter inside ("p 1 m p", "k.0.k.s"); or two letters joined
 * by "*" ("B*B"), a filter's dodge. A closing mark after the last letter stays (a full stop).
 */
const SPELT =
  /(?<![\p{L}\p{N}])\p{L}(?:([.*\-_ ])[\p{L}013457])(?:\1[\p{L}013457])*(?:\1\p{L})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}*])\p{L}\*\p{L}(?![\p{L}\p{N}*])/gu;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The reading copy of `text`, or null when there is nothing to read differently (most texts). */
export function readingCopy(written: string): ReadingCopy | null {
  // Decorative letters first, so that "𝐍 𝐄 𝐖" is spelt out as "N E W" is.
  const plain = DECORATIVE_HINT.test(written) ? plainLetters(written) : null;
  const text = plain?.text ?? written;
  const edits: Edit[] = [];
  if (text.indexOf('&') >= 0) entityEdits(text, edits);
  if (text.indexOf('<') >= 0) tagEdits(text, edits);
  if (text.indexOf('-\n') >= 0 || text.indexOf('- \n') >= 0 || text.indexOf('-\r\n') >= 0)
    hyphenEdits(text, edits);
  if (maySpellOut(text)) speltEdits(text, edits);
  if (mayBeLeet(text)) leetEdits(text, edits);
  if (mayMixScripts(text)) lookAlikeEdits(text, edits);
  if (mayWriteDigitsAsLetters(text)) digitLetterEdits(text, edits);
  if (text.indexOf('#') >= 0) hashtagEdits(text, edits);
  if (edits.length === 0) return plain;
  const copy = apply(text, edits);
  if (plain !== null)
    for (let i = 0; i < copy.original.length; i++) copy.original[i] = plain.original[copy.original[i]!]!;
  return copy;
}

/**
 * Letters and digits dressed up to stand out, which a reader reads as plain ones: the mathematical
 * bold, italic, script, Fraktur and monospace alphabets ("𝐍𝐲 𝐢 𝐛𝐲𝐞𝐧", "𝓎ℴ𝓊𝓃ℊ ℊ𝒾𝓇𝓁", "𝟐𝟔 𝟒𝟏"; the
 * script letters Unicode had before, "ℊ", "ℴ", "ℯ", stand in their gaps), the full-width ones
 * ("ＮＥＷ ＧＩＲＬＳ", "５３ ２７") and the small capitals ("ɴᴏ ʟɪᴍɪᴛꜱ"). Each reads as one plain
 * character; other compatibility forms ("™", "½", "ﬁ") are left as written.
 */
const DECORATIVE_HINT =
  /[\uD835\uFF01-\uFF5E\u210A-\u2134\u1D00-\u1D22\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F\uA730\uA731]/;
const DECORATIVE =
  /\uD835[\uDC00-\uDFFF]|[\uFF01-\uFF5E\u210A-\u2134\u1D00-\u1D22\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F\uA730\uA731]/g;
/**
 * The small capitals, which have no compatibility form ("ᴀ" is an IPA letter to Unicode), read as
 * the capitals they look like: "ɪ ᴀᴍ ᴄᴀʀᴍᴇɴ, 34" is "I AM CARMEN, 34", her name and age.
 */
const SMALL_CAPITALS: Record<string, string> = {
  ᴀ: 'A',
  ʙ: 'B',
  ᴄ: 'C',
  ᴅ: 'D',
  ᴇ: 'E',
  ꜰ: 'F',
  ɢ: 'G',
  ʜ: 'H',
  ɪ: 'I',
  ᴊ: 'J',
  ᴋ: 'K',
  ʟ: 'L',
  ᴍ: 'M',
  ɴ: 'N',
  ᴏ: 'O',
  ᴘ: 'P',
  ʀ: 'R',
  ꜱ: 'S',
  ᴛ: 'T',
  ᴜ: 'U',
  ᴠ: 'V',
  ᴡ: 'W',
  ʏ: 'Y',
  ᴢ: 'Z',
};
const plainOf = new Map<string, string>();

function plainLetter(ch: string): string {
  let plain = plainOf.get(ch);
  if (plain === undefined) {
    const compatible = ch.normalize('NFKC');
    plain =
      SMALL_CAPITALS[ch] ??
      (compatible.length === 1 && /[\p{L}\p{N}\p{P}\p{S}]/u.test(compatible) ? compatible : ch);
    plainOf.set(ch, plain);
  }
  return plain;
}

function plainLetters(text: string): ReadingCopy | null {
  const edits: Edit[] = [];
  DECORATIVE.lastIndex = 0;
  for (let m = DECORATIVE.exec(text); m !== null; m = DECORATIVE.exec(text)) {
    const plain = plainLetter(m[0]);
    if (plain !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: plain });
  }
  return edits.length === 0 ? null : apply(text, edits);
}

function entityEdits(text: string, edits: Edit[]): void {
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
    let decoded: string | undefined;
    if (m[1] !== undefined || m[2] !== undefined) {
      const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
      if (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff))
        decoded = code === 0xa0 ? ' ' : String.fromCodePoint(code);
    } else decoded = NAMED[m[3]!] ?? NAMED[m[3]!.toLowerCase()];
    if (decoded !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, text: decoded });
  }
}

function tagEdits(text: string, edits: Edit[]): void {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const block = BLOCK_TAGS.has(m[2]!.toLowerCase());
    edits.push({ start: m.index, end: m.index + m[0].length, text: block ? '\n' : '' });
  }
}

function hyphenEdits(text: string, edits: Edit[]): void {
  HYPHENATED.lastIndex = 0;
  for (let m = HYPHENATED.exec(text); m !== null; m = HYPHENATED.exec(text))
    edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
}

/** A hashtag: "#newintown", "#26", "#1time1200kr" (not "#" alone, nor "nr.#3" inside a word). */
const HASHTAG = /(?<![\p{L}\p{N}&])#[\p{L}\p{N}][\p{L}\p{N}_]*/gu;
/** Where digits and letters meet inside a tag: "1time1200kr", "1h1200kr". */
const DIGITS_AND_LETTERS = /(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/gu;
/** So many tags that the ad is written in them, not an ad with a tag or two at its end. */
const TAG_CLOUD = 5;

/**
 * An ad written as a cloud of hashtags ("#Sol #26 #nyibyen #1time1200kr #52198430") reads as the
 * words it would have had: the marks are left out and a tag's run-together number and word come
 * apart ("1 time 1200 kr"), so that her age, price and phone read as in plain text. Only in a
 * cloud: one "#3" or "#1 in town" in a written ad is a number or a rank.
 */
function hashtagEdits(text: string, edits: Edit[]): void {
  const tags: RegExpExecArray[] = [];
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(text); m !== null; m = HASHTAG.exec(text)) tags.push(m);
  if (tags.length < TAG_CLOUD) return;
  for (const m of tags) {
    // Dropped after a space ("Sol 26" is a name and her age; "Sol  26" is read as two things).
    const spaced = m.index === 0 || /\s/.test(text[m.index - 1]!);
    edits.push({ start: m.index, end: m.index + 1, text: spaced ? '' : ' ' });
    const tag = m[0];
    DIGITS_AND_LETTERS.lastIndex = 0;
    for (let b = DIGITS_AND_LETTERS.exec(tag); b !== null; b = DIGITS_AND_LETTERS.exec(tag)) {
      edits.push({ start: m.index + b.index, end: m.index + b.index, text: ' ' });
      DIGITS_AND_LETTERS.lastIndex++;
    }
  }
}

/** Whether some letter has a mark after it and another letter, then the same mark again, or "x*y". */
function maySpellOut(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 42 && c !== 45 && c !== 95 && c !== 32) continue;
    if (c === 42) return true;
    // A space may also stand before the first letter: "Åben d ø g n e t", a word after a word.
    if (text.charCodeAt(i + 2) === c && (c === 32 || text.charCodeAt(i - 2) !== c)) {
      // "x.y.z": a single character on each side of the first mark.
      const before = text.charCodeAt(i - 2);
      if (Number.isNaN(before) || before === 32 || before === 10 || before === 40) return true;
    }
  }
  return false;
}

function speltEdits(text: string, edits: Edit[]): void {
  SPELT.lastIndex = 0;
  for (let m = SPELT.exec(text); m !== null; m = SPELT.exec(text)) {
    const spelt = m[0];
    let joined = spelt.replace(/[.*\-_ ]/gu, '');
    // A digit for a letter among them ("p 1 m p", see LEET) with three letters or more: not "i 1 t"
    // (for one hour).
    if (/\d/u.test(joined)) {
      if (joined.replace(/\d/gu, '').length < 3) continue;
      joined = joined.replace(/\d/gu, (d) => LEET[d] ?? d);
    }
    edits.push({ start: m.index, end: m.index + spelt.length, text: joined });
  }
}

/**
 * Digits and signs written for the letters they look like, to get past a word filter ("k0k4in",
 * "engl1sh", "r0man1an", "fr!endly", "gr@ns3r", "hav3", "3xtr3m3", "g00d"): "0" reads as "o", "1" as "i"
 * ("l" after an "i": "avai1able"), "3" as "e", "4" as "a", "5" as "s", "7" as "t", "@" as "a" and
 * "!" as "i". Only a single sign between two letters, at the end of a word after two letters
 * ("hav3"; "0", "3" and "4" only; and "n0", "s0", "t0", "g0", "d0": no, so, to, go, do), or at its
 * start when the word has one inside too; and only in
 * a word with at least two other letters than O, o, I and l, so that numbers written with letters
 * ("2O3O 4O5O", "7l 39"), prices and units ("1time", "1h30", "2x1h") and ordinals ("1st") stay as
 * written, as do e-mail addresses, web addresses and handles ("jul1a@mail.dk", "site.dk/p4ge").
 */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  '!': 'i',
};
const LEET_AT_END = new Set(['0', '3', '4']);
/** Two-letter words written with a zero: "n0" (no), "s0", "t0", "g0", "d0". */
const SHORT_WORDS = new Set(['n', 's', 't', 'g', 'd']);
const LEET_WORD = /[\p{L}\p{N}@!]+/gu;
const LETTER_CHAR = /\p{L}/u;

/** An e-mail address from its user name on: "models@elite-cph.example". */
const EMAIL_AFTER = /^[\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+\.\p{L}/u;
/** Number words, which a phone number in digits and words has beside its digits. */
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten nul en et to tre fire fem seks syv otte ni ti'.split(
    ' ',
  ),
);

/** The letters right before (`step` -1) or after (1) `k` in `word`, lower case. */
function runOf(word: string, k: number, step: -1 | 1): string {
  let i = k + step;
  while (i >= 0 && i < word.length && LETTER_CHAR.test(word[i]!)) i += step;
  return (step < 0 ? word.slice(i + 1, k) : word.slice(k + 1, i)).toLowerCase();
}

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && LETTER_CHAR.test(String.fromCharCode(c));
}

/** Whether some digit 0, 1, 3, 4, 5 or 7, "@" or "!" stands between two letters or ends a word. */
function mayBeLeet(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 64 || c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55)
      if (isLetterCode(text.charCodeAt(i - 1))) {
        const next = text.charCodeAt(i + 1);
        if (isLetterCode(next)) return true;
        if (c === 48 && next === 48 && isLetterCode(text.charCodeAt(i + 2))) return true;
        // "hav3", "n0" at a word's end.
        if ((c === 48 || c === 51 || c === 52) && !isLetterCode(next) && (next < 48 || next > 57))
          return true;
      }
  }
  return false;
}

function leetEdits(text: string, edits: Edit[]): void {
  LEET_WORD.lastIndex = 0;
  for (let m = LEET_WORD.exec(text); m !== null; m = LEET_WORD.exec(text)) {
    const word = m[0];
    const before = text.charAt(m.index - 1);
    const after = text.slice(m.index + word.length, m.index + word.length + 2);
    // Addresses, links and handles: "jul1a@mail.dk", "site.dk/p4ge", "mads_kbh",
    // "booking@velvet-escort.dk".
    if (before === '/' || before === '.' || before === '_' || /^(?:[._/]\p{L}|_)/u.test(after)) continue;
    if (word.includes('@') && EMAIL_AFTER.test(text.slice(m.index, m.index + word.length + 64))) continue;
    let letters = 0;
    let signs = 0;
    for (let k = 0; k < word.length; k++) {
      const ch = word[k]!;
      if (LETTER_CHAR.test(ch)) {
        if (ch !== 'O' && ch !== 'o' && ch !== 'I' && ch !== 'l') letters++;
      } else if (!(ch === '0' && word[k - 1] === '0')) signs++;
    }
    if ((letters < 2 || letters <= signs) && !(word.length === 2 && word[1] === '0')) continue;
    const isLetter = (k: number): boolean => k >= 0 && k < word.length && LETTER_CHAR.test(word[k]!);
    const found: { at: number; text: string }[] = [];
    let inner = false;
    for (let k = 0; k < word.length; k++) {
      const ch = word[k]!;
      const plain = LEET[ch];
      if (plain === undefined) continue;
      // A double "o" as two zeros: "g00d", "l00king".
      const between =
        (isLetter(k - 1) && isLetter(k + 1)) ||
        (ch === '0' &&
          ((word[k + 1] === '0' && isLetter(k - 1) && isLetter(k + 2)) ||
            (word[k - 1] === '0' && isLetter(k - 2) && isLetter(k + 1))));
      const atEnd =
        k === word.length - 1 &&
        isLetter(k - 1) &&
        LEET_AT_END.has(ch) &&
        (letters >= 2 || (word.length === 2 && SHORT_WORDS.has(word[0]!.toLowerCase()) && ch === '0'));
      const atStart = k === 0 && ch !== '!' && ch !== '@' && isLetter(1);
      if (!between && !atEnd && !atStart) continue;
      // A phone number in digits and words: "two0four", "7three4".
      if (
        ch >= '0' &&
        ch <= '9' &&
        (NUMBER_WORDS.has(runOf(word, k, -1)) || NUMBER_WORDS.has(runOf(word, k, 1)))
      )
        continue;
      if (between) inner = true;
      const prev = word[k - 1] ?? '';
      const next = word[k + 1] ?? '';
      let letter = ch === '1' && (prev === 'i' || prev === 'I') ? 'l' : plain;
      const upper = (s: string): boolean => s !== '' && s === s.toUpperCase() && s !== s.toLowerCase();
      if ((upper(prev) || prev === '') && (upper(next) || next === '') && (prev !== '' || next !== ''))
        letter = letter.toUpperCase();
      found.push({ at: k, text: letter });
    }
    if (found.length > 0 && found[0]!.at === 0 && !inner) found.shift();
    for (const f of found) edits.push({ start: m.index + f.at, end: m.index + f.at + 1, text: f.text });
  }
}

/**
 * Cyrillic letters that look like Latin ones, typed inside a word in Latin letters to get past a
 * word filter ("kоndоm", "Ukrаine", "nyе рigеr", "cоkе"): they read as the Latin letters. A word
 * all in Cyrillic letters ("русский", "ВВ") is left as written.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
};
const MIXED_WORD = /[\p{L}]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-zA-Z]/;

/** Whether some Cyrillic letter stands beside a Latin one. */
function mayMixScripts(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const cyrillicA = a >= 0x400 && a <= 0x4ff;
    const cyrillicB = b >= 0x400 && b <= 0x4ff;
    // A Latin letter beside it (ASCII first: no class test per Cyrillic letter of a Russian ad).
    if ((cyrillicA && b < 128 && isLetterCode(b)) || (cyrillicB && a < 128 && isLetterCode(a))) return true;
  }
  return false;
}

function lookAlikeEdits(text: string, edits: Edit[]): void {
  MIXED_WORD.lastIndex = 0;
  for (let m = MIXED_WORD.exec(text); m !== null; m = MIXED_WORD.exec(text)) {
    const word = m[0];
    if (!CYRILLIC.test(word) || !LATIN.test(word)) continue;
    // Only when every Cyrillic letter has a Latin look-alike: "Kаtja", not a word of two scripts.
    let plain = '';
    for (const ch of word) plain += CYRILLIC.test(ch) ? (LOOK_ALIKES[ch] ?? '\u0000') : ch;
    if (plain.includes('\u0000')) continue;
    for (let k = 0; k < word.length; k++)
      if (plain[k] !== word[k]) edits.push({ start: m.index + k, end: m.index + k + 1, text: plain[k]! });
  }
}

/**
 * Numbers with letters for the digits they look like, "O" or "o" for 0 and "l" or "I" for 1:
 * "Åbent O8–O2", "0O-24", "6O 27 14 93", "7l 39 26 O4". Only a word of digits and these letters
 * alone, with a digit in it: "Ole", "lO", "1st" and "2x1h" stay as written.
 */
const DIGIT_WORD = /(?<![\p{L}\p{N}])[\dOolI]*\d[\dOolI]*(?![\p{L}\p{N}])/gu;
const DIGIT_LETTERS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

/** Whether "O", "o", "l" or "I" stands beside a digit. */
function mayWriteDigitsAsLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 79 && c !== 111 && c !== 108 && c !== 73) continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57)) return true;
  }
  return false;
}

function digitLetterEdits(text: string, edits: Edit[]): void {
  DIGIT_WORD.lastIndex = 0;
  for (let m = DIGIT_WORD.exec(text); m !== null; m = DIGIT_WORD.exec(text)) {
    const word = m[0];
    for (let k = 0; k < word.length; k++) {
      const digit = DIGIT_LETTERS[word[k]!];
      if (digit !== undefined) edits.push({ start: m.index + k, end: m.index + k + 1, text: digit });
    }
  }
}

/** Applies non-overlapping edits (the first of two overlapping ones wins) and maps the offsets. */
function apply(text: string, edits: Edit[]): ReadingCopy {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const original: number[] = [];
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    for (let i = at; i < e.start; i++) original.push(i);
    out += text.slice(at, e.start);
    // Every character of a replacement lies where the replaced text begins.
    for (let j = 0; j < e.text.length; j++) original.push(e.start);
    out += e.text;
    at = e.end;
  }
  for (let i = at; i < text.length; i++) original.push(i);
  out += text.slice(at);
  original.push(text.length);
  return { text: out, original: Int32Array.from(original) };
}

/**
 * The span in the original text of the span [start, end) of a copy, given its offset map (see
 * ReadingCopy.original; the keycap copy's map has the same form, see keycaps.ts).
 */
export function mapSpan(o: Int32Array, start: number, end: number): { start: number; end: number } {
  const last = o.length - 1;
  const from = o[Math.min(start, last)]!;
  // An end inside a replacement ("ubeskyt|tet" of "u.b.e.s.k.y.t.t.e.t") reaches its end: the
  // characters of a replacement share one offset, and the next offset is where it ends.
  let k = Math.min(end, last);
  while (k < last && k > 0 && o[k] === o[k - 1]) k++;
  return { start: from, end: Math.max(from, o[k]!) };
}
