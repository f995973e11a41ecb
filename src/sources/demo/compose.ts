import type { Rng } from './prng.js';
import { expand } from './phrasing.js';
import {
  featureSentences,
  fill,
  negativeLines,
  networkFillers,
  origins,
  type Lang,
  type TextFeature,
} from './snippets.js';
import { calmServices, longServices, type Nationality } from './vocab.js';
import { freeSentences, makeVoice, voiced } from './voice.js';

/**
 * Builds the visible content of one ad (title, text, services, prices, hours, languages) and
 * records which catalogue indicators the content plants. Shared by the demo world and the
 * batch corpus so both follow the same catalogue.
 */

export interface Persona {
  name: string;
  age: number;
  nat: Nationality;
  city: string;
  lang: Lang;
}

/** How a network writes its ads: fixed sentences (near-copied between persons) and habits. */
export interface NetworkStyle {
  lang: Lang;
  /** Template sentences with placeholders, in order; each with the feature it plants. */
  sentences: { text: string; feature: TextFeature | null }[];
  lowPrice: boolean;
  unlimitedHours: boolean;
  longMenu: boolean;
}

export interface AdContent {
  title: string;
  text: string;
  services: string[];
  prices: string[];
  /** Lowest price of one hour in DKK (30 minutes doubled). */
  hourlyPriceDkk: number;
  hours: string;
  languages: string[];
  /** Catalogue ids planted by the text alone. */
  textPlanted: string[];
  /** Catalogue ids planted by the text and fields (cross-ad indicators are added elsewhere). */
  indicators: string[];
}

function vars(p: Persona): Record<string, string | number> {
  return {
    name: p.name,
    age: p.age,
    city: p.city,
    country: p.lang === 'da' ? p.nat.countryDa : p.nat.countryEn,
    nat: p.lang === 'da' ? p.nat.da.toLowerCase() : p.nat.en,
    lang: p.lang === 'da' ? p.nat.langDa.toLowerCase() : p.nat.langEn,
  };
}

/** Shown price list and the canonical hourly price. */
export function makePrices(
  rng: Rng,
  lang: Lang,
  hourly: number,
): { prices: string[]; hourlyPriceDkk: number } {
  const half = Math.round((hourly * rng.pick([0.55, 0.6, 0.65])) / 50) * 50;
  const fmt = (n: number): string =>
    n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
  const onlyHalf = rng.chance(0.1);
  if (onlyHalf) {
    // Only a 30-minute price: the hourly price is that doubled.
    return {
      prices: [lang === 'da' ? `30 min ${fmt(half)} kr` : `30 min ${fmt(half)} DKK`],
      hourlyPriceDkk: half * 2,
    };
  }
  const prices =
    lang === 'da'
      ? [`30 min ${fmt(half)} kr`, rng.pick([`1 time ${fmt(hourly)} kr`, `1 time ${fmt(hourly)},-`])]
      : [`30 min ${fmt(half)} DKK`, rng.pick([`1 hour ${fmt(hourly)} DKK`, `60 min ${fmt(hourly)} kr`])];
  return { prices, hourlyPriceDkk: Math.min(hourly, half * 2) };
}

function makeLanguages(p: Persona, barrier: boolean): string[] {
  const da = p.lang === 'da';
  if (p.nat.code === 'DK') return da ? ['Dansk', 'Engelsk'] : ['Danish', 'English'];
  const native = da ? p.nat.langDa : p.nat.langEn;
  if (barrier) return [native];
  const out = [native, da ? 'Engelsk' : 'English'];
  return [...new Set(out)];
}

/** Indicators planted by the fields of an ad (nationality, age, price, hours, menu). */
export function fieldIndicators(p: Persona, hourly: number, hours: string, services: string[]): string[] {
  const out: string[] = [];
  if (p.nat.code !== 'DK') out.push('foreign-nationality');
  if (p.age <= 19) out.push('youth-emphasis');
  if (hourly < 800) out.push('low-price');
  if (/24\/7|00-24|døgnet/i.test(hours)) out.push('unlimited-hours');
  if (services.length >= 12) out.push('no-limits');
  return out;
}

/**
 * An independent worker's ad: first person, fair prices, limited hours, some tricky negatives.
 * Written in her own voice from the combinatorial grammar, so that two unrelated ads share
 * hardly any wording (see phrasing.ts).
 */
export function composeIndependent(rng: Rng, p: Persona): AdContent {
  const v = vars(p);
  const voice = makeVoice(rng, p.lang, p.nat.code !== 'DK');
  const free = freeSentences(rng, voice);
  const originPool = p.lang === 'en' ? origins.en : p.nat.code === 'DK' ? origins.dkDa : origins.foreignDa;
  const origin = rng.chance(0.75) ? [voiced(rng, voice, expand(rng, rng.pick(originPool)))] : [];
  // Negatives stay verbatim: they are the hard cases the text indicators must not fire on.
  const body = rng.shuffle([...free.body, ...rng.sample(negativeLines[p.lang], rng.int(0, 2))]);
  const lines = [...free.intro, ...origin, ...body, ...free.closing].map((l) => fill(l, v));
  const services = rng.sample(calmServices[p.lang], rng.int(2, 5));
  const { prices, hourlyPriceDkk } = makePrices(
    rng,
    p.lang,
    rng.pick([1000, 1200, 1400, 1500, 1800, 2000, 2500]),
  );
  const hours =
    p.lang === 'da'
      ? rng.pick(['Man-fre 10-18', 'Hverdage 11-19', 'Man-lør 12-20', 'Efter aftale 10-17'])
      : rng.pick(['Mon-Fri 10-18', 'Mon-Sat 12-20', 'Weekdays 11-19']);
  const title =
    p.lang === 'da'
      ? rng.pick([
          `${p.name} - hyggelig og diskret i ${p.city}`,
          `Selvstændig ${p.nat.da.toLowerCase()} kvinde i ${p.city}`,
          `Massage og samvær med ${p.name}`,
        ])
      : rng.pick([
          `${p.name} - relax massage in ${p.city}`,
          `Independent lady in ${p.city}`,
          `Nice time with ${p.name}`,
        ]);
  return {
    title,
    text: lines.join(voice.separator),
    services,
    prices,
    hourlyPriceDkk,
    hours,
    languages: makeLanguages(p, false),
    textPlanted: [],
    indicators: fieldIndicators(p, hourlyPriceDkk, hours, services).sort(),
  };
}

/** Picks a network's writing style: third-person voice plus a few planted features. */
export function makeNetworkStyle(rng: Rng, lang: Lang): NetworkStyle {
  const optional: TextFeature[] = [
    'new-in-town',
    'youth-emphasis',
    'language-barrier',
    'unprotected-services',
    'no-limits',
    'high-risk-services',
    'drugs-offered',
    'rotating-workers',
    'restricted-movement',
    'unlimited-hours',
  ];
  const features: TextFeature[] = ['third-party-voice', ...rng.sample(optional, rng.int(2, 4))];
  // The copywriter's fillers are drawn once, in the network's own voice, so that two networks
  // differ while every member's ad repeats the same template.
  const voice = makeVoice(rng, lang, false);
  const filler = (): { text: string; feature: null } => ({
    text: voiced(rng, voice, expand(rng, rng.pick(networkFillers[lang]))),
    feature: null,
  });
  const sentences: NetworkStyle['sentences'] = [
    ...Array.from({ length: rng.int(1, 3) }, filler),
    ...features.map((f) => ({ text: rng.pick(featureSentences[f][lang]), feature: f })),
    ...Array.from({ length: rng.int(2, 4) }, filler),
  ];
  return {
    lang,
    sentences,
    lowPrice: rng.chance(0.6),
    unlimitedHours: features.includes('unlimited-hours') || rng.chance(0.3),
    longMenu: rng.chance(0.4),
  };
}

/**
 * A network member's ad: the network's template filled with this person's name, age and city,
 * with a small random edit so that copies are near, not exact.
 */
export function composeNetworkAd(rng: Rng, p: Persona, style: NetworkStyle): AdContent {
  const v = vars(p);
  // A Danish member speaks Danish: the network's "No English, only {lang}" is left out of her ad.
  let sentences =
    p.nat.code === 'DK' ? style.sentences.filter((s) => s.feature !== 'language-barrier') : style.sentences;
  // Near-copy: sometimes one filler sentence is dropped; planted sentences stay.
  if (rng.chance(0.4)) {
    const fillerIdx = sentences.findIndex((s) => s.feature === null);
    sentences = sentences.filter((_, i) => i !== fillerIdx);
  }
  const text = sentences.map((s) => fill(s.text, v)).join(' ');
  const planted = new Set(sentences.flatMap((s) => (s.feature ? [s.feature] : [])));
  const lang = style.lang;
  const services = style.longMenu ? [...longServices[lang]] : rng.sample(calmServices[lang], rng.int(3, 6));
  const hourly = style.lowPrice ? rng.pick([500, 600, 700, 750]) : rng.pick([900, 1000, 1200]);
  const { prices, hourlyPriceDkk } = makePrices(rng, lang, hourly);
  const hours = style.unlimitedHours
    ? rng.pick(lang === 'da' ? ['24/7', 'Alle dage 00-24', 'Døgnet rundt'] : ['24/7', 'Mon-Sun 00-24'])
    : rng.pick(lang === 'da' ? ['Alle dage 10-02', 'Man-søn 12-24'] : ['Every day 10-02', 'Mon-Sun 12-24']);
  const newTag = planted.has('new-in-town') ? (lang === 'da' ? 'NY I BYEN! ' : 'NEW IN TOWN! ') : '';
  const title = `${newTag}${p.name} ${p.age} - ${p.city}`;
  const indicators = new Set<string>([...planted, ...fieldIndicators(p, hourlyPriceDkk, hours, services)]);
  return {
    title,
    text,
    services,
    prices,
    hourlyPriceDkk,
    hours,
    languages: makeLanguages(p, planted.has('language-barrier')),
    textPlanted: [...planted].sort(),
    indicators: [...indicators].sort(),
  };
}
