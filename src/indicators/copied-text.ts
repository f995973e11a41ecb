import { subjectsOf, type ExampleGroups } from '../network/example-groups.js';
import { defineIndicator } from './define.js';

const danish = (name: string, age: number, town: string, phone: string): string =>
  `Hej søde mand 💋 Jeg hedder ${name}, er ${age} år og kommer fra Polen. Jeg er helt ny i ${town} og glæder mig til at møde dig. Jeg tilbyder kærestesex, massage og striptease. Altid diskret og ren lejlighed. 1 time 1200 kr. Ring eller sms ${phone}. Kys ${name}`;
const english = (name: string, age: number, area: string): string =>
  `Hello gentlemen! This is ${name}, ${age} years, she is new girl, just arrived in Copenhagen. She is very sweet and open minded, always smiling. Incall in clean discreet apartment in ${area}. 30 min 500 kr, 1 hour 900 kr. Call or sms for book her. We have new girls every week!`;
const clinic = (name: string, age: number): string =>
  `Klinik Rosa, Esbjerg. Hos os finder du nu ${name}, ${age} år. Hun er sød, smilende og meget lækker. Vi tilbyder massage og striptease. Nye piger hver uge! Åbent alle dage 10-04. Ring 40 18 77 62.`;

/** Groups of ads analysed together; the first ad of each group is the subject. */
export const copiedTextGroups: ExampleGroups = {
  positive: [
    {
      note: 'Danish template, two names and towns',
      ads: [
        { text: danish('Sabrina', 24, 'Odense', '22 48 15 93') },
        { text: danish('Natalia', 26, 'Vejle', '31 67 02 48') },
      ],
    },
    {
      note: 'English template, two names',
      ads: [
        { name: 'Alina', text: english('Alina', 23, 'Vesterbro') },
        { name: 'Bianca', text: english('Bianca', 19, 'Amager') },
      ],
    },
    {
      note: 'agency template, three names',
      ads: [{ text: clinic('Mia', 22) }, { text: clinic('Kira', 19) }, { text: clinic('Lola', 25) }],
    },
  ],
  negative: [
    {
      note: 'the same person re-posting her own text in another town',
      ads: [
        { name: 'Sabrina', text: danish('Sabrina', 24, 'Odense', '22 48 15 93') },
        { name: 'Sabrina', text: danish('Sabrina', 24, 'Vejle', '22 48 15 93') },
      ],
    },
    {
      note: 'different persons, different texts',
      ads: [
        {
          name: 'Anne',
          text: 'Anne her 🙂 44 år, dansk og glad. Jeg bor i Herning og tager imod hjemme, diskret indgang.',
        },
        {
          name: 'Lek',
          text: "Hi, I'm Lek from Bangkok. Relax massage and more for gentleman. Clean place, free parking.",
        },
      ],
    },
    {
      note: 'different persons in the shortest common ad form (name, age, town, price, phone)',
      ads: [
        { text: 'Rikke, 38, dansk, Vejle. 1 time 1400. 52 17 48 39' },
        { text: 'Mia, 31, dansk, Aalborg. 1 time 1500. 28 91 06 43' },
        { text: 'Anna, 30, Danish, Odense. 1 time 1500 kr. 42 17 93 58' },
      ],
    },
    {
      note: 'different persons sharing only common phrases',
      ads: [
        {
          name: 'Camilla',
          text: 'Camilla, 38. Moden og hyggelig dansk kvinde med kurver. Massage og GFE, altid sikker sex. 1 time 1500 kr.',
        },
        {
          name: 'Gitte',
          text: 'Moden dansk kvinde, 52. Jeg hedder Gitte og har mange års erfaring. Massage og GFE. 1 time 1300 kr.',
        },
      ],
    },
  ],
};

export const copiedText = defineIndicator({
  id: 'copied-text',
  kind: 'cross-ad',
  labels: { da: 'Kopieret tekst', en: 'Copied text' },
  descriptions: {
    da: 'Annoncens tekst er næsten en kopi af teksten i en annonce, der præsenterer en anden person (navne, tal og byer ses bort fra).',
    en: "The ad's text is a near copy of the text of an ad that presents a different person (names, numbers and towns ignored).",
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  examples: subjectsOf(copiedTextGroups),
});
