import type { Evidence } from '../shared/types.js';
import { spanEvidence } from '../extract/evidence.js';
import { findAroundTheClock } from '../extract/hours.js';
import { lowerTwinText } from '../extract/scan.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, isNegated } from './text/match.js';
import { fieldMatches } from './text/rules.js';

/** Hours a day that count as "around the clock" when stated for every day. */
export const UNLIMITED_HOURS_MIN = 18;

const FIELDS: ReadonlySet<string> = new Set(['title', 'text', 'hours']);

/**
 * Day-and-night wording the hours parser does not read as hours: "available day and night",
 * "dag og nat", "nat og dag", "round the clock", "24h", "døgnåben". Checked here so that the whole
 * family is covered whichever form an ad picks; "not available day and night" stays quiet.
 */
const dayAndNight = compileTerms([
  '(?:all )?day (?:and|&|n|\\+) (?:all )?night',
  '(?:all )?night (?:and|&|n|\\+) (?:all )?day',
  '(?:hele )?dag(?:en)? (?:og|&|\\+) (?:hele )?nat(?:ten)?',
  '(?:hele )?nat(?:ten)? (?:og|&|\\+) (?:hele )?dag(?:en)?',
  '(?:a)?round the clock',
  'døgnåben(?:t)?',
  'døgnet rundt',
  'hele døgnet', // "24h" but not "book 24h before": advance notice, not opening hours.
  '24\\s?(?:h|hrs)(?!\\s+(?:before|in advance|notice|ahead|før|forud|i forvejen|varsel))',
  '24 timer i døgnet',
  'open all night',
  'åben(?:t)? hele natten',
]);

/**
 * Every "24/7"-like match of the hours parser ("24/7", "døgnet rundt", "round the clock", "open all
 * night", "åben hele natten", "alle dage 00-24") holds one of these in lower case (the same words
 * as its own pre-check, ALWAYS_HINT in extract/hours.ts).
 */
const ALWAYS_WORDS = ['24', 'døgn', 'clock', 'night', 'natten'];

/**
 * Where the hours parser's "24/7" search may start in lower-cased `lower`: where the first of
 * ALWAYS_WORDS begins, or -1 when no such match can be there (see `mayBeAlways`).
 */
function alwaysFrom(lower: string): number {
  let first = -1;
  let other = false;
  for (let k = 0; k < ALWAYS_WORDS.length; k += 1) {
    const i = lower.indexOf(ALWAYS_WORDS[k]!);
    if (i < 0) continue;
    if (first < 0 || i < first) first = i;
    if (k > 0) other = true;
  }
  return first >= 0 && (other || mayBeAlways(lower)) ? first : -1;
}

/**
 * Whether a "24" of lower-cased `lower` may be part of a "24/7"-like match: only as "24-7", or
 * before at most one space and "/", "t" or "h" ("24/7", "24 / 7", "24/24", "24 h", "24t", "24
 * timer", "24 hours"), or after "0", "00", "00:" or "00.00" and a dash ("alle dage 00-24", at most
 * one space on either side of the dash); not in ages, phone numbers, prices or other hour ranges
 * ("Pim 24 - København", "24 55 66 77", "2400 kr", "12-24").
 */
function mayBeAlways(lower: string): boolean {
  for (let i = lower.indexOf('24'); i >= 0; i = lower.indexOf('24', i + 1)) {
    if (lower.charCodeAt(i + 2) === 45 && lower.charCodeAt(i + 3) === 55) return true;
    const c = lower.charCodeAt(isSpace(lower, i + 2) ? i + 3 : i + 2);
    if (c === 47 || c === 116 || c === 104) return true;
    let j = i > 0 && isSpace(lower, i - 1) ? i - 2 : i - 1;
    const dash = j >= 0 ? lower.charCodeAt(j) : 0;
    if (dash !== 45 && dash !== 0x2013) continue;
    j = j > 0 && isSpace(lower, j - 1) ? j - 2 : j - 1;
    const end = j >= 0 ? lower.charCodeAt(j) : 0;
    if (end === 48 || end === 46 || end === 58) return true;
  }
  return false;
}

const SPACE = /^\s$/u;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && c < 0xd800 && SPACE.test(text[i]!));
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The hour (0-24) whose 1-2 digits end at `end` (exclusive), or -1. */
function hourEndingAt(text: string, end: number): number {
  let from = end;
  while (from > 0 && isDigit(text, from - 1)) from -= 1;
  return end - from >= 1 && end - from <= 2 ? hourValue(text, from, end) : -1;
}

function hourValue(text: string, from: number, end: number): number {
  let value = 0;
  for (let i = from; i < end; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value <= 24 ? value : -1;
}

/**
 * The hour an hour range may begin with when its dash is at `dash`: 1-2 digits, perhaps ".30" or
 * ":30", and at most one space before the dash ("10-04", "22.30 – 20"); -1 when there is none.
 */
function hourBefore(text: string, dash: number): number {
  let end = dash;
  if (end > 0 && isSpace(text, end - 1)) end -= 1;
  let from = end;
  while (from > 0 && isDigit(text, from - 1)) from -= 1;
  if (from === end) return -1;
  const c = from > 0 ? text.charCodeAt(from - 1) : 0;
  // "10.30 -": the digits before the dash are minutes, the hour comes before them.
  if (c === 46 || c === 58) return hourEndingAt(text, from - 1);
  return end - from <= 2 ? hourValue(text, from, end) : -1;
}

/** The hour an hour range may end with when its dash is at `dash` (at most one space between), or -1. */
function hourAfter(text: string, dash: number): number {
  let from = dash + 1;
  if (from < text.length && isSpace(text, from)) from += 1;
  let end = from;
  while (end < text.length && isDigit(text, end)) end += 1;
  return end > from && end - from <= 2 ? hourValue(text, from, end) : -1;
}

/**
 * Whether `text` may state an hour range of `minHours` or more (hours parser: "10-04", "kl. 22.30 -
 * 20"): some dash between a 0-24 hour (perhaps with minutes) and a 0-24 hour that far apart. Minutes
 * move a range by less than an hour either way, so the whole hours must span more than `minHours`
 * - 1, or 0 (a range of 24 hours, or of 23 and some: "12.30-12").
 */
function mayStateLongRange(text: string, minHours: number): boolean {
  let hyphen = text.indexOf('-');
  let enDash = text.indexOf('–');
  while (hyphen >= 0 || enDash >= 0) {
    const dash = enDash < 0 || (hyphen >= 0 && hyphen < enDash) ? hyphen : enDash;
    if (dash === hyphen) hyphen = text.indexOf('-', dash + 1);
    else enDash = text.indexOf('–', dash + 1);
    const b = hourAfter(text, dash);
    const a = b < 0 ? -1 : hourBefore(text, dash);
    if (a < 0) continue;
    const span = (b - a + 24) % 24;
    if (span === 0 || span > minHours - 1) return true;
  }
  return false;
}

/**
 * The hours parser's around-the-clock matches of a field. It is skipped, with the same (empty)
 * result, when the lower-cased field can hold neither a "24/7"-like match nor a long enough hour
 * range, as in most ads.
 */
function aroundTheClock(text: string, structured: boolean): ReturnType<typeof findAroundTheClock> {
  const lower = lowerTwinText(text);
  if (lower === null) return findAroundTheClock(text, structured, UNLIMITED_HOURS_MIN, 0);
  // -1 also spares the parser its own "24/7" search where none can match (a "24" in a price).
  const hint = alwaysFrom(lower);
  if (hint < 0 && !mayStateLongRange(lower, UNLIMITED_HOURS_MIN)) return [];
  return findAroundTheClock(text, structured, UNLIMITED_HOURS_MIN, hint);
}

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  const phrases = fieldMatches(ad, dayAndNight, FIELDS);
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !FIELDS.has(f.path)) continue;
    for (const m of aroundTheClock(f.text, f.path === 'hours')) out.push(spanEvidence(f, m.start, m.end));
    for (const m of phrases) {
      if (m.field !== f) continue;
      const overlaps = out.some(
        (e) => 'field' in e && e.field === f.path && e.start < m.end && m.start < e.end,
      );
      if (!overlaps && !isNegated(f.text, m.start, m.end)) out.push(spanEvidence(f, m.start, m.end));
    }
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'unlimited-hours',
  kind: 'text',
  labels: { da: 'Åben døgnet rundt', en: 'Open around the clock' },
  descriptions: {
    da: 'Annoncen siger åbent døgnet rundt ("24/7", "døgnet rundt") eller åbningstider på 18 timer eller mere alle dage.',
    en: 'The ad says open around the clock ("24/7", "open all night") or states hours of 18 or more every day.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Hos os: Åbent alle dage 10-04. Ring nu.' },
      { text: 'Always open 24/7, also night.' },
      { title: 'Åbent døgnet rundt - Næstved' },
      { text: 'Du kan ringe alle dage kl. 07-01.' },
      { text: 'Massage og GFE.', hours: 'Alle dage 00-24' },
      { text: 'GFE, massage.', hours: '10-04' },
      { text: 'BBBJ and GFE, available day and night.' },
      { text: 'Ring dag og nat, jeg er klar.' },
      { text: 'Open round the clock for you.' },
      { text: 'Massage.', hours: 'nat og dag' },
    ],
    negative: [
      { text: 'OBS: Jeg har IKKE åbent 24/7. Du kan møde mig hverdage 11-19.' },
      { text: 'Book gerne mindst 24 timer før, så jeg kan gøre klar.' },
      { text: 'Nat-ugle? Alle dage 11-03.' },
      { text: 'Open 10-22 every day.' },
      { text: 'Massage.', hours: 'Man-fre 10-04' },
      { text: 'I am not available 24/7, only evenings.' },
      { text: 'Not available day and night, only 12-20.' },
      { text: 'Book 24h before, please.' },
      { text: 'Dagens tilbud: 1 time 1000 kr. God nat.' },
    ],
  },
});
