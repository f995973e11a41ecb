/**
 * A generic "is this span negated" check: looks back a few words, within the same clause, for a
 * negation cue. The cue list is a parameter because what negates depends on the indicator
 * ("uden kondom" is itself the thing one indicator looks for).
 */

/** Common negation cues in Danish and English. */
export const NEGATION_CUES: readonly string[] = [
  'no',
  'not',
  'never',
  'none',
  'nothing',
  'without',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "isn't",
  "aren't",
  "won't",
  "can't",
  'cant',
  'cannot',
  'nor',
  'ingen',
  'intet',
  'ikke',
  // SMS spelling of "ikke" ("ikk ny i byen").
  'ikk',
  'aldrig',
  'uden',
  'ej',
  'hverken',
];

/**
 * An emoji set off by spaces: it separates the items of an emoji-laid ad as a bullet does ("💥 Også
 * uden kondom 💦 Åben 9-03 alle dage"). Not the check and cross marks, which belong to their item.
 */
export const EMOJI_BULLET = String.raw`\s(?:(?![❌🚫⛔✖✗✘❎🙅✅✔☑👍])\p{Extended_Pictographic}\uFE0F?)+\s`;

// Clause boundaries stop the look-back: "No drugs. Open 24/7" is not a negated "24/7".
const CLAUSE_BREAK = new RegExp(String.raw`[.!?;\n]|\s(?:but|men|however|dog)\s|${EMOJI_BULLET}`, 'giu');
// A word starts with a letter: a lone quote mark ("I'm not an 'all services' girl") is no word.
const WORD = /\p{L}[\p{L}']*/gu;

const DAYS_OFF = / (?:no|ingen|uden|without|never|aldrig) (?:fridage|fridag|days? off)(?= )/gu;

/**
 * True when one of `cues` appears among the `window` words before `start` in `text`, in the same
 * clause. Multi-word cues ("har ikke") are matched as word sequences.
 */
export function isNegated(
  text: string,
  start: number,
  cues: readonly string[] = NEGATION_CUES,
  window = 3,
): boolean {
  let from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = 0;
  while ((m = CLAUSE_BREAK.exec(before)) !== null) cut = m.index + m[0].length;
  from += cut;
  const words = (text.slice(from, start).toLowerCase().match(WORD) ?? []).slice(-window);
  if (words.length === 0) return false;
  // "ingen fridage", "no days off": being there every day, not a denial of what follows ("no days
  // off, 10-04").
  const joined = ` ${words.join(' ')} `.replace(DAYS_OFF, ' ');
  return cues.some((cue) => joined.includes(` ${cue.toLowerCase()} `));
}
