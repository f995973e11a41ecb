import { subjectsOf, type ExampleGroups } from '../network/example-groups.js';
import { defineIndicator } from './define.js';

/** Groups of ads analysed together; the first ad of each group is the subject. */
export const multiCityMovementGroups: ExampleGroups = {
  positive: [
    {
      note: 'one phone in Aarhus and Randers 9 days apart, different persons',
      ads: [
        { name: 'Nok', city: 'Aarhus', posted_at: '2026-10-03T10:00:00Z', phones: ['52 71 09 36'] },
        { name: 'Lek', city: 'Randers', posted_at: '2026-10-12T10:00:00Z', phones: ['52710936'] },
      ],
    },
    {
      note: 'the same person touring: Copenhagen, then Odense 12 days later',
      ads: [
        { name: 'Lina', city: 'Copenhagen', posted_at: '2026-10-05T10:00:00Z', phones: ['+34 612 448 903'] },
        { name: 'Lina', city: 'Odense', posted_at: '2026-10-17T10:00:00Z', phones: ['+34612448903'] },
      ],
    },
    {
      note: 'one Telegram handle, town only in the text, Aalborg and Aarhus',
      ads: [
        { posted_at: '2026-11-03T10:00:00Z', text: 'Elena, 25, in Aalborg. Telegram @vip_models_dk' },
        { posted_at: '2026-11-12T10:00:00Z', city: 'Aarhus', profile_id: 'vip_models_dk' },
      ],
    },
  ],
  negative: [
    {
      note: 'one phone in two towns 65 days apart',
      ads: [
        { name: 'Anne', city: 'Herning', posted_at: '2026-09-01T10:00:00Z', phones: ['27 92 05 46'] },
        { name: 'Anne', city: 'Horsens', posted_at: '2026-11-05T10:00:00Z', phones: ['27 92 05 46'] },
      ],
    },
    {
      note: 'one phone, two names of the same town (Vesterbro is København)',
      ads: [
        { city: 'Vesterbro', posted_at: '2026-10-01T10:00:00Z', phones: ['+40 742 318 905'] },
        { city: 'København', posted_at: '2026-10-03T10:00:00Z', phones: ['0040742318905'] },
      ],
    },
    {
      note: 'two towns in the same week but different contacts',
      ads: [
        { city: 'Vejle', posted_at: '2026-10-05T10:00:00Z', phones: ['71 39 25 04'] },
        { city: 'Kolding', posted_at: '2026-10-06T10:00:00Z', phones: ['60 72 58 14'] },
      ],
    },
  ],
};

export const multiCityMovement = defineIndicator({
  id: 'multi-city-movement',
  kind: 'cross-ad',
  labels: { da: 'Flytter mellem byer', en: 'Movement between towns' },
  descriptions: {
    da: 'Den samme kontakt annonceres i to eller flere byer inden for 30 dage: i flere annoncer, eller i én annonce der rettes fra by til by.',
    en: 'The same contact is advertised in two or more towns within 30 days: in several ads, or in one ad edited from town to town.',
  },
  defaultWeight: 1,
  languages: ['da', 'en'],
  examples: subjectsOf(multiCityMovementGroups),
});
