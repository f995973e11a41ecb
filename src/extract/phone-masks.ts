/**
 * Spans of a text whose digits never belong to a phone number: prices, dates, "24/7", time ranges
 * and opening hours after a day word.
 */
import { execNotAfter } from './scan.js';

const DAY =
  '(?:kl|alle dage|dagligt|daily|hverdage|weekend|man|mandag|tirs|tirsdag|ons|onsdag|tors|torsdag|fre|fredag|lør|lørdag|søn|søndag|mon|tue|wed|thu|fri|sat|sun|open|opening|åben|åbent|hours|fra|from)';
// Each mask with a plain substring it cannot match without, so most masks skip most texts.
const MASKS: { re: RegExp; needs: (text: string) => boolean }[] = [
  { re: /\b24\s?(?:\/|-|x)\s?7\b/gi, needs: (t) => t.includes('24') },
  { re: /\b24\/24\b/g, needs: (t) => t.includes('24/24') },
  { re: /\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b/g, needs: (t) => t.includes('19') || t.includes('20') },
  { re: /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b/g, needs: (t) => t.includes('19') || t.includes('20') },
  {
    re: /(?:[$€£]\s?\d[\d.,]*)|(?:\d[\d.,]*\s?(?:,-|\.-|kr\b\.?|kroner|dkk|eur\b|euro|€|\$|usd|sek|nok|£))/gi,
    needs: () => true,
  },
  {
    re: /\b(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\s?[-–]\s?(?:[01]?\d|2[0-4])[.:](?:00|15|30|45)\b/g,
    needs: (t) => t.includes(':') || t.includes('.'),
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

/** Masked spans as [start, end) pairs. */
export function maskSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const { re, needs } of MASKS) {
    if (!needs(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (!DAY_RANGE_HINT.test(text)) return spans;
  let d: RegExpExecArray | null;
  let from = 0;
  while ((d = dayRangeFrom(text, from)) !== null) {
    const end = d.index + d[0].length;
    spans.push([end - d[1]!.length, end]);
    from = end;
  }
  return spans;
}
