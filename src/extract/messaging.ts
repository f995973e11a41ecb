import { extractPhones, type CountryCode } from './phones.js';
import { lowerTwinText } from './scan.js';
import { defineVocabulary, vocabHitsOf } from './vocab-scan.js';

/** A messaging id, normalised to `kind:handle` (`telegram:anna_cph`, `whatsapp:+2348035512947`). */
export interface MessagingMatch {
  id: string;
  start: number;
  end: number;
}

const APPS: Record<string, string> = {
  whatsapp: 'whatsapp',
  'whats app': 'whatsapp',
  wa: 'whatsapp',
  telegram: 'telegram',
  tg: 'telegram',
  snapchat: 'snapchat',
  snap: 'snapchat',
  sc: 'snapchat',
  signal: 'signal',
  kik: 'kik',
  viber: 'viber',
  wechat: 'wechat',
  line: 'line',
};

// "telegram: @anna_cph", "Snap anna.cph", "kik - anna99". Short ambiguous app names ("wa", "sc",
// "line", "snap") need the colon or an @ to count.
const HANDLE =
  /(?<![\p{L}])(whats\s?app|telegram|snapchat|signal|kik|viber|wechat|tg|wa|sc|snap|line)(\s*(?::|-|–)\s*@?|\s+@|\s+(?=[a-z][\w.]{2,}\d))([a-z][\w.]{2,31})/giu;
const PHONE_AFTER_APP =
  /(?<![\p{L}])(whats\s?app|signal|viber|telegram)(?:\s*(?:only|kun|:|-|–))*\s*([+0-9(][\d\s().+-]{6,24}\d)/giu;

// Every match of the patterns above starts with an app name at a letter-run start: HANDLE's
// names end the run (a separator follows), PHONE_AFTER_APP's may run on into "only"/"kun"
// ("signalonly"), and the trailing pattern's may run on into anything. So a text without such a
// run holds no messaging id, and most ads skip the patterns (and their whole-text gate) at once.
const APP_WORDS = defineVocabulary(
  [
    'whats',
    'whatsapp',
    'telegram',
    'snapchat',
    'signal',
    'kik',
    'viber',
    'wechat',
    'tg',
    'wa',
    'sc',
    'snap',
    'line',
  ],
  ['whats', 'signal', 'viber', 'telegram'],
);

/**
 * Whether a text may name a messaging app (see APP_WORDS). A text without a lower-case twin
 * (holding "ſ", which /iu reads as "s") always may.
 */
function mayNameApp(text: string): boolean {
  if (lowerTwinText(text) === null) return true;
  const hits = vocabHitsOf(text);
  for (let h = 0; h < hits.count; h++) if ((hits.masks[h]! & APP_WORDS.bit) !== 0) return true;
  return false;
}

/** Messaging ids in free text. WhatsApp/Signal/Viber/Telegram numbers are given as E.164. */
export function extractMessaging(text: string, country: CountryCode = 'DK'): MessagingMatch[] {
  if (!mayNameApp(text)) return [];
  if (!/whats|telegram|snap|signal|kik|viber|wechat|\btg\b|\bwa\b|\bsc\b|line/i.test(text)) return [];
  const out: MessagingMatch[] = [];
  HANDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HANDLE.exec(text)) !== null) {
    const app = APPS[m[1]!.toLowerCase().replace(/\s+/, ' ')] ?? m[1]!.toLowerCase();
    const sep = m[2]!;
    const short = ['wa', 'sc', 'snap', 'line', 'tg'].includes(m[1]!.toLowerCase());
    if (short && !/[:@]/.test(sep)) continue;
    const handle = m[3]!.replace(/\.+$/, '').toLowerCase();
    if (/^\d+$/.test(handle)) continue;
    out.push({
      id: `${app}:${handle}`,
      start: m.index,
      end: m.index + m[0].length - (m[3]!.length - handle.length),
    });
  }
  PHONE_AFTER_APP.lastIndex = 0;
  while ((m = PHONE_AFTER_APP.exec(text)) !== null) {
    const app = APPS[m[1]!.toLowerCase().replace(/\s+/, ' ')] ?? m[1]!.toLowerCase();
    const numStart = m.index + m[0].length - m[2]!.length;
    const phone = extractPhones(m[2]!, country)[0];
    if (phone) out.push({ id: `${app}:${phone.e164}`, start: m.index, end: numStart + phone.end });
  }
  // "+234 803 551 2947 (Viber/WhatsApp)": the app named right after the number.
  const trailing =
    /(\+?\d[\d\s().-]{6,20}\d)\s*\(?\s*((?:whats\s?app|viber|signal|telegram)(?:\s*[/&,]\s*(?:whats\s?app|viber|signal|telegram))*)\)?/giu;
  while ((m = trailing.exec(text)) !== null) {
    const phone = extractPhones(m[1]!, country)[0];
    if (!phone) continue;
    for (const name of m[2]!.toLowerCase().split(/\s*[/&,]\s*/)) {
      const app = APPS[name.replace(/\s+/, ' ')] ?? name;
      const id = `${app}:${phone.e164}`;
      if (!out.some((o) => o.id === id)) out.push({ id, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
