import { aroundTheClockHint, nextDash } from './hours-gate.js';
import { isNegated } from './negation.js';
import { execNotAfter, lowerTwinText } from './scan.js';

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
    '24\\s?\\/\\s?7',
    '24-7',
    '24\\/24',
    'døgnet rundt',
    'døgnåben(?:t)?',
    'hele døgnet',
    'around the clock',
    'round the clock',
    'open all night',
    'åben(?:t)? hele natten',
    'all night long',
    // Whole words only: "24 t" of "24 timer i forvejen" would pass the notice check.
    '24\\s?(?:timer|t\\.|t(?!\\.)|h|hours?)(?![\\p{L}])(?:\\s?(?:i døgnet|a day|om dagen))?(?!\\s+(?:før|forud|inden|i forvejen|before|in advance|notice|varsel))',
    '(?:alle dage|every day|everyday|daily|dagligt)\\s?(?:kl\\.?\\s?)?0?0[.:]?(?:00)?\\s?[-–]\\s?24(?:[.:]00)?',
  ].join('|'),
  'giu',
);

const DAY_NAMES =
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tirs|tir|ons|tors|tor|fre|lør|søn|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|ma|ti|on|to|fr|lø|sø';
// Also the visitors' every day: German "täglich", "jeden Tag", Dutch "dagelijks", "elke dag",
// Swedish "alla dagar", "varje dag", Norwegian "alle dager", Spanish and Portuguese "todos los
// días", "todos os dias", "de lunes a domingo", "segunda a domingo", "Lun-Dom"; Russian and
// Ukrainian "ежедневно", "каждый день", "щодня", Polish "codziennie", Czech "denně", Slovak
// "každý deň", Romanian "zilnic", Italian "tutti i giorni", French "tous les jours"; the Polish
// week "Pon-Nd", "Pon.-Niedz.", "poniedziałek-niedziela", Czech and Slovak "Po-Ne", "pondělí-neděle".
const EVERY_DAY_WORDS =
  'ежедневно|каждый день|щодня|щоденно|кожен день|codziennie|każdego dnia|denně|každý den|každý deň|zilnic|tutti i giorni|tous les jours|alle dage|alle ugens dage|hver dag|dagligt|daily|every day|everyday|all days|7 dage|7 days|weekdays and weekends|täglich|jeden tag|dagelijks|elke dag|alle dagen|alla dagar|varje dag|alle dager|todos los días|todos los dias|todos os dias|diariamente|lunes a domingo|segunda a domingo|lun\\.?\\s?[-–]\\s?dom|seg\\.?\\s?[-–]\\s?dom|pon\\.?\\s?[-–]\\s?(?:nd|ndz|niedz|niedziela)|poniedziałek\\s?[-–]\\s?niedziela|po\\.?\\s?[-–]\\s?ne|pondělí\\s?[-–]\\s?neděle|pondelok\\s?[-–]\\s?nedeľa';
const RESTRICTED_WORDS = 'hverdage|weekdays|weekend|weekender|weekends';
const OPEN_WORDS =
  'åben|åbent|open|opening hours|hours|åbningstid(?:er)?|kl|tider|fra|from|ring|call|available|ledig|vagt(?:er|tider)?|dagvagt|nattevagt|shifts?';
const H = '(?:[01]?\\d|2[0-4])';
const RANGE = new RegExp(
  `(?:(?<![\\p{L}])(?<days>(?:${DAY_NAMES})\\.?\\s?[-–]\\s?(?:${DAY_NAMES})|${EVERY_DAY_WORDS}|${RESTRICTED_WORDS}|(?:${DAY_NAMES}))\\.?\\s*:?\\s*(?:kl\\.?\\s?)?|(?<![\\p{L}])(?<open>${OPEN_WORDS})\\.?\\s*:?\\s*(?:kl\\.?\\s?)?)?(?<![\\d.,:])(?<a>${H})(?:[.:](?<am>[0-5]\\d))?\\s?[-–]\\s?(?<b>${H})(?:[.:](?<bm>[0-5]\\d))?(?![\\d.,:]?\\d)(?!\\s?(?:kr|min|år|years|timer|hours|,-|%|€|dkk|cm|kg))`,
  'giu',
);
/**
 * A shift that goes on where the range before it ended: "10-22 og 22-10", "08-16, 16-24 og 00-08",
 * "Dagvagt 08-20, nattevagt 20-08". Only a range that starts at the hour the previous one closed
 * joins it ("10-14 og 18-22" are two ranges with a break between).
 */
const NEXT_SHIFT = new RegExp(
  `\\s{0,2}(?:og|and|&|\\+|,|/)\\s{0,2}(?:(?:natte?vagt|aftenvagt|night shift|nat|night|aften|evening)\\s?:?\\s?)?(?:kl\\.?\\s?)?(?<a>${H})(?:[.:](?<am>[0-5]\\d))?\\s?[-–]\\s?(?<b>${H})(?:[.:](?<bm>[0-5]\\d))?(?![\\d.,:]?\\d)(?!\\s?(?:kr|min|år|years|timer|hours|,-|%|€|dkk|cm|kg))`,
  'iuy',
);
const CLOCK_BEFORE = /[⏰⌚🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛]\uFE0F?\s*$/u;
const EVERY_DAY_AFTER = new RegExp(`^\\s*,?\\s*(?:${EVERY_DAY_WORDS}|hele ugen|all week)`, 'iu');
// Compiled once (it was built anew for every range found).
const EVERY_DAY_EXACT = new RegExp(`^(?:${EVERY_DAY_WORDS})$`, 'iu');
const FULL_WEEK = /^(?:man(?:dag)?|mon(?:day)?|ma)\.?\s?[-–]\s?(?:søn(?:dag)?|sun(?:day)?|sø)$/iu;

// Hour ranges in words or with a clock suffix, which RANGE does not read: "fra 10 til 04", "from 9
// to 3 at night", "9am-3am", "10 til 4 om natten"; German, Dutch and Swedish "von 7 bis 2 Uhr
// nachts", "van 10 tot 4 uur 's nachts", "från 10 till 3 på natten". Counted only with a "from"
// word before them or a suffix, so that "2 til 4 personer" and "18 til 20 år" are no hours.
const CLOCK_SUFFIX = 'a\\.?m\\.?|p\\.?m\\.?';
// Parts of the day, also said without "om" after an hour ("fra 8 morgen til 4 nat"); "i morgen"
// (tomorrow) never follows an hour directly. "12 noon" too ("from 12 noon until 6 in the morning"),
// and the night as visitors' English says it ("from 10 in the morning to 4 in the night"), also
// without the article ("Open 9 morning – 3 night every day"). The next day read as the morning:
// "fra kl. 18 til kl. 12 næste dag" is 18 hours, "from 20 until 10 the next morning".
const DAYPART =
  "næste dag|dagen efter|næste morgen|the next day|next day|the next morning|next morning|noon|midday|om natten|om morgenen|om aftenen|om formiddagen|om eftermiddagen|at night|in the night|in the morning|in the evening|in the afternoon|at midnight|natten|nat|morgen|formiddag|eftermiddag|aften|nachts|in der nacht|morgens|abends|'s nachts|'s ochtends|'s morgens|'s avonds|på natten|på morgonen|på kvällen|om natta|om kvelden|morning|evening|night";
// The clock's word between an hour and its part of the day: "2 Uhr nachts", "4 uur 's nachts".
// Spanish and Portuguese too: "das 11h às 05h", "desde las 10 hasta las 4", "from 10am hasta las
// 4am"; the "h" after an hour is the clock's ("11h"). Not "de 20 a 25": ages.
const OCLOCK = '(?:\\s?(?:uhr|uur|h(?![\\p{L}])))?';
// Russian, Ukrainian, Polish, Czech and Slovak too: "Работаем с 10 до 04", "od 10 do 4" (not ages,
// persons or minutes after: "od 18 do 25 lat", "с 2 до 4 человек"); Russian in Latin letters: "s 10:00
// do 04:00" (not the "s" of "it's 10 to 4").
const FROM_WORDS = "fra|from|von|van|från|das|desde(?:\\s+las)?|с|від|od|(?<!['’])s";
const TO_WORDS = 'til|to|until|till|bis|tot|às|hasta(?:\\s+las)?|até|до|do';
const WORD_RANGE = new RegExp(
  `(?<![\\p{L}\\d.,:])(?:(?<from>${FROM_WORDS})\\s+(?:kl\\.?\\s?)?)?(?<a>${H})(?:[.:](?<am>[0-5]\\d))?${OCLOCK}\\s?(?<as>${CLOCK_SUFFIX}|${DAYPART})?\\s*(?:${TO_WORDS}|[-–])\\s*(?:kl\\.?\\s?)?(?<b>${H})(?:[.:](?<bm>[0-5]\\d))?(?!\\d)${OCLOCK}(?:\\s?(?<bs>${CLOCK_SUFFIX}|${DAYPART}))?(?![\\p{L}])(?!\\s?(?:kr|min|år|years|timer|hours|personer|people|mænd|men|nætter|nights|dage|days|jahre|jahren|jaar|personen|männer|mannen|tage|dagen|dagar|dager|lat|let|rokov|лет|года|років|роки|осіб|osób|osob|человек|чел|души|,-|%|€|dkk))`,
  'giu',
);
// A necessary condition of a counted WORD_RANGE match, in lower-cased text (see hours-gate.ts).
const WORD_RANGE_HINT = new RegExp(
  `(?:${FROM_WORDS})\\s+(?:kl\\.?\\s?)?\\d|\\d${OCLOCK}\\s?(?:${CLOCK_SUFFIX}|${DAYPART})|\\d\\s+(?:${TO_WORDS})\\s+\\d{1,2}\\s*,?\\s*(?:${EVERY_DAY_WORDS})`,
  'u',
);
/**
 * Hours told as opening and closing: "Vi åbner allerede kl. 6 om morgenen og lukker ved midnat", "vi
 * åbner kl. 18 og lukker først kl. 12 middag", "hver dag åbner jeg kl. 7 og lukker kl. 1", "opens at
 * 10 and closes at 4 at night". Read only
 * where the text has "lukker"/"close" (OPEN_CLOSE_HINT), with the hours between as in WORD_RANGE.
 */
const OPEN_CLOSE = new RegExp(
  `(?<![\\p{L}])(?:åbner|opens?)\\s+(?:(?:jeg|vi|hun|de)\\s+)?(?:(?:allerede|først|already)\\s+)?(?:kl\\.?\\s?|at\\s+)?(?<a>${H})(?:[.:](?<am>[0-5]\\d))?(?!\\d)\\s?(?<as>${CLOCK_SUFFIX}|${DAYPART})?[^.!?\\n\\d]{0,24}?(?<![\\p{L}])(?:lukker|closes?)\\s+(?:(?:først|ved|at|omkring|around|kl\\.?)\\s*){0,2}(?:(?<b>${H})(?:[.:](?<bm>[0-5]\\d))?(?!\\d)(?:\\s?(?<bs>${CLOCK_SUFFIX}|${DAYPART}|middag|noon))?|(?<midnight>midnat|midnight))(?![\\p{L}])`,
  'giu',
);
const OPEN_CLOSE_HINT = /lukker|close/u;

// Day words before a range that limit it to some days ("weekend fra 22 til 06"); two-letter day
// names ("to", "on") are left out here, being common words.
// The visitors' days too: German, Dutch and Swedish names, and two-letter spans ("Mo–Fr", "ma-vr");
// Spanish and Portuguese weekends ("sábados das 20h às 08h", "fin de semana desde las 22").
const SOME_DAYS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${RESTRICTED_WORDS}|sábados?|sabados?|domingos?|viernes|sexta|fin(?:es)? de semana|fi[mn]s? de semana|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tirs|ons|tors|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|werktags|wochentags|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdagen|måndag|tisdag|lördag|söndag|vardagar|helger|helgen|hverdager|(?:mo|di|mi|do|fr|sa|so|ma|vr|za|zo|mån|tis|lör|sön)\\.?\\s?[-–]\\s?(?:mo|di|mi|do|fr|sa|so|ma|vr|za|zo|mån|tis|ons|tor|fre|lör|sön))\\.?(?![\\p{L}])`,
  'iu',
);
const EVERY_DAY_BEFORE = new RegExp(
  `(?:${EVERY_DAY_WORDS})|(?:man(?:dag)?|mon(?:day)?)\\.?\\s?[-–]\\s?(?:søn(?:dag)?|sun(?:day)?)|(?<![\\p{L}])(?:mo|ma|mån)\\.?\\s?[-–]\\s?(?:so|zo|sön)(?![\\p{L}])`,
  'iu',
);

/**
 * A span of some days right before the opening word: "Fre-lør åbent 10-04, resten af ugen 10-18",
 * "Fri & Sat open 22-06", "weekend: open 20-06". Not the full week ("Man-søn åbent 10-04").
 */
const DAYS_BEFORE_OPENING = new RegExp(
  `(?<![\\p{L}])(?<days>(?:${DAY_NAMES})\\.?\\s?[-–&]\\s?(?:${DAY_NAMES})|${RESTRICTED_WORDS})\\.?\\s*[:,]?\\s*$`,
  'iu',
);

function someDaysBeforeOpening(text: string, start: number): boolean {
  const m = DAYS_BEFORE_OPENING.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && !FULL_WEEK.test(m.groups!.days!.replace(/\s?&\s?/u, '-'));
}

// Cheap tests that skip the big expressions on text that cannot match them.
const ALWAYS_HINT = /24|døgn|clock|night|natten/iu;
/**
 * ALWAYS_HINT's words, to find in lower-cased text: every ALWAYS match holds one of them, at most
 * ALWAYS_HINT_REACH characters after its start ("alle dage kl. 00.00 - 24": 22).
 */
const ALWAYS_HINT_AT = new RegExp(ALWAYS_HINT.source, 'g');
const ALWAYS_HINT_REACH = 24;
/** A CORE match starts at most this far before its dash ("24:00 -"). */
const CORE_DASH_REACH = 6;

// The hour range of RANGE alone, with the same lookarounds (the leading `(?<![\d.,:])` is checked
// by hand, see scan.ts). RANGE's optional day/opening prefix makes the engine try a full match at
// every position of the text; every RANGE match contains one of these, so RANGE is only run from
// a little before the next one (see rangeFrom).
const CORE = new RegExp(
  `${H}(?:[.:][0-5]\\d)?\\s?[-–]\\s?${H}(?:[.:][0-5]\\d)?(?![\\d.,:]?\\d)(?!\\s?(?:kr|min|år|years|timer|hours|,-|%|€|dkk|cm|kg))`,
  'giu',
);
const NOT_AFTER_CORE = /^[\d.,:]$/u;
// Twins without `i` for lower-cased text: every letter in these sources is lower case.
const ALWAYS_LOWER = new RegExp(ALWAYS.source, 'gu');
const RANGE_LOWER = new RegExp(RANGE.source, 'gu');
const CORE_LOWER = new RegExp(CORE.source, 'gu');
const SPACE = /^\s$/u;
// Longest day/opening prefix word before the spaces, ":" and "kl." RANGE allows: "wednesday -
// wednesday" (22) and "weekdays and weekends" (21), plus slack.
const MAX_PREFIX_WORDS = 24;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c < 0xd800 && (c <= 13 || c >= 0x85) && SPACE.test(text[i]!));
}

/** Skips back over spaces, "." and ":" ending at `j`. */
function backOverGap(text: string, j: number): number {
  while (j > 0 && (isSpace(text, j - 1) || text.charCodeAt(j - 1) === 46 || text.charCodeAt(j - 1) === 58))
    j--;
  return j;
}

/**
 * The next RANGE match at or after `from`, exactly as `RANGE.exec` from `from` finds it. A match
 * starts at most one prefix before its hour range, and the prefix holds no hour range itself (its
 * only digit is the "7" of "7 dage", never followed by a dash), so the leftmost match starts no
 * earlier than one prefix before the first hour range at or after `from`.
 */
function rangeFrom(text: string, from: number, range: RegExp, core: RegExp): RegExpExecArray | null {
  // Every hour range holds a dash: none left, no range; else the search starts a little before it.
  const dash = nextDash(text, from);
  if (dash < 0) return null;
  core.lastIndex = Math.max(from, dash - CORE_DASH_REACH);
  const c = execNotAfter(core, text, NOT_AFTER_CORE);
  if (c === null) return null;
  let j = backOverGap(text, c.index);
  if (j >= 2 && text.slice(j - 2, j).toLowerCase() === 'kl') j = backOverGap(text, j - 2);
  range.lastIndex = Math.max(from, j - MAX_PREFIX_WORDS);
  return range.exec(text);
}

// "ikk": SMS spelling of "ikke".
const NEG_CUES = ['ikke', 'ikk', 'not', 'no', 'never', 'aldrig', 'ingen', "isn't", "aren't", "don't", 'dont'];

/**
 * Opening hours stated in a text. With `structured` (the `hours` field) a bare "10-04" counts;
 * in free text a range needs a day word or an opening word before it ("Alle dage 10-04",
 * "Open 10-22", "kl. 07-01"), so prices, ages and phone numbers are not read as hours.
 */
export function findOpeningHours(text: string, structured = false): HoursMatch[] {
  return scanHours(text, structured, 0, 0);
}

/**
 * The matches of {@link findOpeningHours} that mean open around the clock (see
 * {@link isAroundTheClock}). The same result as filtering, but cheaper: a text that cannot hold
 * such a match is not parsed (see hours-gate.ts), the "24/7" search starts at its first hint word,
 * and the negation look-back runs only for spans that qualify otherwise.
 */
export function findAroundTheClock(text: string, structured = false, minHours = 18): HoursMatch[] {
  const lower = lowerTwinText(text);
  let hintFrom = lower === null ? 0 : aroundTheClockHint(lower, minHours);
  // A range in words needs no "24" and no dash: the "24/7" search is skipped, the ranges are read.
  if (hintFrom === null && (WORD_RANGE_HINT.test(lower!) || OPEN_CLOSE_HINT.test(lower!))) hintFrom = -1;
  if (hintFrom === null) return [];
  const out: HoursMatch[] = [];
  for (const m of scanHours(text, structured, minHours, hintFrom))
    if (isAroundTheClock(m, minHours)) out.push(m);
  return out;
}

/** The first index at or after `from` where a hint word starts in `lower`, or -1. */
function nextHint(lower: string, from: number): number {
  ALWAYS_HINT_AT.lastIndex = from;
  const m = ALWAYS_HINT_AT.exec(lower);
  return m === null ? -1 : m.index;
}

/**
 * The matches behind findOpeningHours; `negated` is looked up only where `everyDay` holds and
 * `hoursPerDay` reaches `negateFrom` (false elsewhere; 0 looks it up everywhere).
 */
function scanHours(text: string, structured: boolean, negateFrom: number, hintFrom: number): HoursMatch[] {
  const out: HoursMatch[] = [];
  // Lower-case twins on the lower-cased text where it has one (same offsets, see lowerTwinText).
  const lower = lowerTwinText(text);
  const hay = lower ?? text;
  let m: RegExpExecArray | null;
  if (lower === null) {
    ALWAYS.lastIndex = 0;
    // The hint once per text (it was retested before every match).
    const hint = ALWAYS_HINT.test(text);
    while (hint && (m = ALWAYS.exec(text)) !== null) pushAlways(out, text, m);
  } else {
    // Every match holds a hint word a little after its start, so the search starts a little before
    // the next hint word: the leftmost match from there is the leftmost from the last match's end.
    let resume = 0;
    let hint = hintFrom < 0 ? -1 : nextHint(lower, hintFrom);
    for (; hint >= 0; hint = nextHint(lower, resume)) {
      ALWAYS_LOWER.lastIndex = Math.max(resume, hint - ALWAYS_HINT_REACH);
      if ((m = ALWAYS_LOWER.exec(lower)) === null) break;
      pushAlways(out, text, m);
      resume = ALWAYS_LOWER.lastIndex;
    }
  }
  let from = 0;
  // Ranges after a single weekday ("Mandag 08-02 / Tirsdag 08-02 / …"), for a table of the week.
  let week: WeekdayRange[] | undefined;
  while (
    (m = rangeFrom(hay, from, lower === null ? RANGE : RANGE_LOWER, lower === null ? CORE : CORE_LOWER)) !==
    null
  ) {
    const g = m.groups ?? {};
    const start = m.index;
    const rangeEnd = start + m[0].length;
    from = rangeEnd;
    // In free text a range needs a day or opening word before it, "alle dage" after it ("00:00–24:00
    // alle dage") or a clock sign before it ("⏰ 10-22").
    if (
      !structured &&
      g.days === undefined &&
      g.open === undefined &&
      !EVERY_DAY_AFTER.test(text.slice(rangeEnd)) &&
      !CLOCK_BEFORE.test(text.slice(Math.max(0, start - 4), start))
    )
      continue;
    if (overlapsAny(out, start, rangeEnd)) continue;
    const a = Number(g.a) + Number(g.am ?? 0) / 60;
    let b = Number(g.b) + Number(g.bm ?? 0) / 60;
    let end = rangeEnd;
    // Shifts that follow on ("10-22 og 22-10") make one range of their hours together.
    let length = spanHours(a, b);
    for (NEXT_SHIFT.lastIndex = end; (m = NEXT_SHIFT.exec(hay)) !== null; NEXT_SHIFT.lastIndex = end) {
      const n = m.groups ?? {};
      const opens = Number(n.a) + Number(n.am ?? 0) / 60;
      if (opens % 24 !== b % 24) break;
      b = Number(n.b) + Number(n.bm ?? 0) / 60;
      length += spanHours(opens, b);
      end += m[0].length;
    }
    if (length >= 24) b = a;
    from = end;
    const days = g.days?.toLowerCase();
    let everyDay: boolean;
    // No restriction stated: the hours hold every day, unless some days stand right before the
    // opening word ("Fre-lør åbent 10-04").
    if (days === undefined) everyDay = g.open === undefined || !someDaysBeforeOpening(text, start);
    else everyDay = EVERY_DAY_EXACT.test(days) || FULL_WEEK.test(days);
    if (!everyDay && EVERY_DAY_AFTER.test(text.slice(end))) everyDay = true;
    out.push(rangeMatch(text, start, end, a, b, everyDay, negateFrom));
    const mask = days === undefined ? 0 : weekdayMask(days);
    if (mask !== 0) (week ??= []).push({ days: mask, at: out.length - 1, a, b });
  }
  if (week !== undefined) markFullWeek(text, out, week, negateFrom);
  // WORD_RANGE is tried at every position of the text (its first part is optional); most texts
  // lack what a counted match needs and skip it.
  const lowered = lower ?? text.toLowerCase();
  if (WORD_RANGE_HINT.test(lowered)) scanWordRanges(text, hay, out, negateFrom);
  if (OPEN_CLOSE_HINT.test(lowered)) scanOpenClose(text, hay, out, negateFrom);
  return out;
}

/** The OPEN_CLOSE matches of `hay` (text or its lower-case twin) that the other readings did not read. */
function scanOpenClose(text: string, hay: string, out: HoursMatch[], negateFrom: number): void {
  OPEN_CLOSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN_CLOSE.exec(hay)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(out, start, end)) continue;
    const a = clockHour(Number(g.a), g.as) + Number(g.am ?? 0) / 60;
    const b = g.midnight !== undefined ? 0 : closingHour(g.b!, a, g.bs) + Number(g.bm ?? 0) / 60;
    out.push(rangeMatch(text, start, end, a, b, statedForEveryDay(text, start, end), negateFrom));
  }
}

/** Hours from `a` to `b` on the 24-hour clock, past midnight when `b` is earlier; 24 when equal. */
function spanHours(a: number, b: number): number {
  return (b - a + 24) % 24 || 24;
}

interface WeekdayRange {
  /** The weekdays the range is stated for, one bit each (Monday 1 … Sunday 64). */
  days: number;
  at: number;
  a: number;
  b: number;
}

/** The weekday a single day name stands for (Monday 0 … Sunday 6), or -1 for a span or other words. */
const WEEKDAY_PREFIXES: readonly (readonly string[])[] = [
  ['man', 'mon', 'ma'],
  ['tir', 'tue', 'ti'],
  ['ons', 'wed', 'on'],
  ['tor', 'thu', 'to'],
  ['fre', 'fri', 'fr'],
  ['lør', 'sat', 'lø'],
  ['søn', 'sun', 'sø'],
];
const SINGLE_DAY = new RegExp(`^(?:${DAY_NAMES})\\.?$`, 'iu');

function weekdayIndex(days: string): number {
  if (!SINGLE_DAY.test(days)) return -1;
  const name = days.replace(/\.$/u, '');
  return WEEKDAY_PREFIXES.findIndex((forms) => forms.some((f) => name.startsWith(f)));
}

const ALL_WEEK = 127;
const WEEKDAYS_WORD = /^(?:hverdage|weekdays)$/u;
const WEEKEND_WORD = /^weekend(?:er|s)?$/u;

/**
 * The weekdays a day word stands for, one bit each: a single day ("lør"), a span ("man-fre",
 * "fre - søn"), "hverdage"/"weekdays" (Monday to Friday), "weekend" (Saturday and Sunday), every
 * day; 0 for other words.
 */
function weekdayMask(days: string): number {
  if (WEEKDAYS_WORD.test(days)) return 31;
  if (WEEKEND_WORD.test(days)) return 96;
  if (EVERY_DAY_EXACT.test(days)) return ALL_WEEK;
  const single = weekdayIndex(days);
  if (single >= 0) return 1 << single;
  const ends = days.split(/\s?[-–]\s?/u);
  if (ends.length !== 2) return 0;
  const from = weekdayIndex(ends[0]!.trim());
  const to = weekdayIndex(ends[1]!.trim());
  if (from < 0 || to < 0) return 0;
  let mask = 0;
  for (let d = from; ; d = (d + 1) % 7) {
    mask |= 1 << d;
    if (d === to) break;
  }
  return mask;
}

/**
 * A table of the week with the same hours on all seven days ("Mandag 08:00-02:00 / Tirsdag
 * 08:00-02:00 / … / Søndag 08:00-02:00"): the hours hold every day, as "alle dage 08-02" says.
 * Parts of the week that together cover it ("Hverdage 07-01, weekend 00-24", "Man-fre 08-02,
 * lør-søn 10-04") hold every day for the fewest hours of any part: 18 there in the first.
 */
function markFullWeek(text: string, out: HoursMatch[], week: WeekdayRange[], negateFrom: number): void {
  let covered = 0;
  for (const w of week) covered |= w.days;
  if (covered !== ALL_WEEK) return;
  let least = 24;
  for (const w of week) least = Math.min(least, spanHours(w.a, w.b));
  for (const w of week) {
    const m = out[w.at]!;
    if (!m.everyDay) out[w.at] = rangeMatch(text, m.start, m.end, w.a, w.b, true, negateFrom, least);
  }
}

/** The WORD_RANGE matches of `hay` (text or its lower-case twin) that RANGE did not read. */
function scanWordRanges(text: string, hay: string, out: HoursMatch[], negateFrom: number): void {
  WORD_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RANGE.exec(hay)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (
      g.from === undefined &&
      g.as === undefined &&
      g.bs === undefined &&
      // "07 til 01 alle dage": without "fra" a range is hours only when every day follows it.
      !EVERY_DAY_AFTER.test(text.slice(end, end + 40))
    )
      continue;
    if (overlapsAny(out, start, end)) continue;
    const a = clockHour(Number(g.a), g.as) + Number(g.am ?? 0) / 60;
    const b = closingHour(g.b!, a, g.bs, g.bm !== undefined) + Number(g.bm ?? 0) / 60;
    out.push(rangeMatch(text, start, end, a, b, statedForEveryDay(text, start, end), negateFrom));
  }
}

/**
 * An hour range from hour `a` to hour `b` (24-hour clock, past midnight when `b` is earlier), open
 * `hours` a day (its span unless the week's fewest hours, see markFullWeek); `negated` is looked up
 * as scanHours says.
 */
function rangeMatch(
  text: string,
  start: number,
  end: number,
  a: number,
  b: number,
  everyDay: boolean,
  negateFrom: number,
  hours = spanHours(a, b),
): HoursMatch {
  return {
    start,
    end,
    kind: 'range',
    hoursPerDay: hours,
    everyDay,
    negated: (negateFrom <= 0 || (everyDay && hours >= negateFrom)) && isNegated(text, start, NEG_CUES, 3),
  };
}

/**
 * An hour on the 24-hour clock after "am"/"pm" or a part of the day ("4 om natten", "11 at night",
 * "4 nat", "8 aften"; "morgen"/"formiddag" keep the hour).
 */
function clockHour(hour: number, suffix: string | undefined): number {
  if (suffix === undefined) return hour;
  const s = suffix.toLowerCase();
  // "p.m." (not Swedish "på natten"); German, Dutch, Swedish and Norwegian evenings too.
  if (
    /^p(?!å)|aften(?:en)?$|eftermiddag(?:en)?$|evening$|afternoon$|abends$|avonds$|kvällen$|kvelden$/u.test(s)
  )
    return hour < 12 ? hour + 12 : hour;
  if (s.startsWith('a') && !s.startsWith('at')) return hour === 12 ? 0 : hour;
  if (/nat(?:ten)?$|night$|nachts$|nacht$|natta$/u.test(s))
    return hour === 12 ? 0 : hour >= 7 && hour < 12 ? hour + 12 : hour;
  return hour; // the morning
}

/**
 * The closing hour of a range in words. Without a suffix, "04" and "22" are on the 24-hour clock,
 * but "fra 10 til 4" is read as 10 to 16 (the way it is said), not as 18 hours. A closing time
 * written with its minutes is the 24-hour clock's, as "10:00-4:00" is: "von 8:00 bis 4:00 Uhr",
 * "fra 10.00 til 4.00" (the afternoon is written "16.00").
 */
function closingHour(raw: string, opening: number, suffix: string | undefined, withMinutes = false): number {
  const hour = Number(raw);
  if (suffix !== undefined) return clockHour(hour, suffix);
  const padded = raw.length === 2 && raw.startsWith('0');
  if (padded || withMinutes || hour >= 13 || hour >= opening || hour + 12 <= opening) return hour;
  return hour + 12;
}

/**
 * Whether a range in words holds every day: unless a day word that limits it stands before it in
 * the same sentence ("weekend fra 22 til 06"), or "alle dage" follows it.
 */
function statedForEveryDay(text: string, start: number, end: number): boolean {
  let before = text.slice(Math.max(0, start - 40), start);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('\n'));
  if (stop >= 0) before = before.slice(stop + 1);
  if (!SOME_DAYS_BEFORE.test(before) || EVERY_DAY_BEFORE.test(before)) return true;
  return EVERY_DAY_AFTER.test(text.slice(end));
}

/**
 * "24/7" naming a kind of relationship in BDSM ("et 24/7-forhold med min slave", "a 24/7 D/s
 * relationship", "24/7 TPE"): a way of living, not opening hours.
 */
const RELATIONSHIP_AFTER =
  /^[\s-]?(?:forhold|relationship|relation|d\/s|ds|tpe|lifestyle|dynamik|dynamic)(?![\p{L}])/iu;

function pushAlways(out: HoursMatch[], text: string, m: RegExpExecArray): void {
  const start = m.index;
  const end = start + m[0].length;
  // Only a number of hours can be a notice ("book 24 timer før") or the length of a paid date
  // ("per 24 hours"): "Booking 24/7" is open all hours.
  if (
    HOURS_COUNT.test(m[0]) &&
    (isBookingNotice(text, start) || isBookingLength(text, start, end) || isTimeLimit(text, start))
  )
    return;
  if (isOnlineBooking(text, start, end) || isMessagingOnly(text, start, end)) return;
  if (RELATIONSHIP_AFTER.test(text.slice(end, end + 16))) return;
  out.push({
    start,
    end,
    kind: 'always',
    hoursPerDay: 24,
    everyDay: true,
    negated: isNegated(text, start, NEG_CUES, 3),
  });
}

function overlapsAny(out: readonly HoursMatch[], start: number, end: number): boolean {
  for (const o of out) if (start < o.end && end > o.start) return true;
  return false;
}

const HOURS_COUNT = /^24\s?(?:timer|t\.?|h|hours?)$/iu;

// Another round-the-clock phrase may stand between: "Book online døgnet rundt 24/7". Bought there
// too, as a gift card is: "Gavekort kan købes online 24/7", "vouchers can be bought online 24/7".
const ONLINE_BEFORE =
  /(?:(?:online|web|internet)[-\s]?(?:booking|bestilling|reservation)|(?:book|bestil)(?:ing)? online|(?:købes|køb|købe|bestilles|bought|buy|purchased|ordered) online)(?:\s+(?:døgnet rundt|hele døgnet|24\s?\/\s?7|around the clock|round the clock))?\s*$/iu;
// The site may be named by its address: "24/7 på massage-anna.dk", "24/7 at www.lotus-spa.com",
// "book 24/7 at https://anna.example"; and in the Danish definite form: "24/7 på hjemmesiden".
const ONLINE_AFTER =
  /^\s*(?:(?:via|on|på|through|gennem|at)\s+(?:(?:my\s+|min\s+|the\s+|vores\s+|our\s+)?(?:hjemmeside|hjemmesiden|website|web ?site|site|web|app|appen|profil|profilen|profile)|(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]*\p{L}[\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,})|online)(?![\p{L}])/iu;

/**
 * "Online booking 24/7 via min hjemmeside" is a booking form that never closes, not a person who
 * works around the clock; "Booking 24/7 on +45 …" (a phone) still is.
 */
export function isOnlineBooking(text: string, start: number, end: number): boolean {
  return (
    ONLINE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    ONLINE_AFTER.test(text.slice(end, end + 60))
  );
}

/**
 * A date of 24 hours with its price: "2,500 EUR per 24 hours", "24 hours: 10.000 kr", "24 timer
 * 8000,-". The length of a booking, not opening hours.
 */
const PER_BEFORE = /(?:per|pr\.?|for|\/)\s*$/iu;
const PRICE_AFTER = /^\s*[:=–-]?\s*\d[\d.,\s]*\s*(?:kr\.?|dkk|eur|euro|€|,-)/iu;
/**
 * A package of 24 hours: "døgnpakke: 24 timer sammen med middag", "24 hours together", "a 24 hour
 * package", "Pakke: 24 timer".
 */
const PACKAGE_BEFORE = /(?<![\p{L}])(?:pakke|pakken|package|døgnpakke|døgnpakken)\s*[:=–-]?\s*$/iu;
const TOGETHER_AFTER = /^[\s-]*(?:sammen|together|date|dates|pakke|pakken|package)(?![\p{L}])/iu;

function isBookingLength(text: string, start: number, end: number): boolean {
  return (
    PER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
    PRICE_AFTER.test(text.slice(end, end + 20)) ||
    PACKAGE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
    TOGETHER_AFTER.test(text.slice(end, end + 12))
  );
}

/**
 * Messages may come at any hour, which says nothing of when she meets: "available 24/7 for text
 * enquiries", "Du kan skrive 24/7, men jeg svarer når jeg vil", "24/7 kan du skrive", "sms 24/7",
 * "texts welcome 24/7", "Du kan skrive på WeChat døgnet rundt", "booking 24/7 via sms", "tilgængelig 24
 * timer i døgnet på mail", "Du kan lægge en besked døgnet rundt", "I answer texts 24/7", "Odpisuję na
 * SMS 24/7", "Sms besvares 24/7", "SMS modtages 24/7", "texts received 24/7", "Te contesto mensajes las 24 horas" (read by unlimited-hours too),
 * "I read messages day and night", "SMS-y czytam całą dobę"; German and Dutch put the verb last:
 * "SMS könnt ihr mir rund um die Uhr schreiben", "je kunt me dag en nacht appen". An adverb may follow
 * the verb: "Skriv gerne døgnet rundt", "sms bare 24/7". A reply alone is to messages too: "Escríbeme,
 * respondo 24h", "I reply 24/7" (not "I answer 24/7", which may be the phone).
 */
const WRITE_BEFORE =
  /(?<![\p{L}])(?:(?:skrive|skriv|skriva|schreib|schreibt|schreiben|schrijf|write|text|sms|sms'e|message|whatsapp|telegram|viber|signal|wechat|kakaotalk|imessage)(?:\s+(?:gerne|bare|endelig|trygt|også|anytime|gern|ruhig))?(?:\s+(?:til\s+|to\s+)?(?:mig|me|mir|mij|meg))?(?:\s+(?:på|on|via)\s+\p{L}+)?|(?:texts?|messages?|sms|beskeder)\s+(?:welcome|velkommen|velkomne|ok)|(?:lægge|læg|leave|send|sende|efterlade)\s+(?:mig\s+|me\s+)?(?:en\s+|a\s+)?(?:besked|message|sms|voicemail)|(?:answer|answers|answering|reply to|respond to|svarer på|besvarer|odpisuję na|odpowiadam na|respondo|contesto|respondemos|contestamos)\s+(?:\p{L}+\s+)?(?:texts|messages|sms|beskeder|wiadomości|mensajes|mensagens)(?:\s+(?:las|los|as|os))?|(?:texts?|messages?|sms|beskeder|mails?)\s+(?:besvares|bliver besvaret|are answered|answered|modtages|received|are received)|(?:read|reading|læser|leser|läser|lese|czytam|odczytuję|читаю)\s+(?:my\s+|mine\s+|all\s+|alle\s+)?(?:texts|messages|sms(?:-y|er)?|beskeder|meldinger|wiadomości|сообщения|смс)|(?:sms(?:-y|er)?|wiadomości|texts|messages|beskeder)\s+(?:czytam|odczytuję|læser jeg|i read|lese ich)|(?:i\s+)?(?:reply|replies|respondo|contesto|respondemos|contestamos))\s*$/iu;
const MESSAGES_AFTER =
  /^\s*(?:(?:for|til)\s+(?:\p{L}+\s+)?(?:enquiries|inquiries|messages|texts|sms|beskeder|henvendelser|spørgsmål|questions)|(?:kan du|can you|you can|må du)\s+(?:skrive|write|text|sms'e|sms)|(?:via|per|pr\.|på|on|by|over)\s+(?:sms|text|texts|beskeder?|messages?|mail|e-?mail|whatsapp|telegram|wechat|signal|snapchat|snap|chat|messenger)|(?:sms|texts?|beskeder|messages?)(?=\s*(?:[,;.]|$))|(?:schreiben|simsen|texten|schrijven|appen|sms'en|smsen))(?![\p{L}])/iu;

/** "Ring/sms 24/7", "call or text 24/7": reachable by phone too, so the hours are hers. */
const CALL_TOO_BEFORE =
  /(?:ring|call|phone|tlf|opkald)\s*(?:\/|or|eller|og|&|\+)\s*(?:sms|text|skriv|write|whatsapp|telegram|viber|signal)\s*$/iu;

export function isMessagingOnly(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  if (CALL_TOO_BEFORE.test(before)) return false;
  return WRITE_BEFORE.test(before.slice(-28)) || MESSAGES_AFTER.test(text.slice(end, end + 32));
}

/**
 * "I reply within 24 hours", "svar inden for 24 timer", "innerhalb von 24 Stunden", Norwegian "jeg
 * svarer innen 24 timer", Dutch "antwoord binnen 24 uur", French "réponse sous 24h", Italian
 * "rispondo entro 24 ore": a time limit
 * (a reply, a cancellation), not opening hours. Also a cancellation term: "Cancellation under 24 h:
 * full fee", "afbud senere end 24 timer før", "less than 24h notice".
 */
const WITHIN_BEFORE =
  /(?<![\p{L}])(?:within|inden ?for|in under|under|in less than|less than|mindre end|senere end|later than|innerhalb von|inom|innen|binnen|en menos de|sous|entro|dans les|en moins de)\s*$/iu;

export function isTimeLimit(text: string, start: number): boolean {
  return WITHIN_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** "book 24 timer før", "bestil mindst 24 timer i forvejen": advance booking, not opening hours. */
function isBookingNotice(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
  // "min." and "ca." are abbreviations, not the end of the sentence.
  return /(?:book|bestil|booking|mindst|at least|senest)(?:[^.!?\n]|(?<![\p{L}])(?:min|ca)\.)*$/u.test(
    before,
  );
}

/** Whether a match means open around the clock: 24/7 or 18+ hours every day, not negated. */
export function isAroundTheClock(m: HoursMatch, minHours = 18): boolean {
  return !m.negated && m.everyDay && m.hoursPerDay >= minHours;
}
