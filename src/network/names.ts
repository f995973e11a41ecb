import type { AdInput } from '../shared/types.js';
import { foldText, foldWord } from './cities.js';
import { businessAfter, businessBefore, isCommonWord, placePreps } from './name-lexicon.js';

/**
 * The name an ad presents. "Different person" in the catalogue means a different name, so the
 * network needs a name for every ad, also for ads that state it only in free text. A missed
 * name makes two persons on one phone look like a re-post; a wrong one ("Oi", "Kina") makes a
 * re-post look like two persons. So the reader looks for the ways ads actually present a name,
 * strongest first, and only falls back to weak clues (a name-shaped word leading the title)
 * when nothing stronger is there:
 *   1. a self-introduction: "Jeg hedder Mia", "My name (is) Mia", "I'm Mia", "It's Mia", "me Mia",
 *      "Kald mig Mia", "Hej, det er Mia", "Klinik X præsenterer: Mia"; or "Mia here", "Mia her",
 *      "Mia is 25", "Mia er 34";
 *   2. a name with an adult age or an origin: "Mia 24 - Aarhus", "Mia, 24,", "Mia (24)",
 *      "Mia 🇺🇦 24", "Mia på 24 år", "Mia from Ghana", "Mia fra Kina";
 *   3. a name after a noun or "with"/"hos" ("thai pige Mia", "relax with Mia"), or a title
 *      word that the text repeats ("DANIELA 💃 ..." over "DANIELA 💃 ...");
 *   4. the first name-shaped word of the title ("NEW!! ISABELLA", "Sexy Mia 💋");
 *   5. the first word of the text when a separator follows it ("Mia – ...").
 * "Name-shaped" is a capitalised word (or, where the context is strong, an all-capitals one) that
 * is not a common word, a place or a nationality (name-lexicon.ts), not right after "from"/"fra"/
 * "i"/"in" (a place), and not part of a business name ("Klinik Rosen", "Nordlys Models").
 */

type Shape = 'title' | 'upper' | 'lower' | 'num' | 'other';

interface Token {
  raw: string;
  folded: string;
  shape: Shape;
  /** The characters between the previous token and this one. */
  gap: string;
}

/** Shapes memoised per word, like the folding: the vocabulary of ads is small. */
const shapes = new Map<string, Shape>();
function shapeOf(raw: string): Shape {
  let s = shapes.get(raw);
  if (s === undefined) {
    if (/^\d+$/.test(raw)) s = 'num';
    else if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(raw)) s = 'title';
    else if (/^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u.test(raw)) s = 'upper';
    else if (/^[\p{Ll}'’-]+$/u.test(raw)) s = 'lower';
    else s = 'other';
    if (shapes.size >= 100_000) shapes.clear();
    shapes.set(raw, s);
  }
  return s;
}

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const raw = m[0];
    out.push({ raw, folded: foldWord(raw), shape: shapeOf(raw), gap: text.slice(last, m.index) });
    last = m.index + raw.length;
  }
  return out;
}

/** Gaps: only spaces (inside a phrase); a cue's colon or dash; what may stand between a name and its age. */
const pictograph = String.raw`\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D`;
const softGap = /^[ \t\u00A0]+$/u;
const emojiGap = new RegExp(`^[\\s${pictograph}]+$`, 'u');
const cueGap = /^[\s:–—"“”'-]+$/u;
const ageGap = new RegExp(`^[\\s,(:–—\\-${pictograph}]+$`, 'u');

/** Self-introductions, folded, before the name. After the loose ones ("me", "meet", "mød") only a Title Case word counts, not capitals ("me NOW"). */
const cues: string[][] = [
  ['jeg', 'hedder'],
  ['hun', 'hedder'],
  ['hedder'],
  ['mit', 'navn', 'er'],
  ['mit', 'navn'],
  ['navnet', 'er'],
  ['navn'],
  ['my', 'name', 'is'],
  ['my', "name's"],
  ['my', 'name'],
  ['name', 'is'],
  ['name'],
  ['names'],
  ['i', 'am'],
  ["i'm"],
  ['im'],
  ['this', 'is'],
  ["it's"],
  ['its'],
  ['it', 'is'],
  ['she', 'is'],
  ["she's"],
  ['jeg', 'er'],
  ['det', 'er'],
  ['her', 'er'],
  ['dette', 'er'],
  ['kald', 'mig'],
  ['call', 'me'],
  ['me'],
  ['called'],
  ['kaldet'],
  ['kaldes'],
  ['named'],
  ['soy'],
  ['presents'],
  ['presenting'],
  ['introducing'],
  ['praesenterer'],
  ['finder', 'du', 'nu'],
  ['meet'],
  ['mod'],
];
/** Cues by their last word, so each token is checked against the few cues that can end there. */
const cuesByLast = new Map<string, string[][]>();
for (const cue of cues)
  cuesByLast.set(cue[cue.length - 1]!, [...(cuesByLast.get(cue[cue.length - 1]!) ?? []), cue]);
const titleCaseOnlyCues = new Set(['me', 'mod', 'meet']);
const afterCues = new Set(['here', 'her', 'speaking']);
const beCues = new Set(['is', 'er']);
const articles = new Set(['a', 'an', 'en', 'kun', 'only', 'just', 'lige']);
const nounCues = new Set([
  'girl',
  'pige',
  'lady',
  'dame',
  'kvinde',
  'woman',
  'queen',
  'beauty',
  'skonhed',
  'babe',
  'model',
  'massose',
  'masseuse',
  'massor',
  'masseur',
  'companion',
  'princess',
  'prinsesse',
  'escort',
  'with',
  'hos',
  'by',
  'med',
  'miss',
  'frk',
  'mistress',
  'madam',
]);
const originPreps = new Set(['from', 'fra']);
/** What after a two-digit number makes it a price, a time or a phone, not an age. */
const notAgeAfter = new Set([
  'min',
  'mins',
  'minutes',
  'minutter',
  'kr',
  'dkk',
  'eur',
  'euro',
  'h',
  't',
  'time',
  'timer',
  'hour',
  'hours',
  'hrs',
  'days',
  'dage',
  'dg',
  'x',
]);

function isAge(ts: Token[], i: number): boolean {
  const t = ts[i];
  if (t?.shape !== 'num' || t.raw.length !== 2) return false;
  const n = Number(t.raw);
  if (n < 18 || n > 79) return false;
  const next = ts[i + 1];
  if (!next) return true;
  if (/^\s*[%€$]/u.test(next.gap)) return false;
  if (next.shape === 'num' && /^\s*[/:.+–-]?\s*$/u.test(next.gap)) return false;
  return !(notAgeAfter.has(next.folded) && /^\s*$/u.test(next.gap));
}

/** Whether token i follows "from"/"fra"/"in"/"i" through a run of capitalised words ("from Benin City"). */
function inPlace(ts: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && softGap.test(ts[j + 1]!.gap); j--) {
    const t = ts[j]!;
    if (placePreps.has(t.folded) && t.raw !== 'I') return true;
    if (t.shape !== 'title' && t.shape !== 'upper') return false;
  }
  return false;
}

function inBusiness(ts: Token[], i: number): boolean {
  const prev = ts[i - 1];
  const next = ts[i + 1];
  if (prev && softGap.test(ts[i]!.gap) && businessBefore.has(prev.folded)) return true;
  return next !== undefined && softGap.test(next.gap) && businessAfter.has(next.folded);
}

function nameAt(ts: Token[], i: number, upper: boolean): string | null {
  const t = ts[i];
  if (!t || t.folded.length < 2) return null;
  if (t.shape !== 'title' && !(upper && t.shape === 'upper' && t.raw.length >= 3)) return null;
  if (isCommonWord(t.raw, t.folded) || inPlace(ts, i) || inBusiness(ts, i)) return null;
  return t.raw;
}

function cueEndsAt(ts: Token[], end: number, cue: string[]): boolean {
  const start = end - cue.length + 1;
  if (start < 0) return false;
  return cue.every((c, k) => ts[start + k]!.folded === c && (k === 0 || softGap.test(ts[start + k]!.gap)));
}

/** Tier 1: "jeg hedder Mia", "I'm Mia", "Mia here", "Mia er 34". */
function introduced(ts: Token[]): string | null {
  for (let i = 0; i < ts.length; i++) {
    const candidates = i > 0 ? cuesByLast.get(ts[i - 1]!.folded) : undefined;
    if (candidates && cueGap.test(ts[i]!.gap)) {
      for (const cue of candidates) {
        if (!cueEndsAt(ts, i - 1, cue)) continue;
        const name = nameAt(ts, i, !titleCaseOnlyCues.has(cue[0]!));
        if (name) return name;
      }
    }
    const next = ts[i + 1];
    if (!next) continue;
    const after = afterCues.has(next.folded);
    const be =
      beCues.has(next.folded) &&
      (isAge(ts, i + 2) || (articles.has(ts[i + 2]?.folded ?? '') && isAge(ts, i + 3)));
    if ((after || be) && emojiGap.test(next.gap)) {
      const name = nameAt(ts, i, true);
      if (name) return name;
    }
  }
  return null;
}

/** Tier 2: "Mia, 24", "Mia 🇺🇦 24", "Mia på 24 år", "Mia from Ghana". */
function withAgeOrOrigin(ts: Token[]): string | null {
  for (let i = 0; i < ts.length; i++) {
    const next = ts[i + 1];
    if (!next) break;
    // Cheap word tests first: this runs on every word of every text-only ad.
    const aged = isAge(ts, i + 1) && ageGap.test(next.gap);
    const pa = next.folded === 'pa' && isAge(ts, i + 2) && softGap.test(next.gap);
    const origin =
      originPreps.has(next.folded) &&
      ts[i + 2] !== undefined &&
      ts[i + 2]!.shape !== 'num' &&
      /^[\s,]+$/u.test(next.gap);
    if (aged || pa || origin) {
      const name = nameAt(ts, i, true);
      if (name) return name;
    }
  }
  return null;
}

/** Tier 3: "thai pige Mia", "relax with Mia", or a title word the text repeats. */
function byNounOrEcho(title: Token[], text: Token[]): string | null {
  for (const ts of [text, title]) {
    for (let i = 1; i < ts.length; i++) {
      if (!nounCues.has(ts[i - 1]!.folded) || !softGap.test(ts[i]!.gap)) continue;
      const name = nameAt(ts, i, false);
      if (name) return name;
    }
  }
  const inText = new Set(text.filter((t) => t.shape === 'title' || t.shape === 'upper').map((t) => t.folded));
  for (let i = 0; i < title.length; i++) {
    if (!inText.has(title[i]!.folded)) continue;
    const name = nameAt(title, i, true);
    if (name) return name;
  }
  return null;
}

/** Tier 4: the first name-shaped word of the title. */
function titleLead(title: Token[]): string | null {
  for (let i = 0; i < title.length; i++) {
    const name = nameAt(title, i, true);
    if (name) return name;
  }
  return null;
}

/** Tier 5: the first word of the text with a separator after it ("Mia – massage"). */
function textLead(text: Token[]): string | null {
  const next = text[1];
  if (!next || !/^\s*[-–,:!]/u.test(next.gap)) return null;
  return nameAt(text, 0, false);
}

/** Drops a weak-tier name that the ad also writes in lower case: a common word we did not list. */
function unlessLowercase(name: string | null, all: Token[]): string | null {
  if (name === null) return null;
  const folded = foldWord(name);
  return all.some((t) => t.shape === 'lower' && t.folded === folded) ? null : name;
}

/** The name the ad presents (structured field first, then free text), or null. */
export function extractName(ad: Pick<AdInput, 'name' | 'title' | 'text'>): string | null {
  const given = ad.name?.trim();
  if (given) return given;
  const title = tokenise(ad.title ?? '');
  const text = tokenise(ad.text ?? '');
  const strong = introduced(text) ?? introduced(title) ?? withAgeOrOrigin(title) ?? withAgeOrOrigin(text);
  if (strong) return strong;
  const all = [...title, ...text];
  return (
    unlessLowercase(byNounOrEcho(title, text), all) ??
    unlessLowercase(titleLead(title), all) ??
    unlessLowercase(textLead(text), all)
  );
}

/** Whether a single word could be a presented name ("Mia"; not "Ring", "Odense", "NEW"). */
export function isNameWord(word: string): boolean {
  return shapeOf(word) === 'title' && !isCommonWord(word, foldWord(word));
}

/** Comparable form of a name: folded, letters only ("Ioana" = "ioana", "Zoë" = "zoe"). */
export function normaliseName(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = foldText(name)
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return folded.length > 0 ? folded : null;
}
