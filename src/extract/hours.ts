import { isNegated } from './negation.js';

/** Stated opening hours. */
export interface HoursMatch {
  start: number;
  end: number;
  /** `always`: "24/7", "døgnet rundt"...; `range`: "Alle dage 10-04". */
  kind: 'always' | 'range';
  /** Hours open per day (24 for `always`). */
  hoursPerDay: number;
  /** Whether the hours apply to every day of the week. */
  everyDay: boolean;
  /** "IKKE åbent 24/7", "not 24/7". */
  negated: boolean;
}

const ALWAYS = new RegExp(
  [
    '24\\s?\\/\\s?7', '24-7', '24\\/24', 'døgnet rundt', 'døgnåben(?:t)?', 'hele døgnet',
    'around the clock', 'round the clock', 'open all night', 'åben(?:t)? hele natten', 'all night long',
    '24\\s?(?:timer|t\\.?|h|hours?)(?:\\s?(?:i døgnet|a day|om dagen))?(?!\\s+(?:før|forud|inden|i forvejen|before|in advance|notice|varsel))',
    '(?:alle dage|every day|daily|dagligt)\\s?(?:kl\\.?\\s?)?0?0[.:]?(?:00)?\\s?[-–]\\s?24(?:[.:]00)?',
  ].join('|'),
  'giu',
);

const DAY_NAMES = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tirs|tir|ons|tors|tor|fre|lør|søn|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|ma|ti|on|to|fr|lø|sø';
const EVERY_DAY_WORDS = 'alle dage|alle ugens dage|hver dag|dagligt|daily|every day|all days|7 dage|7 days|weekdays and weekends';
const RESTRICTED_WORDS = 'hverdage|weekdays|weekend|weekender|weekends';
const OPEN_WORDS = 'åben|åbent|open|opening hours|hours|åbningstid(?:er)?|kl|tider|fra|from|ring|call|available|ledig';
const H = '(?:[01]?\\d|2[0-4])';
const RANGE = new RegExp(
  `(?:(?<![\\p{L}])(?<days>(?:${DAY_NAMES})\\.?\\s?[-–]\\s?(?:${DAY_NAMES})|${EVERY_DAY_WORDS}|${RESTRICTED_WORDS}|(?:${DAY_NAMES}))\\.?\\s*:?\\s*(?:kl\\.?\\s?)?|(?<![\\p{L}])(?<open>${OPEN_WORDS})\\.?\\s*:?\\s*(?:kl\\.?\\s?)?)?(?<![\\d.,:])(?<a>${H})(?:[.:](?<am>[0-5]\\d))?\\s?[-–]\\s?(?<b>${H})(?:[.:](?<bm>[0-5]\\d))?(?![\\d.,:]?\\d)(?!\\s?(?:kr|min|år|years|timer|hours|,-|%|€|dkk|cm|kg))`,
  'giu',
);
const EVERY_DAY_AFTER = new RegExp(`^\\s*,?\\s*(?:${EVERY_DAY_WORDS}|hele ugen|all week)`, 'iu');
// Compiled once (it was built anew for every range found).
const EVERY_DAY_EXACT = new RegExp(`^(?:${EVERY_DAY_WORDS})$`, 'iu');
const FULL_WEEK = /^(?:man(?:dag)?|mon(?:day)?|ma)\.?\s?[-–]\s?(?:søn(?:dag)?|sun(?:day)?|sø)$/iu;

// Cheap tests that skip the big expressions on text that cannot match them.
const ALWAYS_HINT = /24|døgn|clock|night|natten/iu;
const RANGE_HINT = /\d\s?[-–]\s?\d/u;

const NEG_CUES = ['ikke', 'not', 'no', 'never', 'aldrig', 'ingen', "isn't", "aren't", "don't", 'dont'];

/**
 * Opening hours stated in a text. With `structured` (the `hours` field) a bare "10-04" counts;
 * in free text a range needs a day word or an opening word before it ("Alle dage 10-04",
 * "Open 10-22", "kl. 07-01"), so prices, ages and phone numbers are not read as hours.
 */
export function findOpeningHours(text: string, structured = false): HoursMatch[] {
  const out: HoursMatch[] = [];
  ALWAYS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (ALWAYS_HINT.test(text) && (m = ALWAYS.exec(text)) !== null) {
    const start = m.index;
    if (isBookingNotice(text, start)) continue;
    out.push({ start, end: start + m[0].length, kind: 'always', hoursPerDay: 24, everyDay: true, negated: isNegated(text, start, NEG_CUES, 3) });
  }
  RANGE.lastIndex = 0;
  while (RANGE_HINT.test(text) && (m = RANGE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (!structured && g.days === undefined && g.open === undefined) continue;
    if (out.some((o) => start < o.end && end > o.start)) continue;
    const a = Number(g.a) + Number(g.am ?? 0) / 60;
    const b = Number(g.b) + Number(g.bm ?? 0) / 60;
    let hours = (b - a + 24) % 24;
    if (hours === 0) hours = 24;
    const days = g.days?.toLowerCase();
    let everyDay: boolean;
    if (days === undefined) everyDay = true; // no restriction stated: the hours hold every day
    else everyDay = EVERY_DAY_EXACT.test(days) || FULL_WEEK.test(days);
    if (!everyDay && EVERY_DAY_AFTER.test(text.slice(end))) everyDay = true;
    out.push({ start, end, kind: 'range', hoursPerDay: hours, everyDay, negated: isNegated(text, start, NEG_CUES, 3) });
  }
  return out;
}

/** "book 24 timer før", "bestil mindst 24 timer i forvejen": advance booking, not opening hours. */
function isBookingNotice(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
  return /(?:book|bestil|booking|mindst|at least|senest)[^.!?\n]*$/u.test(before);
}

/** Whether a match means open around the clock: 24/7 or 18+ hours every day, not negated. */
export function isAroundTheClock(m: HoursMatch, minHours = 18): boolean {
  return !m.negated && m.everyDay && m.hoursPerDay >= minHours;
}
