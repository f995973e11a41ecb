/**
 * A cheap test of whether a text can hold an around-the-clock match of the hours parser (see
 * `findAroundTheClock`): most ads hold neither a "24/7"-like phrase nor an hour range long enough,
 * and skip the parser. It mirrors the parser's patterns in hours.ts; hours.test.ts checks that
 * the gated search finds what the full parse finds.
 */

/**
 * Every "24/7"-like match of the hours parser ("24/7", "døgnet rundt", "round the clock", "open all
 * night", "åben hele natten", "alle dage 00-24") holds one of these in lower case (the same words
 * as its own pre-check, ALWAYS_HINT in hours.ts).
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
    if (followingShifts(text, dash, b, span) > minHours - 1) return true;
  }
  return false;
}

/** The first index at or after `from` of a dash that an hour range can hold, or -1. */
export function nextDash(text: string, from: number): number {
  const hyphen = text.indexOf('-', from);
  const enDash = text.indexOf('–', from);
  return hyphen < 0 ? enDash : enDash < 0 ? hyphen : Math.min(hyphen, enDash);
}

/** How far a dash may be from the one before it to begin a shift that follows on. */
const NEXT_SHIFT_REACH = 40;

/**
 * The hours of a range (`span`, closing at hour `b`, dash at `dash`) and the ranges after it
 * that start where the one before closed, as the parser joins them ("10-22 og 22-10", NEXT_SHIFT
 * in hours.ts). Looser than the parser (whole hours, any words between): a gate may let through
 * what the parser then refuses, never the other way round.
 */
function followingShifts(text: string, dash: number, b: number, span: number): number {
  let total = span === 0 ? 24 : span;
  let closes = b;
  for (let at = dash, k = 0; k < 3; k += 1) {
    const next = nextDash(text, at + 1);
    if (next < 0 || next - at > NEXT_SHIFT_REACH) break;
    const opens = hourBefore(text, next);
    const to = opens < 0 ? -1 : hourAfter(text, next);
    if (to < 0 || opens % 24 !== closes % 24) break;
    total += (to - opens + 24) % 24 || 24;
    closes = to;
    at = next;
  }
  return total;
}

/**
 * Where the parser's "24/7" search may start in lower-cased `lower` (-1: no such match can be
 * there), or null when `lower` can hold no around-the-clock match of `minHours` or more at all.
 */
export function aroundTheClockHint(lower: string, minHours: number): number | null {
  const hint = alwaysFrom(lower);
  return hint < 0 && !mayStateLongRange(lower, minHours) ? null : hint;
}
