import { foldText, foldWord, townOfWord } from './cities.js';
import { fmix32, hashString } from './hash.js';
import { isNameWord } from './names.js';

/**
 * Text normalisation for near-copy detection. A copied template differs from copy to copy in
 * exactly the things we mask: the person's name, age, prices, phone number and town. Masking
 * them makes two copies of one template nearly identical while two different ads stay apart.
 */

/** Words after which a capitalised word is a name ("jeg hedder Mia", "this is Bianca"). */
const nameCues = new Set([
  'hedder',
  'is',
  'am',
  "i'm",
  'im',
  'er',
  'called',
  'kaldet',
  'nu',
  'presents',
  'massose',
  'meet',
]);

/** Placeholder tokens; they stay in the text so that the words around them keep their order. */
const NUM = '#';
const NAME = '@name';
const CITY = '@city';
const CONTACT = '@contact';

/** "Mia 23" is a name and an age; "Ring 22 48 15 93" is a phone number. */
function isAgeAt(raw: string[], i: number): boolean {
  return /^\d{2}$/.test(raw[i] ?? '') && !/^\d+$/.test(raw[i + 1] ?? '');
}

/**
 * Normalised word tokens of a text: folded to lowercase ASCII-ish letters, numbers, phones,
 * e-mails, handles, towns and names masked, runs of numbers collapsed ("22 48 15 93" = "42903671").
 */
export function normaliseTokens(text: string, ownName?: string | null): string[] {
  const own = ownName ? foldText(ownName) : null;
  let cleaned = text;
  // The contact patterns scan every word; most ads have no link, e-mail or handle at all.
  if (/https?:/i.test(cleaned)) cleaned = cleaned.replace(/\bhttps?:\/\/\S+/gi, ` ${CONTACT} `);
  if (cleaned.includes('@')) {
    cleaned = cleaned
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ` ${CONTACT} `)
      .replace(/@[\w.]{3,}/g, ` ${CONTACT} `);
  }
  const raw = cleaned.match(/@?[\p{L}\p{N}'’]+/gu) ?? [];
  const out: string[] = [];
  let prev = '';
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    let token: string;
    if (word.startsWith('@')) token = word;
    else if (/\p{N}/u.test(word)) token = NUM;
    else {
      const folded = foldWord(word);
      const capitalised = folded.charAt(0) !== word.charAt(0) && /^\p{Lu}\p{Ll}+$/u.test(word);
      if (own !== null && folded === own) token = NAME;
      else if (townOfWord(folded) !== undefined) token = CITY;
      else if (capitalised && nameCues.has(prev)) token = NAME;
      else if (capitalised && isAgeAt(raw, i + 1) && isNameWord(word)) token = NAME;
      else token = folded;
      prev = folded;
    }
    if (token === NUM && out[out.length - 1] === NUM) continue;
    out.push(token);
  }
  return out;
}

/** Distinct words among normalised tokens, the placeholders of masked numbers, names, towns and contacts left out. */
export function countWords(tokens: readonly string[]): number {
  const words = new Set<string>();
  for (const t of tokens) if (t !== NUM && !t.startsWith('@')) words.add(t);
  return words.size;
}

/** Distinct hashed word trigrams of a token list (one "shingle" for texts of 1 to 3 words). */
export function shingleHashes(tokens: string[]): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const h = tokens.map((t) => hashString(t));
  const set = new Set<number>();
  if (h.length < 3) {
    set.add(fmix32(h.reduce((a, b) => Math.imul(a, 31) ^ b, 17)));
  } else {
    for (let i = 0; i + 2 < h.length; i++) {
      set.add(fmix32(Math.imul(h[i]!, 0x9e3779b1) ^ Math.imul(h[i + 1]!, 0x85ebca77) ^ h[i + 2]!));
    }
  }
  return Uint32Array.from(set);
}

/** Exact Jaccard similarity of two shingle sets (for calibration and tests). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const sa = new Set(a);
  let inter = 0;
  for (const x of b) if (sa.has(x)) inter++;
  return inter / (a.length + b.length - inter);
}
