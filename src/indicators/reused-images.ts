import { subjectsOf, type ExampleGroups } from '../network/example-groups.js';
import { defineIndicator } from './define.js';

// Hashes as sharp-phash gives them (hex). `near` is `photo` with 2 bits flipped (a re-encoded copy).
const photo = 'c3a1f0e8d4b29617';
const near = 'c3a1f0e8d4b29614';
const other = '5e0f3c9a71d2b8e4';

/** Groups of ads analysed together; the first ad of each group is the subject. */
export const reusedImagesGroups: ExampleGroups = {
  positive: [
    {
      note: 'the same photo under two names',
      ads: [
        { name: 'Mia', images: [{ id: 'img-1', phash: photo }] },
        { name: 'Kira', images: [{ id: 'img-7', phash: photo }] },
      ],
    },
    {
      note: 'a re-encoded copy of the photo in another town, no names',
      ads: [
        { city: 'Odense', images: [{ id: 'img-1', phash: photo }] },
        { city: 'Aalborg', images: [{ id: 'img-2', phash: near }] },
      ],
    },
    {
      note: 'the same photo with another phone number',
      ads: [
        {
          phones: ['22 33 44 55'],
          images: [
            { id: 'img-3', phash: photo },
            { id: 'img-4', phash: other },
          ],
        },
        { phones: ['31 67 02 48'], images: [{ id: 'img-1', phash: photo }] },
      ],
    },
  ],
  negative: [
    {
      note: 'different photos under two names',
      ads: [
        { name: 'Mia', images: [{ id: 'img-1', phash: photo }] },
        { name: 'Kira', images: [{ id: 'img-1', phash: other }] },
      ],
    },
    {
      note: 'the same person re-posting her photo (same name, phone and town)',
      ads: [
        { name: 'Sofie', city: 'Aarhus', phones: ['23 81 46 90'], images: [{ id: 'img-1', phash: photo }] },
        { name: 'Sofie', city: 'Aarhus', phones: ['23814690'], images: [{ id: 'img-2', phash: near }] },
      ],
    },
    {
      note: 'no photos at all',
      ads: [
        { name: 'Mia', city: 'Odense' },
        { name: 'Kira', city: 'Vejle' },
      ],
    },
  ],
};

export const reusedImages = defineIndicator({
  id: 'reused-images',
  kind: 'cross-ad',
  labels: { da: 'Genbrugte billeder', en: 'Reused images' },
  descriptions: {
    da: 'Et billede i annoncen (perceptuel hash) findes også i en annonce med et andet navn, telefonnummer eller en anden by.',
    en: 'A photo of the ad (perceptual hash) also appears in an ad with a different name, phone number or town.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  examples: subjectsOf(reusedImagesGroups),
});
