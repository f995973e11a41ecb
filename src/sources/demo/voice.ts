import {
  brokenIntros,
  brokenOffers,
  closingPatterns,
  expand,
  foreignBits,
  greetings,
  introPatterns,
  offerPatterns,
  placePatterns,
  selfPatterns,
  valuePatterns,
  extraPatterns,
} from './phrasing.js';
import type { Rng } from './prng.js';
import type { Lang } from './snippets.js';

/**
 * A writer's habits: how one person (or one network's copywriter) writes. Habits are drawn
 * once per writer, so her sentences look alike while two writers differ even when they say
 * the same things: typos, case, punctuation, emojis, broken English, words from Danish or
 * English. Habits touch only the free sentences; planted and "tricky negative" sentences are
 * left exactly as written, so the text indicators keep their ground truth.
 */
export interface Voice {
  lang: Lang;
  /** Share of words (4+ letters) with a typo. */
  typoRate: number;
  lowercase: boolean;
  /** End of a sentence: ".", "!", "!!", "..." or nothing. */
  stop: string;
  emojis: string[];
  /** Chance of an emoji after a sentence. */
  emojiRate: number;
  /** Second-language English (for foreign workers writing in English). */
  broken: boolean;
  /** Drops a word of the other language in now and then. */
  mixes: boolean;
  /** Sentence separator. */
  separator: string;
}

/** Emojis with no drug or youth meaning (see indicators/drugs-offered.ts for those). */
const safeEmojis = [
  '💋',
  '😘',
  '🌹',
  '❤️',
  '💕',
  '😊',
  '✨',
  '💖',
  '🥰',
  '😉',
  '🌸',
  '👠',
  '💄',
  '🔥',
  '☺️',
  '💫',
  '🌺',
  '😍',
  '🙈',
  '💜',
];

/** Draws a writer's habits. `foreign` writers of English may write broken English. */
export function makeVoice(rng: Rng, lang: Lang, foreign: boolean): Voice {
  return {
    lang,
    typoRate: rng.chance(0.4) ? 0 : rng.pick([0.02, 0.04, 0.06, 0.1, 0.15]),
    lowercase: rng.chance(0.15),
    stop: rng.pick(['.', '.', '.', '!', '!!', '...', '']),
    emojis: rng.sample(safeEmojis, rng.int(1, 4)),
    emojiRate: rng.chance(0.4) ? 0 : rng.pick([0.2, 0.4, 0.7]),
    broken: lang === 'en' && foreign && rng.chance(0.5),
    mixes: rng.chance(0.25),
    separator: rng.pick([' ', ' ', ' ', '\n', ' ~ ', ' | ', '\n\n']),
  };
}

/** One typo: swapped, dropped or doubled letter. */
function typo(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i]! + word.slice(i);
  }
}

/** Writes a free sentence in the writer's voice (placeholders are left for `fill`). */
export function voiced(rng: Rng, voice: Voice, sentence: string): string {
  // Placeholders are matched first so that a typo never breaks "{name}".
  let s = sentence.replace(/\{\w+\}|\p{L}{4,}/gu, (w) =>
    w.startsWith('{') || !rng.chance(voice.typoRate) ? w : typo(rng, w),
  );
  if (voice.lang === 'en') s = s.replace(/\bi\b/g, 'I').replace(/\bi'm\b/g, "I'm");
  if (voice.lowercase) s = s.toLowerCase();
  else s = s.charAt(0).toUpperCase() + s.slice(1);
  s += voice.stop;
  if (rng.chance(voice.emojiRate)) s += ` ${rng.pick(voice.emojis)}`;
  return s;
}

/**
 * The free sentences of an independent ad, in the writer's voice: an intro with her name,
 * then a shuffled selection of self, offer, place and value lines, and a closing.
 */
export function freeSentences(
  rng: Rng,
  voice: Voice,
): { intro: string[]; body: string[]; closing: string[] } {
  const { lang } = voice;
  const intro: string[] = [];
  if (rng.chance(0.5))
    intro.push(
      voiced(
        rng,
        { ...voice, stop: rng.pick([',', '!', '']), typoRate: 0 },
        expand(rng, rng.pick(greetings[lang])),
      ),
    );
  const introPattern =
    voice.broken && rng.chance(0.7) ? rng.pick(brokenIntros) : rng.pick(introPatterns[lang]);
  intro.push(voiced(rng, voice, expand(rng, introPattern)));
  // Every ad says a few things about herself and her offer; the rest is optional.
  const pools = [
    { pool: selfPatterns, min: 1 },
    { pool: offerPatterns, min: 1 },
    { pool: placePatterns, min: 0 },
    { pool: valuePatterns, min: 0 },
    { pool: extraPatterns, min: 0 },
  ];
  const body: string[] = [];
  for (const { pool, min } of pools) {
    for (let n = rng.int(min, 2); n > 0; n--) {
      const pattern =
        voice.broken && pool === offerPatterns && rng.chance(0.6)
          ? rng.pick(brokenOffers)
          : rng.pick(pool[lang]);
      body.push(voiced(rng, voice, expand(rng, pattern)));
    }
  }
  while (body.length < 4) body.push(voiced(rng, voice, expand(rng, rng.pick(placePatterns[lang]))));
  const closing = [voiced(rng, voice, expand(rng, rng.pick(closingPatterns[lang])))];
  if (voice.mixes)
    closing.push(voiced(rng, { ...voice, typoRate: 0 }, expand(rng, rng.pick(foreignBits[lang]))));
  return { intro, body: rng.shuffle(body), closing };
}
