import type { AdInput, AdReview } from '../../shared/types.js';
import { composeIndependent, composeNetworkAd, fieldIndicators, makeNetworkStyle, type NetworkStyle, type Persona } from './compose.js';
import { inventPhone, pickPhoneStyle, showPhone } from './phones.js';
import { Rng } from './prng.js';
import { reviewLines, type Lang } from './snippets.js';
import { cityWeights, nationalities, nationalityByCode } from './vocab.js';

/**
 * A streaming corpus in the batch format of analyze-format.md, for benchmarks and evaluation.
 * Ads are generated block by block (200 ads): each block plans its networks up front, so the
 * truth of cross-ad indicators is exact and memory stays constant for any `count`.
 */

export interface BatchAdTruth {
  /** Network id shared by linked ads; null for independent ads. */
  cluster: string | null;
  indicators: string[];
  /** E.164. */
  phones: string[];
  hourly_price_dkk: number | null;
}

export interface BatchAd {
  ad: AdInput;
  truth: BatchAdTruth;
}

export interface GenerateBatchOptions {
  count: number;
  seed?: number;
  /** Share of ads run by networks. Default 0.25. */
  networkShare?: number;
  /** Share of ads with structured fields (the rest carry only text). Default 0.6. */
  structuredShare?: number;
}

const blockSize = 200;

interface NetworkPlan {
  id: string;
  phone: string;
  natCode: string;
  style: NetworkStyle;
  cities: string[];
  names: string[];
}

type Slot = { network: NetworkPlan; member: number } | null;

function planBlock(seed: number, block: number, length: number, share: number): Slot[] {
  const rng = Rng.from(seed, 'batch-block', block);
  const slots: Slot[] = [];
  let n = 0;
  while (slots.length < length * share && length - slots.length >= 2) {
    const natCode = rng.pick(['RO', 'RO', 'UA', 'NG', 'TH', 'BR', 'DK'] as const);
    const nat = nationalityByCode(natCode);
    const size = Math.min(rng.int(2, 10), length - slots.length);
    const network: NetworkPlan = {
      id: `b${block}-n${n++}`, natCode,
      phone: inventPhone(rng, nat.phonePrefix && rng.chance(0.6) ? nat.phonePrefix : '+45'),
      style: makeNetworkStyle(rng, rng.chance(0.7) ? 'en' : 'da'),
      cities: rng.sample([...new Set(cityWeights)], rng.int(1, 3)),
      names: rng.sample(nat.names, size),
    };
    for (let m = 0; m < size; m++) slots.push({ network, member: m });
  }
  while (slots.length < length) slots.push(null);
  return rng.shuffle(slots);
}

function reviewsFor(rng: Rng, lang: Lang, concerning: number, idBase: string): { reviews: AdReview[]; indicators: string[] } {
  if (!rng.chance(0.25)) return { reviews: [], indicators: [] };
  const reviews: AdReview[] = [];
  const indicators: string[] = [];
  for (let k = rng.int(1, 3); k > 0; k--) {
    const line = rng.chance(concerning) ? rng.pick(reviewLines.slice(2)) : rng.pick(reviewLines.slice(0, 2));
    if (line.indicator) indicators.push(line.indicator);
    reviews.push({ id: `${idBase}-r${k}`, posted_at: '2026-10-01', text: rng.pick(line.text[lang]) });
  }
  return { reviews, indicators };
}

function makeBatchAd(seed: number, i: number, slot: Slot, structuredShare: number): BatchAd {
  const rng = Rng.from(seed, 'batch-ad', i);
  const network = slot?.network ?? null;
  const natCode = network ? network.natCode : rng.chance(0.65) ? 'DK' : rng.pick(nationalities.slice(1)).code;
  const nat = nationalityByCode(natCode);
  const lang: Lang = network ? network.style.lang : natCode === 'DK' || rng.chance(0.4) ? 'da' : 'en';
  const city = network ? network.cities[slot!.member % network.cities.length]! : rng.pick(cityWeights);
  const name = network ? network.names[slot!.member] ?? rng.pick(nat.names) : rng.pick(nat.names);
  const age = network ? rng.int(18, 24) : rng.chance(0.05) ? 19 : rng.int(21, 45);
  const persona: Persona = { name, age, nat, city, lang };
  const content = network ? composeNetworkAd(rng, persona, network.style) : composeIndependent(rng, persona);
  const phone = network ? network.phone : inventPhone(rng, '+45');
  const shown = showPhone(phone, pickPhoneStyle(rng, network ? 0.3 : 0.1), rng);
  const structured = rng.chance(structuredShare);
  const site = i % 2 === 0 ? 'site-a' : 'site-b';
  const id = `${site}:${100_000 + i}`;
  const { reviews, indicators: reviewIds } = reviewsFor(rng, lang, network ? 0.35 : 0.05, id);
  const ad: AdInput = { id, site, url: `https://example.invalid/${site}/ad/${100_000 + i}`, posted_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(), title: content.title };
  let planted: string[];
  if (structured) {
    Object.assign(ad, {
      text: content.text, name, age: String(age), city, country: 'DK', phones: [shown], nationality: lang === 'da' ? nat.da : nat.en,
      languages: content.languages, services: content.services, prices: content.prices, hours: content.hours,
    } satisfies Partial<AdInput>);
    planted = content.indicators;
  } else {
    // Text only: what the fields would have said is written into the text.
    const tail = lang === 'da'
      ? `${name}, ${age} år, fra ${nat.countryDa}. Tider: ${content.hours}. Pris: ${content.prices.join(', ')}. Ring ${shown}.`
      : `${name}, ${age}, from ${nat.countryEn}. Hours: ${content.hours}. Price: ${content.prices.join(', ')}. Call ${shown}.`;
    ad.text = `${content.text} ${tail}`;
    ad.country = 'DK';
    // A long service menu is only visible as a field.
    planted = [...content.textPlanted, ...fieldIndicators(persona, content.hourlyPriceDkk, content.hours, [])];
  }
  if (reviews.length > 0) ad.reviews = reviews;
  // Every network here has 2+ members, different persons (distinct names) and one phone.
  const cross = network ? ['shared-contact', 'copied-text', ...(network.cities.length >= 2 ? ['multi-city-movement'] : [])] : [];
  return {
    ad,
    truth: {
      cluster: network?.id ?? null,
      indicators: [...new Set([...planted, ...reviewIds, ...cross])].sort(),
      phones: [phone],
      hourly_price_dkk: content.hourlyPriceDkk,
    },
  };
}

/** Lazily yields `count` ads with their truth; constant memory, deterministic per seed. */
export function* generateBatchAds(options: GenerateBatchOptions): Generator<BatchAd> {
  const seed = options.seed ?? 1;
  const share = options.networkShare ?? 0.25;
  const structuredShare = options.structuredShare ?? 0.6;
  for (let start = 0, block = 0; start < options.count; start += blockSize, block++) {
    const length = Math.min(blockSize, options.count - start);
    const slots = planBlock(seed, block, length, share);
    for (let k = 0; k < length; k++) yield makeBatchAd(seed, start + k, slots[k] ?? null, structuredShare);
  }
}
