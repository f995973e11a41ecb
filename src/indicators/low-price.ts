import type { Evidence } from '../shared/types.js';
import { fieldByPath, spanEvidence } from '../extract/evidence.js';
import { detailsOf } from '../extract/index.js';
import { normalizeCity } from '../extract/cities.js';
import { defineIndicator, type IndicatorDefinition, type PreparedAd } from './define.js';

/** Below this hourly price (DKK) the indicator fires; exactly 800 does not. */
export const LOW_PRICE_DKK = 800;
/** Relative rule: below this share of the site+city median. */
export const LOW_PRICE_MEDIAN_SHARE = 0.6;

/**
 * Where known, the median hourly price (DKK) of ads of a site and city, computed elsewhere (store or
 * batch). Null when there are too few ads to tell.
 */
export interface PriceContext {
  medianHourlyDkk(site: string | null, city: string | null): number | null;
}

function detectWith(context: PriceContext | undefined): (ad: PreparedAd) => Evidence[] {
  return (ad) => {
    const hourly = detailsOf(ad).hourly;
    if (!hourly) return [];
    let low = hourly.dkk < LOW_PRICE_DKK;
    if (!low && context) {
      const city = ad.facts.cities[0] ?? normalizeCity(ad.ad.city);
      const median = context.medianHourlyDkk(ad.ad.site ?? null, city ?? null);
      low = median !== null && median > 0 && hourly.dkk < LOW_PRICE_MEDIAN_SHARE * median;
    }
    if (!low) return [];
    const f = fieldByPath(ad.fields, hourly.match.path);
    return f ? [spanEvidence(f, hourly.match.start, hourly.match.end)] : [];
  };
}

/**
 * The low-price indicator; with a `PriceContext` it also fires below 60 % of the site+city median.
 * Without one only the absolute rule (below 800 DKK an hour) applies.
 */
export function createLowPriceIndicator(context?: PriceContext): IndicatorDefinition {
  return defineIndicator({
    id: 'low-price',
    kind: 'text',
    labels: { da: 'Lav pris', en: 'Low price' },
    descriptions: {
      da: 'Prisen for en time er under 800 kr. (eller under 60 % af medianen for samme side og by). 30 minutter tæller dobbelt, andre valutaer omregnes.',
      en: 'The price for one hour is below 800 DKK (or below 60 % of the median for the same site and city). 30-minute prices are doubled, other currencies converted.',
    },
    defaultWeight: 2,
    languages: ['da', 'en'],
    detect: detectWith(context),
    examples: {
      positive: [
        { text: 'Ramona i Horsens. 30 min 350 kr, 1 time 600 kr.' },
        { text: 'Thai massage, happy ending.', prices: ['30 min 350 kr'] },
        { text: 'Kateryna, Næstved. Price only 80 EUR / hour.' },
        { text: 'Massage, GFE. 1 t. 700,- ½ t. 400,-.' },
        { text: 'Open 24/7. 1 hour 500 kr only.' },
      ],
      negative: [
        { text: 'NY THAI PIGE! 1/2 time 500, 1 time 800.' },
        { text: 'Kun korte besøg: ½ time 400 kr.' },
        { text: 'Spanish companion. 200 EUR / 1h, 400 EUR / 2h.' },
        { text: 'Hele oktober: 1 time 1300 kr i stedet for 1500 kr.' },
        { text: 'Massage og GFE, ring 22 33 44 55.' },
      ],
    },
  });
}

export const indicator = createLowPriceIndicator();
