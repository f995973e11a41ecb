import { defineIndicator } from './define.js';

/** Set by an image model where one is configured, or by a worker; no text rule decides it. */
export const indicator = defineIndicator({
  id: 'appears-young',
  kind: 'image',
  labels: { da: 'Fremstår meget ung', en: 'Appears young' },
  descriptions: {
    da: 'Personen på et billede fremstår mindreårig eller meget ung. Sættes af en billedmodel eller en medarbejder.',
    en: 'The person in a photo appears to be a minor or very young. Set by an image model or a worker.',
  },
  defaultWeight: 3,
  languages: [],
  examples: { positive: [], negative: [] },
});
