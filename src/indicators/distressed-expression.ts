import { defineIndicator } from './define.js';

/** Set by an image model where one is configured, or by a worker; no text rule decides it. */
export const indicator = defineIndicator({
  id: 'distressed-expression',
  kind: 'image',
  labels: { da: 'Udtryk af mistrivsel', en: 'Distressed expression' },
  descriptions: {
    da: 'Ansigtet på et billede udtrykker frygt, tristhed eller ubehag. Sættes af en billedmodel eller en medarbejder.',
    en: 'The face in a photo signals fear, sadness or unease. Set by an image model or a worker.',
  },
  defaultWeight: 2,
  languages: [],
  examples: { positive: [], negative: [] },
});
