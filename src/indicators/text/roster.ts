/**
 * Reading a roster: the names of several persons after a heading ("I dag på arbejde: Mia, Sofia og
 * Lulu", "Today working: Anna (Thailand), Mai (Vietnam)") or a name with a mark ("Sasha (ny!)").
 * Shared by rotating-workers, third-party-voice and new-in-town so that all three agree on what a
 * name is and which capitalised words of a schedule, a menu or a contact line are not names.
 */

import { letterBefore } from './terms.js';

/** Headings of who works today: "I dag på arbejde", "Working today", "On duty today". */
export const ON_DUTY_HEADINGS = [
  'i dag på arbejde',
  'på arbejde i dag',
  'i dag arbejder',
  'i dag på vagt',
  'på vagt i dag',
  'today working',
  'working today',
  'now working',
  'working now',
  'on duty today',
  'today on duty',
  // On duty for a period other than the day, its colon after: "På vagt i december: Nan, Lek og Ying",
  // "På vagt denne uge:", "On duty this week:" (names must follow, as for every heading).
  '(?:på vagt|on duty) (?:i|denne|this|in) \\p{L}+(?=\\s?:)',
  // A clinic's list of the day: "Pigerne i dag: Nana (Thailand), Mai (Thailand), Lin (Vietnam)".
  'pigerne i dag',
  'damerne i dag',
  'dagens piger',
  'dagens damer',
  'girls today',
  'ladies today',
  "today's girls",
  "today's ladies",
];

/** One name in a roster, with what often follows it: "(Thailand)", ", 23", "fra Rumænien". */
// The names may be joined in the visitors' languages: "Ana y Lucía", "Elena și Maria", "Маша и Даша"
// (not Polish "i", Danish for "in": "Mia og Sofia i Aarhus").
// Her flag may follow the name: "Mai 🇹🇭, Lily 🇨🇳 and Anna 🇵🇭".
// A list one name a line may open each line with a mark or an emoji ("▪️ Nikoleta", "🌸 Kim (18,
// Vietnam)"); an emoji inside a line is no mark, so "Studio Amor 💋 Esbjerg" is not read as names.
// Each name may carry what the house says of her, in words, an age or an origin, on her own line:
// "Nikoleta – rumænsk, 24", "Nadia, 19 år, dansk", "Sasha, 25, fra Letland", "Vicky, 30, hot latina";
// an age and an origin in brackets: "Anna 19 (Kina), Vivi 27 (Vietnam)".
const ROSTER_ITEM =
  /^(?:[\s:–—•*✔✓·▪▫◦‣►▸➤-]*\n[ \t]*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[ \t]*)?|[\s:–—•*✔✓·▪▫◦‣►▸➤-]*)(\p{Lu}\p{Ll}+)(?:\s*[\u{1F1E6}-\u{1F1FF}]{2})*(?:\s*\([^()\n]{0,30}\)|\s*,?\s*\d{2}(?:\s*(?:år|years?|y\.?o\.?))?(?![\d])(?:\s*\([^()\n]{0,30}\))?|\s+(?:fra|from)\s+\p{Lu}\p{Ll}+)?(?:[ \t]*[,–—-][ \t]*(?:\d{2}(?:\s*(?:år|years?))?(?![\d])|(?:fra|from)\s+\p{Lu}\p{Ll}+|\p{Ll}+(?:[ \t]\p{Ll}+)?)){0,3}(?:\s*(?:,|&|\+|\/|•|\||(?<![\p{L}])(?:og|and|und|y|e|și|şi|si|и)(?![\p{L}])))?/u;

/** Capitalised words of a schedule, a menu or a contact line: not names. */
const NOT_NAMES = new Set([
  // Schedule.
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'open',
  'åbent',
  'åben',
  // Menu.
  'massage',
  'tantra',
  'body',
  'thai',
  'oil',
  'olie',
  'gfe',
  'kys',
  'incall',
  'outcall',
  'pris',
  'price',
  // Contact.
  'ring',
  'call',
  'tlf',
  'tel',
  'book',
  'sms',
  'nummer',
  'number',
  // Small words and marks.
  'and',
  'og',
  'from',
  'fra',
  'the',
  'new',
  'ny',
  'nye',
]);

/** A capitalised word that may be a person's name ("Sasha"), not "Mandag", "Ring" or "Massage". */
export function isRosterName(word: string): boolean {
  return !NOT_NAMES.has(word.toLowerCase());
}

/**
 * How many names stand one after another from `from` (up to `atLeast`): "Lin 23, Mai 25, Joy 21",
 * "• Sasha • Katja • Amalie", "Mia, Sofia og Lulu". The walk stops at the first word that is not a
 * name, so "Anna. Mandag–fredag 10–22" is one name, not a roster.
 */
export function rosterNamesAt(text: string, from: number, atLeast: number): number {
  const names = namesFrom(text, from, atLeast);
  if (names > 0) return names;
  // The venue on the heading's own line, the names below it: "I DAG PÅ ARBEJDE ❤️ Studio Amor,
  // Esbjerg\n- Nadia, 19 år", "Today's girls @ Relax Studio:\n🌸 Kim (18)". Not past a sentence.
  const line = text.slice(from, from + 60);
  const end = line.indexOf('\n');
  if (end < 0 || /[.!?]/u.test(line.slice(0, end))) return 0;
  return namesFrom(text, from + end, atLeast);
}

function namesFrom(text: string, from: number, atLeast: number): number {
  let rest = text.slice(from, from + 240);
  let names = 0;
  for (let m = ROSTER_ITEM.exec(rest); m !== null && m[0].length > 0; m = ROSTER_ITEM.exec(rest)) {
    if (!isRosterName(m[1]!)) return names;
    names += 1;
    if (names >= atLeast) return names;
    rest = rest.slice(m[0].length);
  }
  return names;
}

/**
 * A shift plan: "Dagvagt 10-18: Nid (thailandsk, 34) … Aftenvagt 18-02: Fon", "Day shift: Mai, night
 * shift: Lin". Each shift heading is followed by a name; two different shifts so staffed are several
 * persons at one place, listed by the venue. One shift alone ("Dagvagt hos mig: 10-18") is a schedule.
 */
const SHIFT_WORD = /vagt|shift/iu;
// The start guard is checked by hand (letterBefore): as a leading lookbehind it ran at every
// character of every ad, which cost more than the rest of the pattern.
const SHIFT_NAMED =
  /(dagvagt|aftenvagt|nattevagt|morgenvagt|formiddagsvagt|eftermiddagsvagt|day shift|evening shift|night shift|morning shift)[^:\n]{0,16}:\s*(\p{Lu}\p{Ll}+)/giu;

/** Where the second differently named shift of a staffed shift plan is, or null. */
export function staffedShifts(text: string): { start: number; end: number } | null {
  // Every heading ends in "vagt" or holds "shift": a cheap test spares most ads the pattern.
  if (!SHIFT_WORD.test(text)) return null;
  const kinds = new Set<string>();
  SHIFT_NAMED.lastIndex = 0;
  for (let m = SHIFT_NAMED.exec(text); m !== null; m = SHIFT_NAMED.exec(text)) {
    if (letterBefore(text, m.index)) {
      SHIFT_NAMED.lastIndex = m.index + 1;
      continue;
    }
    if (!isRosterName(m[2]!)) continue;
    kinds.add(m[1]!.toLowerCase());
    if (kinds.size >= 2) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
