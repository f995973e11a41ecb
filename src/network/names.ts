import type { AdInput } from '../shared/types.js';
import { foldText, townOfWord } from './cities.js';

/**
 * The name an ad presents. "Different person" in the catalogue means a different name, so the
 * network needs a name for every ad, also for ads that state it only in free text
 * ("Jeg hedder Sabrina", "This is Bianca, 19", "Mai, 33 år", title "Dao - Thai lady").
 */

/** Words that introduce the person's name; matched on folded, lowercased words. */
const cues: string[][] = [
  ['jeg', 'hedder'], ['hedder'], ['my', 'name', 'is'], ['i', 'am'], ["i'm"], ['im'], ['this', 'is'],
  ['jeg', 'er'], ['called'], ['kaldet'], ['presents'], ['finder', 'du', 'nu'], ['massose'], ['massor'],
  ['meet'], ['mit', 'navn', 'er'],
];

/** Capitalised words that are not names (greetings, nationalities, selling words). */
const notNames = new Set([
  'new', 'ny', 'nye', 'hot', 'sweet', 'sexy', 'sod', 'thai', 'asian', 'danish', 'dansk', 'latina',
  'ukrainian', 'romanian', 'spanish', 'russian', 'african', 'nigerian', 'brazilian', 'vip', 'massage',
  'klinik', 'clinic', 'hello', 'hej', 'hi', 'hola', 'independent', 'moden', 'mature', 'lady', 'girl',
  'pige', 'the', 'og', 'and', 'ring', 'call', 'tel', 'tlf', 'sms', 'price', 'pris', 'jeg', 'she', 'hun',
  'my', 'min', 'open', 'aben', 'book', 'booking', 'only', 'kun', 'real', 'aegte', 'young', 'ung',
  'beautiful', 'smuk', 'escort', 'model', 'models', 'student', 'tjekkisk', 'polish', 'polsk', 'english',
  'engelsk', 'from', 'fra', 'in', 'i', 'a', 'an', 'we', 'vi', 'our', 'vores', 'her', 'here', 'welcome',
  'velkommen', 'whatsapp', 'telegram', 'viber', 'contact', 'kontakt', 'incall', 'outcall', 'gfe', 'erotic',
  'erotisk', 'body', 'nuru', 'tantra', 'relax', 'discreet', 'diskret', 'exclusive', 'eksklusiv', 'busty',
  'blonde', 'blond', 'brunette', 'petite', 'curvy', 'milf', 'top', 'best', 'bedste', 'special', 'tilbud',
]);

interface Word {
  raw: string;
  folded: string;
}

function wordsOf(text: string): Word[] {
  return (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((raw) => ({ raw, folded: foldText(raw).replace(/’/g, "'") }));
}

/** A capitalised word ("Mia", "Ioana") that is not a known non-name or a town. */
function isNameLike(w: Word | undefined): w is Word {
  if (!w) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.raw)) return false;
  return !notNames.has(w.folded) && townOfWord(w.folded) === undefined;
}

/** Whether a single word could be a presented name ("Mia"; not "Ring", "Odense", "NEW"). */
export function isNameWord(word: string): boolean {
  return isNameLike({ raw: word, folded: foldText(word) });
}

function byCue(words: Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    for (const cue of cues) {
      if (cue.every((c, j) => words[i + j]?.folded === c)) {
        const candidate = words[i + cue.length];
        if (isNameLike(candidate)) return candidate.raw;
      }
    }
  }
  return null;
}

/** "Bianca 19", "Mai, 33 år": a name followed by an adult age. */
function byAge(text: string): string | null {
  for (const m of text.matchAll(/(\p{Lu}\p{Ll}+)\s*[,(]?\s*(\d{2})\b/gu)) {
    const age = Number(m[2]);
    const word = m[1]!;
    if (age >= 18 && age <= 79 && isNameLike({ raw: word, folded: foldText(word) })) return word;
  }
  return null;
}

/** "Dao - Thai lady Horsens", "Anne her": a name leading the title or text. */
function byLead(text: string): string | null {
  const m = /^\s*(\p{Lu}\p{Ll}+)\s*(?:[-–,:!]|\s+(?:her|here)\b)/u.exec(text);
  const word = m?.[1];
  return word && isNameLike({ raw: word, folded: foldText(word) }) ? word : null;
}

/** The name the ad presents (structured field first, then free text), or null. */
export function extractName(ad: Pick<AdInput, 'name' | 'title' | 'text'>): string | null {
  const given = ad.name?.trim();
  if (given) return given;
  const title = ad.title ?? '';
  const text = ad.text ?? '';
  return (
    byCue(wordsOf(text)) ??
    byCue(wordsOf(title)) ??
    byAge(title) ??
    byAge(text) ??
    byLead(title) ??
    byLead(text)
  );
}

/** Comparable form of a name: folded, letters only ("Ioana" = "ioana", "Zoë" = "zoe"). */
export function normaliseName(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = foldText(name).replace(/[^\p{L}]+/gu, ' ').trim();
  return folded.length > 0 ? folded : null;
}
