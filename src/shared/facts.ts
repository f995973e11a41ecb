import type { ExtractedFacts } from './types.js';

/** Facts of an ad where nothing was found, with the given ones filled in (tests, seeds, benches). */
export function factsWith(found: Partial<ExtractedFacts> = {}): ExtractedFacts {
  return {
    phones: [],
    emails: [],
    messaging: [],
    age: null,
    hourly_price_dkk: null,
    nationalities: [],
    languages: [],
    cities: [],
    services: [],
    ...found,
  };
}
