import { lowerTwinText } from './scan.js';
import { defineVocabulary, SIGN_AT, vocabHitsOf } from './vocab-scan.js';

/** An e-mail address found in text, normalised to lower case. */
export interface EmailMatch {
  email: string;
  start: number;
  end: number;
}

// Plain addresses and light obfuscation: "name (at) example.invalid", "navn[at]example[dot]invalid",
// "name at example dot invalid" (the spelled-out form only with "dot", to avoid prose).
const EMAIL =
  /(?<![\w.+-])([\w.+-]+)\s*(?:@|\(at\)|\[at\]|\{at\}|\s\(?snabel-?a\)?\s|\sat\s(?=[\w-]+\s(?:dot|punktum)\s))\s*([\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\{dot\}|\sdot\s|\spunktum\s)\s*[\w-]+)+)/giu;
// Something every match of EMAIL contains: "@", a bracketed "at", "snabel", or a spelled-out
// "at … dot". Stricter than a bare "at" (an everyday English word), so prose skips EMAIL.
const EMAIL_HINT = /@|[([{]at[)\]}]|snabel|\sat\s[\w-]+\s(?:dot|punktum)\s/iu;

// Something every EMAIL_HINT match holds, without its `\sat\s` branch that is tried at every space:
// "@", "at" + bracket, "snabel", "dot" or "punktum" ("ſ" and the Kelvin sign are the letters /iu
// folds onto "s" and "k" and plain /i does not). Most ads hold none and skip EMAIL_HINT.
const EMAIL_CUE = /@|at[)\]}]|[s\u017f]nabel|dot|pun[k\u212a]tum/i;
const DOT = /\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|\spunktum\s|\.)\s*/giu;

// Every EMAIL match holds an "@", a bracketed "at" ("(at)"), "snabel-a" (the run "snabel" or
// "snabela"), or the run "at" with "dot"/"punktum" later. These words come from the shared
// vocabulary pass, so most ads are ruled out without another pass over their text.
const EMAIL_WORDS = defineVocabulary(['at', 'snabel', 'snabela', 'dot', 'punktum']);

/**
 * Whether a text may hold an address (see EMAIL_WORDS). A text without a lower-case twin
 * (holding "ſ", which /iu reads as "s") always may.
 */
function mayHoldEmail(text: string): boolean {
  if (lowerTwinText(text) === null) return true;
  const hits = vocabHitsOf(text);
  if ((hits.signs & SIGN_AT) !== 0) return true;
  let at = false;
  let dot = false;
  for (let h = 0; h < hits.count; h++) {
    if ((hits.masks[h]! & EMAIL_WORDS.bit) === 0) continue;
    const word = hits.words[h]!;
    if (word.startsWith('snabel')) return true;
    if (word === 'at') {
      const before = text.charCodeAt(hits.starts[h]! - 1);
      // "(", "[", "{"
      if (before === 40 || before === 91 || before === 123) return true;
      at = true;
    } else dot = true;
  }
  return at && dot;
}

/** E-mail addresses in free text, including lightly obfuscated ones. */
export function extractEmails(text: string): EmailMatch[] {
  if (!mayHoldEmail(text) || !EMAIL_CUE.test(text) || !EMAIL_HINT.test(text)) return [];
  const out: EmailMatch[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text)) !== null) {
    const domain = m[2]!.replace(DOT, '.').replace(/\.+$/, '');
    const tld = domain.split('.').pop() ?? '';
    if (!/^\p{L}{2,}$/u.test(tld)) continue;
    out.push({ email: `${m[1]!}@${domain}`.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Normalises a structured e-mail field, or null if it is not an address. */
export function normalizeEmail(raw: string): string | null {
  return extractEmails(raw)[0]?.email ?? null;
}
