import { defineIndicator } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, isListField, type TextRule } from './text/rules.js';

/** Group sex with several clients, extreme, rough or degrading practices, "no rules". */
const terms = compileTerms([
  'gang ?bang',
  'gangbangs?',
  'bukkake',
  'group ?sex',
  'gruppe ?sex',
  'grupper? (?:velkommen|ok|muligt|mulig|sex)',
  'groups? (?:welcome|ok|possible|sex|party|parties|fun)',
  'group (?:\\p{L}+ ){0,2}parties',
  'with your friends',
  'bring your friends',
  'bring (?:a )?friends',
  'med dine venner',
  'tag (?:dine |en )?venner(?:ne)? med',
  'flere mænd',
  'flere herrer',
  'flere kunder',
  'several (?:men|guys|clients|gentlemen)',
  'multiple (?:men|guys|clients)',
  '(?:2|3|4|5|two|three|four|five)\\+? (?:men|guys|mænd|fyre) (?:at once|samtidig|på en gang|together|sammen)',
  'extreme',
  'ekstrem',
  'ekstreme',
  'no rules',
  'ingen regler',
  'hård sex',
  'hard sex',
  'hardcore',
  'voldsom sex',
  'fisting',
  'choking',
  'kvælning',
  'breath ?play',
  'scat',
  'kaviar',
  'degradation',
  'degrading',
  'ydmygelse',
  'humiliation',
  'rough (?:ok|okay|sex|play|fuck|treatment|possible|welcome|allowed|session|sessions)',
  'likes? it rough',
  'love it rough',
]);
const threesomeWithMen = compileTerms(['MMF', 'MMMF'], { caseSensitive: true });
const listTerms = compileTerms([
  'rough',
  'gangbang',
  'group',
  'groups',
  'gruppe',
  'extreme',
  'ekstrem',
  'hård',
  'hard',
]);

const rules: TextRule[] = [
  { pattern: terms },
  { pattern: threesomeWithMen },
  { pattern: listTerms, fields: (f) => isListField(f, 'services') },
];

/** `high-risk-services`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'high-risk-services',
  kind: 'text',
  labels: { da: 'Højrisiko-ydelser', en: 'High-risk services' },
  descriptions: {
    da: 'Annoncen tilbyder nedværdigende eller risikable ydelser, fx gruppesex med flere kunder, "hård", "ekstrem" eller "ingen regler".',
    en: 'The ad offers degrading or high-risk practices, e.g. group sex with several clients, "rough", "extreme" or "no rules".',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'Gangbang parties on Saturdays, rough ok. Groups welcome.' },
      { text: 'Chems & tina welcome, long sessions, rough ok.' },
      { text: 'Mistress Vera – extreme sessions in Esbjerg. Bondage, domination.' },
      { text: 'Hos mig er der ingen regler, alt er muligt.' },
      { text: 'No limits, open minded, group parties with your friends welcome.' },
      { text: 'Gruppesex og gangbang muligt. Ring.' },
      { text: 'Massage.', services: ['GFE', 'gangbang'] },
    ],
    negative: [
      { text: 'Jeg tager kun imod én mand ad gangen – ingen grupper, ingen gangbang.' },
      { text: 'I have my limits and not everything is possible.' },
      { text: 'Jeg tager mig god tid og har mine grænser.' },
      { text: 'After a rough day, relax with a soft massage.' },
      { text: 'Extremely sweet and friendly, GFE and massage.' },
      { text: 'Massage, GFE, rollespil, let dominans.' },
      { text: 'No gangbang, no rough, only soft GFE.' },
    ],
  },
});
