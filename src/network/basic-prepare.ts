import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js';
import type { PreparedAd } from '../indicators/define.js';
import type { AdInput } from '../shared/types.js';
import { canonicalCity, findCity } from './cities.js';

/**
 * A minimal stand-in for `extract/`'s `prepareAd`, so that the network can be evaluated and
 * tested on its own: phones (with the common obfuscations), e-mails, Telegram/Snapchat handles
 * and the town. `extract/` is the real preparation; switch callers to it once it exists.
 */

const digitWords: Record<string, string> = {
  zero: '0', nul: '0', one: '1', en: '1', two: '2', to: '2', three: '3', tre: '3', four: '4', fire: '4',
  five: '5', fem: '5', six: '6', seks: '6', seven: '7', syv: '7', eight: '8', otte: '8', nine: '9', ni: '9',
};
const wordAlt = Object.keys(digitWords).join('|');

/** Turns "5two-71", "to-otte 41", "6O 55 21 3O" into digits where they touch other digits. */
export function deobfuscateDigits(text: string): string {
  const w = (m: string): string => digitWords[m.toLowerCase()] ?? m;
  let out = text;
  out = out.replace(new RegExp(`(\\d)(${wordAlt})\\b`, 'gi'), (_m, d: string, word: string) => d + w(word));
  out = out.replace(new RegExp(`\\b(${wordAlt})(?=[-.]?\\d)`, 'gi'), (m: string) => w(m));
  out = out.replace(new RegExp(`\\b(${wordAlt})-(${wordAlt})(?=[\\s.-]*\\d)`, 'gi'), (_m, a: string, b: string) => w(a) + w(b));
  out = out.replace(/(\d)[Oo]\b/g, '$10').replace(/\b[Oo](\d)/g, '0$1');
  return out;
}

function phonesOf(ad: AdInput): string[] {
  const country = (ad.country ?? 'DK').toUpperCase() as CountryCode;
  const sources = [...(ad.phones ?? []), ad.title ?? '', ad.text ?? ''];
  const phones = new Set<string>();
  for (const source of sources) {
    const clear = deobfuscateDigits(source);
    for (const found of findPhoneNumbersInText(clear, country)) phones.add(found.number.number);
    // libphonenumber's metadata rejects invented or unassigned ranges; any 8-digit Danish
    // number is still a contact key for linking.
    if (country === 'DK') {
      for (const m of clear.matchAll(/(?<![\d+])\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}(?![\d])/g)) {
        phones.add(`+45${m[0].replace(/\D/g, '')}`);
      }
    }
  }
  return [...phones];
}

/** Prepares an ad with just the facts the network reads. */
export function basicPrepare(ad: AdInput): PreparedAd {
  const text = `${ad.title ?? ''}\n${ad.text ?? ''}`;
  const emails = new Set((ad.emails ?? []).map((e) => e.toLowerCase()));
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) emails.add(m[0].toLowerCase());
  const messaging = new Set<string>();
  for (const m of text.matchAll(/\b(telegram|snapchat|snap|instagram)\b[:\s]*@?([\w.]{3,})/gi)) {
    messaging.add(`${m[1]!.toLowerCase()}:${m[2]!.toLowerCase()}`);
  }
  const city = canonicalCity(ad.city) ?? findCity(ad.title) ?? findCity(ad.text);
  return {
    ad,
    fields: [],
    facts: {
      phones: phonesOf(ad),
      emails: [...emails],
      messaging: [...messaging],
      age: null,
      hourly_price_dkk: null,
      nationalities: [],
      languages: [],
      cities: city ? [city] : [],
      services: [],
    },
  };
}
