import type { Rng } from './prng.js';
import { digitWords } from './vocab.js';

/**
 * Invented phone numbers: Danish 8-digit numbers starting 2-9, and foreign mobiles (+40, +380,
 * +234) as used by some networks. Canonical form is E.164; the page shows one of several
 * human formats, some of them obfuscated the way ads dodge scrapers.
 */

export type PhoneStyle = 'spaced' | 'plain' | 'intl' | 'dotted' | 'words';

/** A new invented number in E.164. */
export function inventPhone(rng: Rng, prefix: '+45' | '+40' | '+380' | '+234' = '+45'): string {
  const digits = (n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  switch (prefix) {
    case '+45':
      return `+45${rng.int(2, 9)}${digits(7)}`;
    case '+40':
      return `+407${rng.int(2, 8)}${digits(7)}`;
    case '+380':
      return `+380${rng.pick(['50', '63', '67', '68', '93', '97'])}${digits(7)}`;
    case '+234':
      return `+234${rng.pick(['803', '806', '813', '816', '903'])}${digits(7)}`;
  }
}

/** Splits a Danish national number "22334455" into pairs "22 33 44 55". */
function pairs(national: string): string[] {
  return national.match(/.{1,2}/g) ?? [national];
}

/** Writes some digits as English words, keeping the number recoverable: "2two 33 44 5five". */
function withWords(national: string, rng: Rng): string {
  const groups = pairs(national);
  return groups
    .map((g) => (rng.chance(0.5) && g.length === 2 ? `${g[0]}${digitWords[Number(g[1])]}` : g))
    .join(' ');
}

/**
 * How a page shows an E.164 number. Danish numbers vary between formats; foreign numbers are
 * always shown with their country code (otherwise they would read as Danish).
 */
export function showPhone(e164: string, style: PhoneStyle, rng: Rng): string {
  if (!e164.startsWith('+45')) {
    const cc = e164.startsWith('+380') ? '+380' : e164.slice(0, 3);
    const rest = e164.slice(cc.length);
    return style === 'plain' ? e164 : `${cc} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  }
  const national = e164.slice(3);
  switch (style) {
    case 'spaced':
      return pairs(national).join(' ');
    case 'plain':
      return national;
    case 'intl':
      return `+45 ${pairs(national).join(' ')}`;
    case 'dotted':
      return pairs(national).join('.');
    case 'words':
      return withWords(national, rng);
  }
}

/** A display style, obfuscated at `obfuscateRate`. */
export function pickPhoneStyle(rng: Rng, obfuscateRate: number): PhoneStyle {
  if (rng.chance(obfuscateRate)) return rng.pick(['dotted', 'words'] as const);
  return rng.pick(['spaced', 'spaced', 'plain', 'intl'] as const);
}
