import {
  composeIndependent,
  composeNetworkAd,
  fieldIndicators,
  makeNetworkStyle,
  makePrices,
  type AdContent,
  type Persona,
} from './compose.js';
import type {
  DemoAd,
  DemoClinic,
  DemoNetwork,
  DemoPerson,
  DemoReview,
  DemoSiteId,
  DayChanges,
  WorldSize,
} from './model.js';
import { inventPhone, pickPhoneStyle, showPhone } from './phones.js';
import type { Rng } from './prng.js';
import { reviewLines, type Lang } from './snippets.js';
import { cityWeights, clinicWords, nationalities, nationalityByCode, streets } from './vocab.js';

/**
 * Builders that add persons, networks, ads and clinics to the world's state. They take an Rng
 * so that the caller decides the stream (initial world or a given day).
 */

export interface WorldState {
  seed: number;
  size: WorldSize;
  day: number;
  persons: Map<string, DemoPerson>;
  networks: DemoNetwork[];
  clinics: DemoClinic[];
  /** All ads ever posted, keyed `site:siteAdId`; removed ads keep `removedDay`. */
  ads: Map<string, DemoAd>;
  nextAdId: Record<DemoSiteId, number>;
  nextPersonId: number;
  nextPhotoId: number;
  nextReviewId: number;
  changeLog: DayChanges[];
}

/** Simulated calendar: day 0 is 2026-10-01. */
export function isoAt(day: number, minuteOfDay: number): string {
  return new Date(Date.UTC(2026, 9, 1) + day * 86_400_000 + minuteOfDay * 60_000).toISOString();
}

export function adKey(site: DemoSiteId, siteAdId: string): string {
  return `${site}:${siteAdId}`;
}

function newPhotoIds(state: WorldState, n: number): string[] {
  return Array.from({ length: n }, () => `ph-${state.nextPhotoId++}`);
}

function newAdId(state: WorldState, site: DemoSiteId): string {
  return String(state.nextAdId[site]++);
}

export function addPerson(
  state: WorldState,
  rng: Rng,
  natCode: string,
  networkId: string | null,
  young: boolean,
): DemoPerson {
  const nat = nationalityByCode(natCode);
  // Everyone is an adult; networks skew towards 18-19.
  const age = young ? rng.int(18, 23) : rng.chance(0.05) ? 19 : rng.int(21, 45);
  const person: DemoPerson = {
    id: `p-${state.nextPersonId++}`,
    name: rng.pick(nat.names),
    age,
    natCode,
    networkId,
  };
  state.persons.set(person.id, person);
  return person;
}

export function makeReviews(
  state: WorldState,
  rng: Rng,
  lang: Lang,
  concerning: number,
  day: number,
): DemoReview[] {
  const n = rng.int(0, 4);
  return Array.from({ length: n }, () => {
    // Concerning reviews are rarer for independent workers than for network ads.
    const line = rng.chance(concerning) ? rng.pick(reviewLines.slice(2)) : rng.pick(reviewLines.slice(0, 2));
    return {
      id: `r-${state.nextReviewId++}`,
      postedAt: isoAt(day - rng.int(0, 30), rng.int(0, 1439)).slice(0, 10),
      text: rng.pick(line.text[lang]),
      indicator: line.indicator,
    };
  });
}

export function personaOf(person: DemoPerson, city: string, lang: Lang): Persona {
  return { name: person.name, age: person.age, nat: nationalityByCode(person.natCode), city, lang };
}

interface AdSpec {
  site: DemoSiteId;
  person: DemoPerson;
  network: DemoNetwork | null;
  city: string;
  lang: Lang;
  content: AdContent;
  phones: string[];
  phonesShown: string[];
  emails: string[];
  photoIds: string[];
  reviews: DemoReview[];
  clinicSlug: string | null;
  postedAt: string;
}

export function storeAd(state: WorldState, spec: AdSpec): DemoAd {
  const nat = nationalityByCode(spec.person.natCode);
  const ad: DemoAd = {
    site: spec.site,
    siteAdId: newAdId(state, spec.site),
    personId: spec.person.id,
    networkId: spec.network?.id ?? null,
    clinicSlug: spec.clinicSlug,
    lang: spec.lang,
    title: spec.content.title,
    text: spec.content.text,
    name: spec.person.name,
    age: spec.person.age,
    city: spec.city,
    phones: spec.phones,
    phonesShown: spec.phonesShown,
    emails: spec.emails,
    natCode: nat.code,
    nationalityShown: spec.lang === 'da' ? nat.da : nat.en,
    languages: spec.content.languages,
    services: spec.content.services,
    prices: spec.content.prices,
    hourlyPriceDkk: spec.content.hourlyPriceDkk,
    hours: spec.content.hours,
    photoIds: spec.photoIds,
    reviews: spec.reviews,
    postedAt: spec.postedAt,
    updatedAt: spec.postedAt,
    textIndicators: spec.content.indicators,
    templateId: spec.network?.templateId ?? null,
    removedDay: null,
  };
  state.ads.set(adKey(ad.site, ad.siteAdId), ad);
  return ad;
}

/** An independent worker's classic ad: own phone, own photos, own words. */
export function addIndependentAd(state: WorldState, rng: Rng, day: number): DemoAd {
  const nat = rng.chance(0.65) ? 'DK' : rng.pick(nationalities.slice(1)).code;
  const person = addPerson(state, rng, nat, null, false);
  const lang: Lang = nat === 'DK' || rng.chance(0.4) ? 'da' : 'en';
  const city = rng.pick(cityWeights);
  const phone = inventPhone(rng, '+45');
  const emails = rng.chance(0.3) ? [`${person.name.toLowerCase()}${rng.int(1, 99)}@example.invalid`] : [];
  return storeAd(state, {
    site: 'demo-classic',
    person,
    network: null,
    city,
    lang,
    content: composeIndependent(rng, personaOf(person, city, lang)),
    phones: [phone],
    phonesShown: [showPhone(phone, pickPhoneStyle(rng, 0.1), rng)],
    emails,
    photoIds: newPhotoIds(state, rng.int(1, 4)),
    reviews: makeReviews(state, rng, lang, 0.05, day),
    clinicSlug: null,
    postedAt: isoAt(day === 0 ? -rng.int(0, 30) : day, rng.int(0, 1439)),
  });
}

/** A network: one phone, one template, a pool of reused photos. */
export function addNetwork(state: WorldState, rng: Rng, sites: DemoSiteId[]): DemoNetwork {
  const nat = rng.pick(['RO', 'RO', 'UA', 'NG', 'TH', 'BR', 'DK'] as const);
  const prefix = nationalityByCode(nat).phonePrefix;
  const id = `n-${state.networks.length + 1}`;
  const network: DemoNetwork = {
    id,
    natCode: nat,
    phone: inventPhone(rng, prefix && rng.chance(0.6) ? prefix : '+45'),
    style: makeNetworkStyle(rng, rng.chance(0.7) ? 'en' : 'da'),
    templateId: `t-${id}`,
    photoPool: newPhotoIds(state, 6),
    sites,
  };
  state.networks.push(network);
  return network;
}

/** Photos of a network member: picked from the pool, sometimes as a re-encoded copy. */
function networkPhotos(rng: Rng, network: DemoNetwork): string[] {
  return rng
    .sample(network.photoPool, rng.int(2, 3))
    .map((id) => (rng.chance(0.3) ? `${id}-v${rng.int(1, 3)}` : id));
}

/** A network member's classic ad (a new person, or `person` when re-posting). */
export function addNetworkAd(
  state: WorldState,
  rng: Rng,
  network: DemoNetwork,
  day: number,
  person?: DemoPerson,
  photoIds?: string[],
): DemoAd {
  const nat = rng.chance(0.8) ? network.natCode : rng.pick(nationalities.slice(1)).code;
  const who = person ?? addPerson(state, rng, nat, network.id, true);
  const city = rng.pick(cityWeights);
  const lang = network.style.lang;
  return storeAd(state, {
    site: 'demo-classic',
    person: who,
    network,
    city,
    lang,
    content: composeNetworkAd(rng, personaOf(who, city, lang), network.style),
    phones: [network.phone],
    phonesShown: [showPhone(network.phone, pickPhoneStyle(rng, 0.3), rng)],
    emails: [],
    photoIds: photoIds ?? networkPhotos(rng, network),
    reviews: makeReviews(state, rng, lang, 0.35, day),
    clinicSlug: null,
    postedAt: isoAt(day === 0 ? -rng.int(0, 20) : day, rng.int(0, 1439)),
  });
}

/** A clinic, run by `network` or by its own owner (network null). */
export function addClinic(state: WorldState, rng: Rng, network: DemoNetwork | null): DemoClinic {
  const name = `${rng.pick(clinicWords.first)} ${rng.pick(clinicWords.second)}`;
  const city = rng.pick(cityWeights);
  const slug = `${name}-${city}-${state.clinics.length + 1}`
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'oe')
    .replace(/[å]/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-');
  const phone = network?.phone ?? inventPhone(rng, '+45');
  const lang: Lang = network ? network.style.lang : rng.chance(0.5) ? 'en' : 'da';
  const hourly = network?.style.lowPrice ? rng.pick([500, 600, 700]) : rng.pick([800, 900, 1000, 1100]);
  const { prices, hourlyPriceDkk } = makePrices(rng, lang, hourly);
  const hours = network?.style.unlimitedHours
    ? 'Mon-Sun 00-24'
    : rng.pick(['Mon-Fri 10-20', 'Mon-Sat 10-19', 'Man-lør 11-19']);
  const clinic: DemoClinic = {
    slug,
    name,
    city,
    address: `${rng.pick(streets)} ${rng.int(1, 120)}, ${city}`,
    phone,
    phoneShown: showPhone(phone, rng.pick(['intl', 'spaced'] as const), rng),
    networkId: network?.id ?? null,
    hours,
    prices,
    hourlyPriceDkk,
    lang,
    adIds: [],
  };
  state.clinics.push(clinic);
  return clinic;
}

/** Clinic persons share the clinic's phone, prices and hours. */
export function addClinicPerson(state: WorldState, rng: Rng, clinic: DemoClinic, day: number): DemoAd {
  const network = state.networks.find((n) => n.id === clinic.networkId) ?? null;
  const nat = network
    ? rng.chance(0.8)
      ? network.natCode
      : 'TH'
    : rng.pick(['TH', 'TH', 'TH', 'DK', 'SE', 'ES']);
  const person = addPerson(state, rng, nat, network?.id ?? `n-clinic-${clinic.slug}`, network !== null);
  const persona = personaOf(person, clinic.city, clinic.lang);
  const base = network ? composeNetworkAd(rng, persona, network.style) : composeIndependent(rng, persona);
  const indicators = new Set([
    ...base.textPlanted,
    ...fieldIndicators(persona, clinic.hourlyPriceDkk, clinic.hours, base.services),
  ]);
  const content: AdContent = {
    ...base,
    prices: clinic.prices,
    hourlyPriceDkk: clinic.hourlyPriceDkk,
    hours: clinic.hours,
    indicators: [...indicators].sort(),
  };
  const ad = storeAd(state, {
    site: 'demo-clinics',
    person,
    network,
    city: clinic.city,
    lang: clinic.lang,
    content,
    phones: [clinic.phone],
    phonesShown: [clinic.phoneShown],
    emails: [],
    photoIds: network ? networkPhotos(rng, network) : newPhotoIds(state, rng.int(1, 3)),
    reviews: makeReviews(state, rng, clinic.lang, network ? 0.3 : 0.05, day),
    clinicSlug: clinic.slug,
    postedAt: isoAt(day === 0 ? -rng.int(0, 30) : day, rng.int(0, 1439)),
  });
  ad.networkId = person.networkId;
  clinic.adIds.push(ad.siteAdId);
  return ad;
}
