import { subjectsOf, type ExampleGroups } from '../network/example-groups.js';
import { defineIndicator } from './define.js';

const t0 = '2026-10-01T12:00:00Z';
const t1 = '2026-10-05T12:00:00Z';

/** Groups of ads analysed together; the first ad of each group is the subject. */
export const sharedContactGroups: ExampleGroups = {
  positive: [
    {
      note: 'one phone, two names',
      ads: [
        {
          name: 'Mia',
          city: 'Odense',
          posted_at: t0,
          phones: ['22 33 44 55'],
          text: 'Hej, jeg hedder Mia. Massage og GFE.',
        },
        {
          name: 'Lena',
          city: 'Odense',
          posted_at: t1,
          phones: ['+45 22334455'],
          text: 'Lena from Poland, new girl, call me.',
        },
      ],
    },
    {
      note: 'one e-mail, two names, different phones',
      ads: [
        {
          name: 'Valentina',
          phones: ['26 35 71 80'],
          emails: ['Latinas@example.invalid'],
          text: 'Hola, soy Valentina.',
        },
        {
          name: 'Daniela',
          phones: ['28 19 63 54'],
          emails: ['latinas@example.invalid'],
          text: 'Daniela, latina, sensual massage.',
        },
      ],
    },
    {
      note: 'Telegram handle in the text of one ad, profile id of the other',
      ads: [
        { name: 'Elena', text: 'Elena, 25, elegant model. Contact: Telegram @vip_models_dk' },
        { name: 'Sasha', profile_id: '@VIP_models_dk', text: 'Sasha, 27, VIP companion, discreet.' },
      ],
    },
  ],
  negative: [
    {
      note: 'the same person re-posting (same name, same phone)',
      ads: [
        {
          name: 'Sofie',
          city: 'Aarhus',
          posted_at: t0,
          phones: ['23 81 46 90'],
          text: 'Hej, jeg hedder Sofie.',
        },
        { name: 'Sofie', city: 'Aarhus', posted_at: t1, phones: ['23814690'], text: 'Sofie her, ny uge.' },
      ],
    },
    {
      note: 'different persons with different contacts',
      ads: [
        { name: 'Anne', phones: ['27 92 05 46'], text: 'Anne her, dansk og glad.' },
        { name: 'Rikke', phones: ['25 80 46 31'], text: 'Jeg er Rikke fra Næstved.' },
      ],
    },
    {
      note: 'one phone, no names and no photos: nothing shows two persons',
      ads: [
        { phones: ['40 18 77 62'], text: 'Klinik, massage, ring nu.' },
        { phones: ['40187762'], text: 'Massage hver dag, ring.' },
      ],
    },
  ],
};

export const sharedContact = defineIndicator({
  id: 'shared-contact',
  kind: 'cross-ad',
  labels: { da: 'Delt kontakt', en: 'Shared contact' },
  descriptions: {
    da: 'Annoncens telefonnummer, e-mail, beskedkonto eller profil-id findes også i en annonce, der præsenterer en anden person.',
    en: "The ad's phone number, e-mail, messaging id or profile id also appears in an ad that presents a different person.",
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  examples: subjectsOf(sharedContactGroups),
});
