import type { AdInput, AdReview } from '../../shared/types.js';
import {
  composeIndependent,
  composeNetworkAd,
  fieldIndicators,
  makeNetworkStyle,
  type AdContent,
  type NetworkStyle,
  type Persona,
} from './compose.js';
import { pickPhoneStyle, showPhone } from './phones.js';
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

/**
 * Phone numbers that never repeat by chance. Random 8-digit numbers collide about 3,000 times
 * in a million ads, and each collision is a real shared contact that the truth would call
 * unrelated. Numbers are a bijective scramble of the ad number (independent ads, 2xxxxxxx to
 * 7xxxxxxx) or of the network number (8xxxxxxx and 9xxxxxxx, and foreign mobiles).
 */
function scramble(n: number, space: number, seed: number): number {
  // 48271 is prime and divides none of the spaces, so n → n·48271 + c (mod space) is one-to-one.
  return (n * 48271 + seed * 7919) % space;
}

function independentPhone(seed: number, i: number): string {
  return `+45${20_000_000 + scramble(i, 60_000_000, seed)}`;
}

function networkPhone(rng: Rng, seed: number, seq: number, prefix: '+45' | '+40' | '+380' | '+234'): string {
  const seven = String(scramble(seq, 10_000_000, seed)).padStart(7, '0');
  switch (prefix) {
    case '+45':
      return `+45${80_000_000 + scramble(seq, 20_000_000, seed)}`;
    case '+40':
      return `+407${20_000_000 + scramble(seq, 70_000_000, seed)}`;
    case '+380':
      return `+380${rng.pick(['50', '63', '67', '68', '93', '97'])}${seven}`;
    case '+234':
      return `+234${rng.pick(['803', '806', '813', '816', '903'])}${seven}`;
  }
}

function planBlock(seed: number, block: number, length: number, share: number): Slot[] {
  const rng = Rng.from(seed, 'batch-block', block);
  const slots: Slot[] = [];
  let n = 0;
  while (slots.length < length * share && length - slots.length >= 2) {
    const natCode = rng.pick(['RO', 'RO', 'UA', 'NG', 'TH', 'BR', 'DK'] as const);
    const nat = nationalityByCode(natCode);
    const size = Math.min(rng.int(2, 10), length - slots.length);
    const network: NetworkPlan = {
      id: `b${block}-n${n}`,
      natCode,
      // Up to 100 networks fit in a block of 200 ads: block·128 + n is unique.
      phone: networkPhone(
        rng,
        seed,
        block * 128 + n,
        nat.phonePrefix && rng.chance(0.6) ? nat.phonePrefix : '+45',
      ),
      style: makeNetworkStyle(rng, rng.chance(0.7) ? 'en' : 'da'),
      cities: rng.sample([...new Set(cityWeights)], rng.int(1, 3)),
      names: rng.sample(nat.names, size),
    };
    n++;
    for (let m = 0; m < size; m++) slots.push({ network, member: m });
  }
  while (slots.length < length) slots.push(null);
  return rng.shuffle(slots);
}

function reviewsFor(
  rng: Rng,
  lang: Lang,
  concerning: number,
  idBase: string,
): { reviews: AdReview[]; indicators: string[] } {
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

/**
 * What the fields would have said, written into the text of a text-only ad. The order and the
 * call wording vary: a fixed tail would be the same eight words in every unrelated ad.
 */
function textTail(rng: Rng, lang: Lang, p: Persona, content: AdContent, shown: string): string {
  const da = lang === 'da';
  const who = da
    ? `${p.name}, ${p.age} år, fra ${p.nat.countryDa}.`
    : `${p.name}, ${p.age}, from ${p.nat.countryEn}.`;
  const hours = da ? `Tider: ${content.hours}.` : `Hours: ${content.hours}.`;
  const price = da ? `Pris: ${content.prices.join(', ')}.` : `Price: ${content.prices.join(', ')}.`;
  const call = `${rng.pick(da ? ['Ring', 'Ring eller sms', 'Ring på', 'Ring til mig på'] : ['Call', 'Call or text', 'Call me on', 'Call me'])} ${shown}.`;
  const parts = rng.shuffle([hours, price]);
  return (rng.chance(0.5) ? [who, ...parts, call] : [...parts, call, who]).join(rng.pick([' ', '\n']));
}

function makeBatchAd(seed: number, i: number, slot: Slot, structuredShare: number): BatchAd {
  const rng = Rng.from(seed, 'batch-ad', i);
  const network = slot?.network ?? null;
  const natCode = network ? network.natCode : rng.chance(0.65) ? 'DK' : rng.pick(nationalities.slice(1)).code;
  const nat = nationalityByCode(natCode);
  const lang: Lang = network ? network.style.lang : natCode === 'DK' || rng.chance(0.4) ? 'da' : 'en';
  const city = network ? network.cities[slot!.member % network.cities.length]! : rng.pick(cityWeights);
  const name = network ? (network.names[slot!.member] ?? rng.pick(nat.names)) : rng.pick(nat.names);
  const age = network ? rng.int(18, 24) : rng.chance(0.05) ? 19 : rng.int(21, 45);
  const persona: Persona = { name, age, nat, city, lang };
  const content = network ? composeNetworkAd(rng, persona, network.style) : composeIndependent(rng, persona);
  const phone = network ? network.phone : independentPhone(seed, i);
  const shown = showPhone(phone, pickPhoneStyle(rng, network ? 0.3 : 0.1), rng);
  const structured = rng.chance(structuredShare);
  const site = i % 2 === 0 ? 'site-a' : 'site-b';
  const id = `${site}:${100_000 + i}`;
  const { reviews, indicators: reviewIds } = reviewsFor(rng, lang, network ? 0.35 : 0.05, id);
  const ad: AdInput = {
    id,
    site,
    url: `https://example.invalid/${site}/ad/${100_000 + i}`,
    posted_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
    title: content.title,
  };
  let planted: string[];
  if (structured) {
    Object.assign(ad, {
      text: content.text,
      name,
      age: String(age),
      city,
      country: 'DK',
      phones: [shown],
      nationality: lang === 'da' ? nat.da : nat.en,
      languages: content.languages,
      services: content.services,
      prices: content.prices,
      hours: content.hours,
    } satisfies Partial<AdInput>);
    planted = content.indicators;
  } else {
    // Text only: what the fields would have said is written into the text.
    ad.text = `${content.text} ${textTail(rng, lang, persona, content, shown)}`;
    ad.country = 'DK';
    // A long service menu is only visible as a field.
    planted = [
      ...content.textPlanted,
      ...fieldIndicators(persona, content.hourlyPriceDkk, content.hours, []),
    ];
  }
  if (reviews.length > 0) ad.reviews = reviews;
  // Every network here has 2+ members, different persons (distinct names) and one phone.
  const cross = network
    ? ['shared-contact', 'copied-text', ...(network.cities.length >= 2 ? ['multi-city-movement'] : [])]
    : [];
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
