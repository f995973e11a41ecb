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
 * (".", "*", "-", "_" or a space): "u.b.e.s.k.y.t.t.e.t", "s e x", "o-w-o"; or two letters joined
 * by "*" ("B*B"), a filter's dodge. A closing mark after the last letter stays (a full stop).
 */
const SPELT =
  /(?<![\p{L}\p{N}])\p{L}(?:([.*\-_ ])\p{L})(?:\1\p{L})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}*])\p{L}\*\p{L}(?![\p{L}\p{N}*])/gu;

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
    if (text.charCodeAt(i + 2) === c && text.charCodeAt(i - 2) !== c) {
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
    const joined = spelt.replace(/[.*\-_ ]/gu, '');
    edits.push({ start: m.index, end: m.index + spelt.length, text: joined });
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
