import { defineIndicator } from './define.js';

/** Set by an outreach worker, always with a written note; it counts like any other indicator. */
export const indicator = defineIndicator({
  id: 'x-factor',
  kind: 'manual',
  labels: { da: 'X-faktor (faglig bekymring)', en: 'X-factor (professional concern)' },
  descriptions: {
    da: 'En opsøgende medarbejders faglige bekymring for, at annoncen kræver opmærksomhed, altid med en skriftlig note.',
    en: "An outreach worker's professional concern that the ad needs attention, always with a written note.",
  },
  defaultWeight: 3,
  languages: [],
  examples: { positive: [], negative: [] },
});
