/**
 * Spans of a text whose digits never belong to a phone number: prices, dates, "24/7", time ranges,
 * opening hours after a day word, and company, bank account, ad and order numbers after their label.
 */
import { execNotAfter } from './scan.js';

const DAY =
  '(?:kl|alle dage|dagligt|daily|hverdage|weekend|man|mandag|tirs|tirsdag|ons|onsdag|tors|torsdag|fre|fredag|lør|lørdag|søn|søndag|mon|tue|wed|thu|fri|sat|sun|open|opening|åben|åbent|hours|fra|from)';
// A label that each company or account number mask needs (a cheap filter: "reg" is also in "regler").
const REGISTRATION_HINT = /cvr|konto|reg|se[\s.-]?nr/i;
// A label that the ad and order number mask needs ("id" is also in "tid": a cheap filter only).
const ID_HINT = /nr|id|ref|no|#|num/i;
// A duration word that the session length mask needs.
const DURATION_HINT = /min|time|hour|std/i;
// Each mask with a plain substring it cannot match without, so most masks skip most texts, and its
// reach: more than its longest match (for the price mask, past the dots and commas that follow a
// number), with a character to spare for \b and look-arounds (see maskSpans).
const MASKS: { re: RegExp; needs: (text: string) => boolean; reach: number }[] = [
  { re: /\b24\s?(?:\/|-|x)\s?7\b/gi, needs: (t) => t.includes('24'), reach: 10 },
  { re: /\b24\/24\b/g, needs: (t) => t.includes('24/24'), reach: 8 },
  {
    re: /\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b/g,
    needs: (t) => t.includes('19') || t.includes('20'),
    reach: 12,
  },
  {
    re: /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b/g,
    needs: (t) => t.includes('19') || t.includes('20'),
    reach: 12,
  },
  {
    // A range of days without the year ("Lukket 24.12-26.12", "juleferie 23.12–02.01").
    re: /\b(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])\.?\s?[-–]\s?(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])\b/g,
    needs: (t) => t.includes('.') || t.includes('/'),
    reach: 16,
  },
  {
    // The currency words end a word: "4 seks syv" (a number in words) is no "4 sek".
    re: /(?:[$€£]\s?\d[\d.,]*)|(?:\d[\d.,]*\s?(?:,-|\.-|kr\b\.?|kroner|dkk|eur\b|euros?\b|€|\$|usd|sek\b|nok\b|£))/gi,
    needs: () => true,
    reach: 10,
  },
  {
    // A session length right before its price is no digit of a phone: in "Tlf: 2 0. 5 8. 3 1. 7 4
    // — 30 min 380 kr" the "30" would otherwise end a reading "58 31 74 30" with fewer breaks than
    // the number itself. Only before a digit: "22 33 44 55 min skat" keeps its last group.
    re: /\b\d{1,3}\s?(?:min|mins|minutter|minutes|minuten|time|timer|hour|hours|std)\b\.?(?=\s?[:=–-]?\s?\d)/gi,
    needs: (t) => DURATION_HINT.test(t),
    reach: 22,
  },
  {
    re: /\b(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\s?[-–]\s?(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\b/g,
    needs: (t) => t.includes(':') || t.includes('.'),
    reach: 16,
  },
  {
    // A company number (CVR, SE) or a bank account after its label is eight digits like a Danish
    // phone: "CVR 38 12 45 67", "CVR-nr.: 38124567", "Reg.nr. 1234 kontonr. 12345678".
    re: /\b(?:cvr(?:[\s.-]{0,2}(?:nr|nummer|no))?|se[\s.-]{0,2}(?:nr|nummer)|konto(?:[\s.-]{0,2}(?:nr|nummer))?|kontonr|kontonummer|reg[\s.-]{0,2}(?:nr|nummer))\.?[\s:#.-]{0,3}\d(?:[\s.-]?\d){3,12}/gi,
    needs: (t) => REGISTRATION_HINT.test(t),
    reach: 24,
  },
  {
    // An ad, order, profile or reference number after its label is no phone either: "Annonce nr.
    // 51234987", "Ad ID 51234987", "Ordre nr: 1234 5678", "Ref. 20123456", "ID: 51234987". A bare
    // "ID" after a messaging app ("WhatsApp ID 22 33 44 55") may be the number itself, and a
    // "booking nr." is the number to book on.
    re: /\b(?:(?:annonce|annoncen|annonse|ad|advert|ordre|order|profil|profile|kunde|customer)[\s.-]{0,2}(?:nr|nummer|number|no|id|#)|annoncenr|annoncenummer|ordrenr|ordrenummer|ref(?:erence)?(?:[\s.-]{0,2}(?:nr|no|nummer|number))?|id(?<!(?:whatsapp|telegram|viber|signal|wechat|skype|line|kik)[\s:]{0,2}id))\.?[\s:#.-]{0,3}\d(?:[\s.-]?\d){3,14}/gi,
    needs: (t) => ID_HINT.test(t),
    reach: 32,
  },
];
// Opening hours after a day or opening word ("Man-Søn 10-22"); only the range (group 1) is masked.
// Used as `(?<![\p{L}])DAY...` through execNotAfter (see scan.ts).
const DAY_RANGE = new RegExp(
  `${DAY}\\.?[\\s:-]{0,3}((?:[01]?\\d|2[0-4])(?:[.:]\\d\\d)?\\s?[-–]\\s?(?:[01]?\\d|2[0-4])(?:[.:]\\d\\d)?)(?!\\d)`,
  'giu',
);
const NOT_AFTER_LETTER = /^[\p{L}]$/iu;
// The hour range of DAY_RANGE without its day word: texts without one skip the big pattern.
const DAY_RANGE_HINT = /\d(?:[.:]\d\d)?\s?[-–]\s?\d/;
// The same hour range with DAY_RANGE's own lookahead: every DAY_RANGE match ends in one.
const HOUR_RANGE = /(?:[01]?\d|2[0-4])(?:[.:]\d\d)?\s?[-–]\s?(?:[01]?\d|2[0-4])(?:[.:]\d\d)?(?!\d)/gu;
// Longest day word (9, "alle dage") + "." + three of [\s:-], with slack.
const MAX_DAY_PREFIX = 16;
// A DAY_RANGE match: that prefix (13) and its hour range (13), with slack.
const DAY_RANGE_REACH = 30;

/**
 * The next DAY_RANGE match at or after `from`, as the full scan finds it. DAY_RANGE starts with a
 * day word, so the engine tries it at every position; but its day word and gap hold no digit, so
 * its leftmost match starts at most one prefix before the first hour range at or after `from`.
 */
function dayRangeFrom(text: string, from: number): RegExpExecArray | null {
  HOUR_RANGE.lastIndex = from;
  const core = HOUR_RANGE.exec(text);
  if (core === null) return null;
  DAY_RANGE.lastIndex = Math.max(from, core.index - MAX_DAY_PREFIX);
  return execNotAfter(DAY_RANGE, text, NOT_AFTER_LETTER);
}

/**
 * Masked spans as [start, end) pairs. With `near` (flat [start, end) pairs of regions from
 * numberRegions, i.e. stretches between breaks), a mask whose spans cannot overlap any of them is
 * skipped, so only the spans that do are sure to be listed. A match that overlaps a region has its
 * digits inside it (a run of digits, dots and commas never crosses a break) and so lies within the
 * mask's reach of it; a scan of that window, which sees the same characters around the match, finds
 * it or an earlier match, and a mask with no match in any window has none that matters.
 */
export function maskSpans(text: string, near?: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const { re, needs, reach } of MASKS) {
    if (!needs(text)) continue;
    if (near !== undefined && !matchesNear(re, text, near, reach)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // With regions, their windows alone decide (a text without an hour range has none in any
  // window), and are shorter than the whole text the hint would read.
  if (near !== undefined ? !dayRangeNear(text, near) : !DAY_RANGE_HINT.test(text)) return spans;
  let d: RegExpExecArray | null;
  let from = 0;
  while ((d = dayRangeFrom(text, from)) !== null) {
    const end = d.index + d[0].length;
    spans.push([end - d[1]!.length, end]);
    from = end;
  }
  return spans;
}

function matchesNear(re: RegExp, text: string, near: readonly number[], reach: number): boolean {
  for (let i = 0; i < near.length; i += 2) {
    re.lastIndex = 0;
    if (re.test(windowAround(text, near[i]!, near[i + 1]!, reach))) return true;
  }
  return false;
}

function dayRangeNear(text: string, near: readonly number[]): boolean {
  for (let i = 0; i < near.length; i += 2)
    if (dayRangeFrom(windowAround(text, near[i]!, near[i + 1]!, DAY_RANGE_REACH), 0) !== null) return true;
  return false;
}

/** `text[start, end)` widened by `reach` each side, and first past the dots and commas after it. */
function windowAround(text: string, start: number, end: number, reach: number): string {
  let e = end;
  for (let c = text.charCodeAt(e); c === 46 || c === 44; c = text.charCodeAt(++e));
  return text.slice(Math.max(0, start - reach), Math.min(text.length, e + reach));
}
