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

/** E-mail addresses in free text, including lightly obfuscated ones. */
export function extractEmails(text: string): EmailMatch[] {
  if (!EMAIL_CUE.test(text) || !EMAIL_HINT.test(text)) return [];
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
