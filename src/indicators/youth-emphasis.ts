import type { Evidence } from '../shared/types.js';
import { fieldByPath, spanEvidence } from '../extract/evidence.js';
import { detailsOf } from '../extract/index.js';
import { isNegated } from '../extract/negation.js';
import { execNotAfter, lowerTwinText } from '../extract/scan.js';
import { defineIndicator, type PreparedAd } from './define.js';

// Youth words. "ung"/"unge" only as whole words, so "Ungarsk", "ungdom" and "Ungarn" stay out.
// "student" fires on its own: in this context it stresses youth (catalogue).
const YOUTH = new RegExp(
  `(?:${[
    'meget ung',
    'ung pige',
    'ung dame',
    'ung kvinde',
    'ung og',
    'ung',
    'unge',
    'ungpige',
    'lille pige',
    'pigebarn',
    'teen',
    'teens',
    'teenager',
    'teenage',
    'barely legal',
    'just legal',
    'just turned 18',
    'lige fyldt 18',
    'young',
    'younger',
    'very young',
    'young girl',
    'little girl',
    'schoolgirl',
    'school girl',
    'skolepige',
    'student',
    'studerende',
    'college girl',
    'lolita',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'giu',
);
// `(?<![\p{L}])` before the phrase is checked by hand (execNotAfter): a leading lookbehind keeps the
// regexp engine from skipping ahead to candidate first characters.
const LETTER = /^\p{L}$/u;
/** The lower-case, flag-`i`-free twin of YOUTH for lower-cased text (see lowerTwinText). */
const YOUTH_LOWER = new RegExp(YOUTH.source, 'gu');
/** Idioms of mood, not age: young at heart / in spirit / minded, ung af sind / i sindet / i hjertet. */
const AT_HEART =
  /^(?:\s+(?:at heart|of heart|in (?:spirit|mind|heart)|af sind|i sind(?:et)?|i hjertet|til sinds)|[\s-]*(?:minded|spirited|sindet)(?![\p{L}]))/iu;
/**
 * Every youth phrase contains one of these, in lower case ("ung" is in "young" and "ungpige",
 * "stude" in "student" and "studerende"): a field with none of them skips the regex pass.
 */
const YOUTH_CUES = [
  'ung',
  'teen',
  'legal',
  'turned 18',
  'fyldt 18',
  'lille pige',
  'pigebarn',
  'little girl',
  'school',
  'skolepige',
  'stude',
  'college girl',
  'lolita',
];

/** Whether lower-cased `text` has a youth cue (a cheap test before the regex pass). */
function hasCue(lower: string): boolean {
  for (const cue of YOUTH_CUES) if (lower.includes(cue)) return true;
  return false;
}

const NEG = ['not', 'ikke', 'no', 'ingen', 'never', 'aldrig', "isn't", 'no longer', 'længere'];
const TEXT_FIELDS = new Set(['title', 'text']);

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  for (const a of detailsOf(ad).ages) {
    if (a.age !== 18 && a.age !== 19) continue;
    const f = fieldByPath(ad.fields, a.path);
    if (f) out.push(spanEvidence(f, a.start, a.end));
  }
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !TEXT_FIELDS.has(f.path)) continue;
    const lower = lowerTwinText(f.text);
    // The cue test is exact only on the lower-case twin: /iu also folds "ſ" to "s".
    if (lower !== null && !hasCue(lower)) continue;
    const re = lower === null ? YOUTH : YOUTH_LOWER;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execNotAfter(re, lower ?? f.text, LETTER)) !== null) {
      if (isNegated(f.text, m.index, NEG, 2)) continue;
      // "young at heart", "ung af sind" speak about a mood, not an age.
      if (AT_HEART.test(f.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      out.push(spanEvidence(f, m.index, m.index + m[0].length));
    }
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'youth-emphasis',
  kind: 'text',
  labels: { da: 'Fremhævet ungdom', en: 'Youth emphasised' },
  descriptions: {
    da: 'Annoncen fremhæver ungdom: oplyst alder 18 eller 19, eller ord som "ung", "teen", "student", "skolepige".',
    en: 'The ad stresses youth: a stated age of 18 or 19, or words such as "young", "teen", "student", "schoolgirl".',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { title: 'Ung dansk pige 18 - Esbjerg', text: 'Jeg hedder Sara.' },
      { text: 'Sød student, 20 år, tjener lidt ekstra.' },
      { text: 'Hello, barely legal and shy, GFE only.' },
      { text: 'Kira, 19 år, fra Bulgarien.' },
      { text: 'Massage og GFE.', age: '19' },
      { text: 'Sweet schoolgirl outfit and teen look.' },
      { text: 'Lille pige søger generøs mand.' },
    ],
    negative: [
      { text: 'Ungarsk kvinde, 38 år, bor fast i Helsingør.' },
      { text: 'Freja, 21 år, dansk. Massage, GFE, kys.' },
      { text: 'Moden kvinde, 52, ikke ung men erfaren.' },
      { text: 'Massage og GFE. Kun 18+ kunder.', age: '34' },
      { text: 'Hi, I am Larisa, 21 years. Young at heart.' },
      { title: 'Moden dansk kvinde – ung af sind', text: 'Jeg hedder Birthe, 56 år, dansk og ung af sind.' },
      { text: 'Irina, 47, young in spirit and open-minded.' },
      { text: 'Lone, 52, ung i sindet og glad.' },
    ],
  },
});
