/**
 * The ids of catalogue version 1 (`shared/spec/indicators.md`), in table order. Configuration is
 * validated against this list, so a profile naming an unknown id fails at load time.
 */
export const catalogueIds = [
  'foreign-nationality',
  'youth-emphasis',
  'new-in-town',
  'third-party-voice',
  'language-barrier',
  'unprotected-services',
  'no-limits',
  'high-risk-services',
  'low-price',
  'unlimited-hours',
  'drugs-offered',
  'rotating-workers',
  'restricted-movement',
  'shared-contact',
  'copied-text',
  'reused-images',
  'multi-city-movement',
  'appears-young',
  'distressed-expression',
  'explicit-images',
  'review-distress',
  'review-language-barrier',
  'review-third-party-control',
  'x-factor',
] as const;

/** A catalogue indicator id. */
export type CatalogueId = (typeof catalogueIds)[number];

/** Catalogue version the ids above come from. */
export const catalogueVersion = 1;
