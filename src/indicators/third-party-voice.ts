import { defineIndicator } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, type TextRule } from './text/rules.js';

/**
 * The ad speaks about the person rather than as her: third-person pronouns with a verb, or an
 * agency's plural voice. "her" alone is not used: in Danish it means "here" ("Anne her 🙂"), and
 * "he/han" is left out because first-person ads mention a manager or driver that way.
 */
const thirdPerson = compileTerms([
  "she's", "she (?:is|was|has|have|speak|speaks|talk|talks|can|will|would|loves?|likes?|offers?|gives?|does|do|provides?|works?|comes?|waits?|receives?|enjoys?|knows?|wants?|lives?|only|also|really|always|never|doesn't|don't)",
  'hun (?:er|har|kan|vil|giver|taler|snakker|elsker|tilbyder|kommer|venter|modtager|tager|arbejder|bor|laver|nyder|ved|kun|også|altid|glæder|ser)',
  'her name is', 'her services', 'her photos', 'her pictures', 'her number',
  '(?:book|booke|booking|bestil|bestille|møde|meet|visit|call|contact|kontakt|ring til|ring for at booke|see|enjoy|nyd|besøg) (?:her|hende)',
  '(?:book|booke|ring til|kontakt|møde) (?:dem|pigerne)',
  'this (?:girl|lady|beauty|babe) (?:is|has|will|can|loves?|likes?|offers?)', 'the girl (?:is|has|will|speaks?)',
  'denne (?:pige|dame|skønhed) (?:er|har|vil|kan|elsker|tilbyder)', 'pigen (?:er|har|taler|kan|vil)', 'hendes (?:billeder|fotos|nummer|ydelser|navn)',
]);

/** Agency or venue voice: "our girls", "vi tilbyder", "hos os", "we have new girls". */
const agencyVoice = compileTerms([
  'our (?:[\\p{L}]+ )?(?:girls|ladies|models|escorts|agency|masseuses|team|staff|place|house|studio|club|salon|clinic|beauties)',
  'vores (?:[\\p{L}]+ )?(?:piger|damer|modeller|escorts|bureau|massøser|klinik|studie|salon|hus|team|sted|nye)',
  'vi tilbyder', 'vi har (?:[\\p{L}\\d-]+ ){0,3}(?:piger|damer|kvinder|massøser|massage|nye|mange|flere)',
  'we offer', 'we provide', 'we have (?:[\\p{L}\\d-]+ ){0,3}(?:girls|ladies|women|models|massage|services|new|many|several)',
  'our new (?:girl|lady|model)', 'pigerne (?:er|venter|står|glæder)', 'the girls (?:are|will|wait|waiting)',
  'hos os', 'at our', 'come to us', 'kom til os', 'contact us', 'kontakt os', 'ring til os', 'call us',
  'presents?:', 'præsenterer', 'agency presents',
]);

const rules: TextRule[] = [
  { pattern: thirdPerson, negatable: false },
  { pattern: agencyVoice, negatable: false },
];

/** `third-party-voice`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'third-party-voice',
  kind: 'text',
  labels: { da: 'Tredjepersons stemme', en: 'Third-party voice' },
  descriptions: {
    da: 'Annoncen taler om personen i tredje person eller med et bureaus/steds stemme i stedet for personens egen.',
    en: "The ad speaks about the person in the third person or in an agency's or venue's voice instead of her own.",
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'This is Alina, 23 years, she is new girl from Romania. She speak little english.' },
      { text: 'Hun er 24 år, fra Thailand. Ring til mig for at booke hende.' },
      { text: 'Klinik Rosa. Hos os finder du nu Mia. Vi tilbyder massage og GFE.' },
      { text: 'At our place you can choose between 5 girls.' },
      { text: 'VIP Nordic Models presents: Elena, 25. Our models are available for dinner dates.' },
      { text: 'Vores piger er søde og diskrete. Vi har mange piger.' },
      { text: 'Ny på stedet: Nadia – hun er fra Marokko. Book hende på tlf.' },
      { text: 'Sasha, 27. Our agency guarantees discretion. She is a perfect date.' },
    ],
    negative: [
      { text: 'Hej, jeg hedder Sofie og er 31 år. Jeg tager imod i min egen lejlighed.' },
      { text: 'Anne her 🙂 44 år, dansk og glad. Kun med kondom.' },
      { text: "Hi, I'm Tina. I offer GFE and massage. We can have a great time together." },
      { text: 'Booking is through my manager, he will send you the address.' },
      { text: 'Independent lady, no agency. Jeg svarer selv.' },
      { text: 'Jeg tilbyder massage, GFE og kys. Vi kan hygge os.', reviews: [{ id: 'r1', text: 'She is lovely, book her!' }] },
      { text: 'I am Ploy. We have fun together, I promise.' },
    ],
  },
});
