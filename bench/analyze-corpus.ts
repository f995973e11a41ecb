/**
 * A small deterministic ad generator for the analyze benchmark, used when the demo generator
 * (`src/sources/demo`) cannot be loaded. Ads mix Danish, English and broken English, structured
 * fields and reviews, with and without indicator wording, at realistic lengths (~300–500 chars).
 */
import type { AdInput } from '../src/shared/types.js';

const names = [
  'Mia',
  'Sofie',
  'Alina',
  'Nok',
  'Lina',
  'Oksana',
  'Camilla',
  'Blessing',
  'Maria',
  'Ploy',
  'Anne',
  'Joy',
];
const cities = [
  'København',
  'Aarhus',
  'Odense',
  'Aalborg',
  'Esbjerg',
  'Vejle',
  'Kolding',
  'Horsens',
  'Randers',
  'Roskilde',
];
const openers = [
  'Hej, jeg hedder {n} og er {a} år. Jeg tager imod i min egen lejlighed i {c}.',
  'Hello gentlemen! This is {n}, {a} years, she is new girl, just arrived in {c}.',
  'Hi, I am {n}, {a}, living in {c} for many years. Independent, no agency.',
  'Ny i {c}! Sød pige {n}, {a} år, fra Rumænien. Hun er sød og smilende.',
  'Klinik Rosa, {c}. Hos os finder du nu {n}, {a} år. Vi tilbyder massage og GFE. Nye piger hver uge!',
  '{n} here, {a}, thai massage in {c}. I speak only thai, little english, please sms.',
];
const middles = [
  'Massage, GFE, kys og 69. Altid med kondom, ingen stoffer.',
  'Services: GFE, OWO, 69, massage, french kiss, shower together. No limits!',
  'Party time ❄️ 420 friendly, come and have fun.',
  'Booking only through manager, driver brings me to you.',
  'Sensual massage and relax, safe sex only. No BB, no AWO.',
  'Snowy weather ❄️ but my apartment is warm and cosy, tea ready.',
];
const closers = [
  '1 time 1500 kr. Ring 22 33 44 55.',
  '30 min 500 kr, 1 hour 900 kr. Call +45 31 72 86 09.',
  'Price 1h 1200 dkk. SMS 6O 55 21 3O.',
];
const reviewTexts = [
  'Nice girl, clean apartment.',
  'She seemed scared and a man took the money.',
  'Hun virkede glad og tryg.',
  'Could not communicate at all, no English.',
];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!;
}

/** Yields `count` ads; the same seed gives the same ads. */
export function* generateBenchAds(count: number, seed = 7): Generator<AdInput> {
  const r = rng(seed);
  for (let i = 0; i < count; i += 1) {
    const n = pick(names, r);
    const c = pick(cities, r);
    const a = String(18 + Math.floor(r() * 30));
    const text = [pick(openers, r), pick(middles, r), pick(middles, r), pick(closers, r)]
      .join(' ')
      .replace(/\{n\}/g, n)
      .replace(/\{c\}/g, c)
      .replace(/\{a\}/g, a);
    const ad: AdInput = { id: `bench:${i}`, site: 'bench', title: `${n} ${a} - ${c}`, text };
    if (r() < 0.6) {
      Object.assign(ad, {
        name: n,
        age: a,
        city: c,
        phones: ['22 33 44 55'],
        languages: ['dansk', 'engelsk'],
        services: ['massage', 'GFE', '69'],
        prices: ['1 time 1500 kr'],
        hours: 'Man-fre 10-20',
      });
    }
    if (r() < 0.2) ad.reviews = [{ id: 'r1', text: pick(reviewTexts, r) }];
    yield ad;
  }
}
