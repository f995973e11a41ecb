import { defineIndicator } from './define.js';

/** Set by an image model where one is configured, or by a worker; no text rule decides it. */
export const indicator = defineIndicator({
  id: 'explicit-images',
  kind: 'image',
  labels: { da: 'Meget eksplicitte billeder', en: 'Explicit images' },
  descriptions: {
    da: 'Meget eksplicitte eller grænseoverskridende billeder. Sættes af en billedmodel eller en medarbejder.',
    en: 'Very explicit or transgressive photos. Set by an image model or a worker.',
  },
  defaultWeight: 1,
  languages: [],
  examples: { positive: [], negative: [] },
});
