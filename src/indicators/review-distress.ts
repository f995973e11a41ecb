import { defineIndicator } from './define.js';
import { clauseStart, compileTerms } from './text/match.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';

/** How a client describes a person who seemed afraid, sad or unwilling. */
const terms = compileTerms([
  'scared',
  'afraid',
  'frightened',
  'terrified',
  'fearful',
  'nervous',
  'anxious',
  'sad',
  'unhappy',
  'depressed',
  'uncomfortable',
  'uneasy',
  'crying',
  'cried',
  'in tears',
  'tears',
  'shaking',
  'trembling',
  'shaky',
  'not into it',
  "wasn't into it",
  'not willing',
  "didn't want to",
  'did not want to',
  'reluctant',
  'forced smile',
  'like a robot',
  'absent',
  'empty eyes',
  'dead eyes',
  'bruises?',
  'bruised',
  'looked at the door',
  'kept looking at the door',
  'did not feel right',
  "didn't feel right",
  'something was wrong',
  'something wrong',
  'bange',
  'nervøs',
  'nervøse',
  'utilpas',
  'utryg',
  'ked af det',
  'trist',
  'græd',
  'grædende',
  'tårer',
  'rystede',
  'skræmt',
  'angst',
  'ængstelig',
  'ulykkelig',
  'fraværende',
  'ville ikke',
  'ikke lyst',
  'ikke med på det',
  'blå mærker',
  'not happy',
  'ikke glad',
  "(?:didn't|did not|doesn't|does not) (?:seem|look) (?:happy|comfortable|ok|okay|well|fine)",
  'virkede ikke (?:glad|tilpas|tryg|okay|ok)',
  'så ikke glad ud',
  "didn't smile",
  'did not smile',
  'never smiled',
  'smilede ikke',
  'no smile',
  'kiggede (?:\\p{L}+ ){0,2}på døren',
  'føltes forkert',
  'noget var galt',
  'noget galt',
]);

const reviewerSubject = /(?<![\p{L}])(?:i|i'm|im|jeg|me|mig|we|vi)(?![\p{L}])/iu;
const personSubject = /(?<![\p{L}])(?:she|her|hun|hende|girl|pigen|lady|damen)(?![\p{L}])/iu;

/** "I was nervous but she was sweet" is about the reviewer, not the person. */
/** "sad that she moves away", "trist at hun flytter": the reviewer's feeling about something. */
const feelingAbout = /^\s+(?:that|to|at(?!\s+all))(?![\p{L}])/iu;

function aboutThePerson(ctx: MatchContext): boolean {
  if (
    /^(?:sad|trist|unhappy|ked af det)$/iu.test(ctx.matched) &&
    feelingAbout.test(ctx.text.slice(ctx.end, ctx.end + 12))
  )
    return false;
  const clause = ctx.text.slice(clauseStart(ctx.text, ctx.start), ctx.start);
  return !(reviewerSubject.test(clause) && !personSubject.test(clause));
}

const rules: TextRule[] = [{ pattern: terms, accept: aboutThePerson }];

/** `review-distress`: review rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'review-distress',
  kind: 'review',
  labels: { da: 'Anmeldelse: mistrivsel', en: 'Review: distress' },
  descriptions: {
    da: 'En anmeldelse beskriver personen som bange, nervøs, ked af det, utilpas eller uvillig.',
    en: 'A review describes the person as scared, nervous, sad, uncomfortable or unwilling.',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'review', rules),
  examples: {
    positive: [
      {
        text: 'Irina, 26.',
        reviews: [{ id: 'r1', text: 'Beautiful but she seemed scared and was crying after.' }],
      },
      { text: 'Cathrine, 25.', reviews: [{ id: 'r1', text: 'Hun virkede bange og utilpas hele tiden.' }] },
      {
        text: 'Lola.',
        reviews: [{ id: 'r1', text: 'Hun var sød, men virkede bange og kiggede hele tiden på døren.' }],
      },
      {
        text: 'Alexia.',
        reviews: [{ id: 'r1', text: 'She was not into it at all, just looking at her phone.' }],
      },
      { text: 'Andreea.', reviews: [{ id: 'r1', text: 'She looked sad and uncomfortable the whole time.' }] },
      {
        text: 'Mia.',
        reviews: [
          { id: 'r1', text: 'ok' },
          { id: 'r2', text: 'girl very nervous, no smile, i think something wrong' },
        ],
      },
    ],
    negative: [
      {
        text: 'Lærke.',
        reviews: [{ id: 'r1', text: 'Hun var ikke spor nervøs, meget afslappet og snakkesalig.' }],
      },
      {
        text: 'Mette.',
        reviews: [{ id: 'r1', text: 'Præcis som beskrevet. Hun var ikke nervøs, bare rolig og venlig.' }],
      },
      { text: 'Malene.', reviews: [{ id: 'r1', text: 'Hun virkede tryg og glad, god snak bagefter.' }] },
      {
        text: 'Scared the first time? Nervous? She makes you relax.',
        reviews: [{ id: 'r1', text: 'Lovely, relaxed.' }],
      },
      { text: 'Nina.', reviews: [{ id: 'r1', text: 'Never sad, always smiling and happy.' }] },
      { text: 'Dorthe.', reviews: [{ id: 'r1', text: 'I was nervous but she was so sweet.' }] },
      { text: 'Sara.', reviews: [{ id: 'r1', text: 'Sad that she is moving away, best in town.' }] },
    ],
  },
});
