import { adKind, type AdKind } from './ad-kind.js';
import { AD_BATCH } from '../shared/ad-batch.js';
import type { AdInput, ExtractedFacts } from '../shared/types.js';
import type { PreparedAd, TextField } from '../indicators/define.js';
import {
  findAges,
  findBirthYearAges,
  firstPersonAge,
  herAgeInCouple,
  herAgeInPair,
  parseAgeField,
  type AgeMatch,
} from './age.js';
import { findCities, normalizeCityField } from './cities.js';
import { extractEmails, normalizeEmail } from './emails.js';
import { findLanguages } from './languages.js';
import { extractMessaging } from './messaging.js';
import { dropCoveredRegions, findNationalities } from './nationality.js';
import { extractPhones, normalizePhone, toCountryCode, type PhoneMatch } from './phones.js';
import { extractPrices, lowestHourly, type PriceMatch } from './prices.js';
import { findServiceMenu, normalizeServices } from './services.js';
import { collapseKeycaps, toCollapsed, toOriginalSpan, type KeycapText } from './keycaps.js';
import { TextMemo } from './text-memo.js';
import { readingCopy } from './reading-copy.js';

export type { AdKind } from './ad-kind.js';
export { extractPhones, normalizePhone, toCountryCode, type PhoneMatch } from './phones.js';
export { extractEmails, normalizeEmail, type EmailMatch } from './emails.js';
export { extractMessaging, type MessagingMatch } from './messaging.js';
export { findAges, findBirthYearAges, parseAgeField, type AgeMatch } from './age.js';
export {
  extractPrices,
  hourlyPriceDkk,
  lowestHourly,
  DKK_PER,
  type PriceMatch,
  type Currency,
} from './prices.js';
export { findOpeningHours, isAroundTheClock, type HoursMatch } from './hours.js';
export {
  dropCoveredRegions,
  findNationalities,
  isForeignOrigin,
  isOriginWord,
  REGION_CODES,
  type NationalityMatch,
} from './nationality.js';
export { findLanguages, type LanguageMatch, type LanguageLevel } from './languages.js';
export { findServiceMenu, normalizeService, normalizeServices, type ServiceMenu } from './services.js';
export { findCities, normalizeCity, normalizeCityField, type CityMatch } from './cities.js';
export { isNegated, NEGATION_CUES } from './negation.js';

/** Every text field of an ad with its evidence path (see TextEvidence); empty fields are left out. */
export function listFields(ad: AdInput): TextField[] {
  // Plain loops and a module-level helper: tsx wraps every named closure in a costly `__name`.
  const fields: TextField[] = [];
  addField(fields, 'title', ad.title);
  addField(fields, 'text', ad.text);
  addField(fields, 'name', ad.name);
  addField(fields, 'age', ad.age);
  addField(fields, 'city', ad.city);
  addField(fields, 'nationality', ad.nationality);
  addField(fields, 'hours', ad.hours);
  addField(fields, 'profile_id', ad.profile_id);
  // One call per list rather than a loop over their keys: `ad[key]` with a varying key was a slow,
  // shape-generic property read.
  addList(fields, LANGUAGE_PATHS, ad.languages);
  addList(fields, SERVICE_PATHS, ad.services);
  addList(fields, PRICE_PATHS, ad.prices);
  addList(fields, PHONE_PATHS, ad.phones);
  addList(fields, EMAIL_PATHS, ad.emails);
  const reviews = ad.reviews;
  if (Array.isArray(reviews))
    for (let i = 0; i < reviews.length; i++) {
      const text = reviews[i]!.text;
      if (typeof text === 'string' && text.length > 0)
        fields.push(fieldOf(REVIEW_PATHS.at(i), text, 'review'));
    }
  return fields;
}

/**
 * Paths of list entries ("services[2]", "reviews[0].text"), built once: every ad lists a few, and
 * a template string per entry was a steady source of garbage.
 */
class EntryPaths {
  private readonly paths: string[] = [];
  constructor(
    private readonly key: string,
    private readonly suffix = '',
  ) {}

  at(i: number): string {
    if (i >= 64) return `${this.key}[${i}]${this.suffix}`;
    for (let k = this.paths.length; k <= i; k++) this.paths.push(`${this.key}[${k}]${this.suffix}`);
    return this.paths[i]!;
  }
}

const LANGUAGE_PATHS = new EntryPaths('languages');
const SERVICE_PATHS = new EntryPaths('services');
const PRICE_PATHS = new EntryPaths('prices');
const PHONE_PATHS = new EntryPaths('phones');
const EMAIL_PATHS = new EntryPaths('emails');
const REVIEW_PATHS = new EntryPaths('reviews', '.text');

function addList(fields: TextField[], paths: EntryPaths, list: unknown): void {
  if (Array.isArray(list)) for (let i = 0; i < list.length; i++) addField(fields, paths.at(i), list[i]);
}

function addField(fields: TextField[], path: string, value: unknown): void {
  if (typeof value === 'string' && value.length > 0) fields.push(fieldOf(path, value, 'ad'));
  else if (typeof value === 'number') fields.push({ path, text: String(value), source: 'ad' });
}

/** A field read as a reader reads it (see reading-copy.ts), keeping the text as written. */
function fieldOf(path: string, text: string, source: 'ad' | 'review'): TextField {
  const copy = readingCopy(text);
  if (copy === null) return { path, text, source };
  return { path, text: copy.text, source, written: text, original: copy.original };
}

/** Facts with the spans they came from, computed once per ad and shared by the indicators. */
export interface AdDetails {
  phones: (PhoneMatch & { path: string })[];
  ages: (AgeMatch & { path: string })[];
  /**
   * The ad's one age: the structured field's, else the first one of the free text; null when a
   * free text states two different ages, which are two people's ("Joy and Precious, 24 and 26",
   * "Lily (22), Mei (27) og Anna (31)"), unless she states one of them in the first person ("jeg er
   * 43, han er 46"). A year of birth is not counted as a second age.
   */
  age: number | null;
  prices: PriceMatch[];
  /** Null in a client's post: a sum there is what the client offers to pay (see AdKind). */
  hourly: { dkk: number; match: PriceMatch } | null;
  /** Whether the ad offers sex for sale, seeks it (a client's post) or offers support (see AdKind). */
  kind: AdKind;
}

/** The year of an ISO `posted_at` ("2026-12-02T…"), or null: what a year of birth counts from. */
function postedYear(postedAt: string | null | undefined): number | null {
  if (typeof postedAt !== 'string' || !/^\d{4}-/.test(postedAt)) return null;
  return Number(postedAt.slice(0, 4));
}

/** The free-text fields (title and text), read by every extractor. */
function isFreeText(path: string): boolean {
  return path === 'title' || path === 'text';
}

/** The phones of an ad: of its free texts (per field, in `inField`, for the ages) and phone fields. */
interface PhoneScan {
  phones: AdDetails['phones'];
  /** Per field of the ad: the phones found in it when it is a free text, else null. */
  inField: (PhoneMatch[] | null)[];
}

function scanPhones(ad: AdInput, fields: readonly TextField[]): PhoneScan {
  const country = toCountryCode(ad.country);
  const phones: AdDetails['phones'] = [];
  const inField: (PhoneMatch[] | null)[] = [];
  for (const f of fields) {
    let found: PhoneMatch[] | null = null;
    if (f.source === 'ad' && isFreeText(f.path)) {
      found = extractPhones(f.text, country);
      for (const p of found)
        phones.push({ e164: p.e164, start: p.start, end: p.end, raw: p.raw, path: f.path });
    } else if (f.source === 'ad' && f.path.startsWith('phones[')) {
      const e164 = normalizePhone(f.text, country);
      if (e164) phones.push({ e164, start: 0, end: f.text.length, raw: f.text, path: f.path });
    }
    inField.push(found);
  }
  return { phones, inField };
}

/** The ages of an ad and its one age (see AdDetails), with the texts its prices are read from. */
interface AgeScan {
  ages: AdDetails['ages'];
  age: number | null;
  priceTexts: { path: string; text: string }[];
  /** Free texts with keycap digits, read without their marks (see keycaps.ts); almost always none. */
  keycapTexts: Map<string, KeycapText> | undefined;
}

function scanAges(ad: AdInput, fields: readonly TextField[], phones: PhoneScan): AgeScan {
  const year = postedYear(ad.posted_at);
  const ages: AdDetails['ages'] = [];
  const priceTexts: { path: string; text: string }[] = [];
  let keycapTexts: Map<string, KeycapText> | undefined;
  let severalPeople = false;
  let ownAge: number | null = null;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.source !== 'ad') continue;
    if (isFreeText(f.path)) {
      const found = phones.inField[i]!;
      const keycaps = collapseKeycaps(f.text);
      const first = ages.length;
      if (keycaps === null) {
        for (const a of findAges(f.text, found))
          ages.push({ age: a.age, start: a.start, end: a.end, path: f.path });
        priceTexts.push(f);
      } else {
        keycapAges(keycaps, found, f.path, ages);
        priceTexts.push({ path: f.path, text: keycaps.text });
        (keycapTexts ??= new Map()).set(f.path, keycaps);
      }
      if (differentAges(ages, first)) {
        ownAge ??= firstPersonAge(f.text, ages.slice(first)) ?? herAgeInCouple(f.text, ages.slice(first));
        severalPeople ||= ownAge === null;
      }
      for (const a of findBirthYearAges(f.text, year))
        ages.push({ age: a.age, start: a.start, end: a.end, path: f.path });
    } else if (f.path.startsWith('prices[')) priceTexts.push(f);
  }
  const ageField = parseAgeField(ad.age, year);
  if (ageField) ages.unshift({ age: ageField.age, start: ageField.start, end: ageField.end, path: 'age' });
  // A field of two persons' ages ("35/38", "34 / 41") gives no one age, as two in the text do.
  const secondInField = ageField ? parseAgeField(String(ad.age).slice(ageField.end)) : null;
  if (secondInField)
    ages.splice(1, 0, {
      age: secondInField.age,
      start: ageField!.end + secondInField.start,
      end: ageField!.end + secondInField.end,
      path: 'age',
    });
  const twoInField = secondInField !== null && secondInField.age !== ageField!.age;
  // A field past any age of these ads ("99") is a site's placeholder, as "jeg er 34 (sitet vil ikke
  // lade mig ændre alderen)" says: an age stated in the text goes before it.
  const textAge = severalPeople
    ? null
    : (ownAge ?? ages.find((a) => a.path !== 'age')?.age ?? coupleAge(fields));
  const placeholder = ageField !== null && ageField.age > PLAUSIBLE_FIELD_AGE && textAge !== null;
  const age = twoInField ? null : ageField && !placeholder ? ageField.age : textAge;
  return { ages, age, priceTexts, keycapTexts };
}

/** An ad's details from its phones and ages: its prices, and the kind of post it is. */
function detailsFrom(ad: AdInput, phones: PhoneScan, scan: AgeScan): AdDetails {
  const { ages, age, priceTexts, keycapTexts } = scan;
  const prices = extractPrices(priceTexts);
  if (keycapTexts !== undefined) for (const p of prices) mapKeycapSpan(keycapTexts, p);
  const hourly = lowestHourly(prices);
  const kind = adKind(ad, hourly !== null);
  return { phones: phones.phones, ages, age, prices, hourly: kind === 'client' ? null : hourly, kind };
}

function computeDetails(ad: AdInput, fields: readonly TextField[]): AdDetails {
  const phones = scanPhones(ad, fields);
  return detailsFrom(ad, phones, scanAges(ad, fields, phones));
}

/**
 * Her age from a couple's bare pair of ages in the first free text that has one ("hun 41, han 44"),
 * read only when no other age is: most ads state one.
 */
function coupleAge(fields: readonly TextField[]): number | null {
  for (const f of fields) {
    if (f.source !== 'ad' || !isFreeText(f.path)) continue;
    const age = herAgeInPair(f.text);
    if (age !== null) return age;
  }
  return null;
}

// The oldest age a structured field is taken at over the ads' text.
const PLAUSIBLE_FIELD_AGE = 80;

/** Whether the ages from index `first` on hold two different values. */
function differentAges(ages: readonly AgeMatch[], first: number): boolean {
  for (let i = first + 1; i < ages.length; i++) if (ages[i]!.age !== ages[first]!.age) return true;
  return false;
}

/** Ages of a text with keycap digits: read in its collapsed copy, reported at the original spans. */
function keycapAges(
  k: KeycapText,
  phones: readonly { start: number; end: number }[],
  path: string,
  ages: AdDetails['ages'],
): void {
  const exclude = phones.map((p) => ({ start: toCollapsed(k, p.start), end: toCollapsed(k, p.end) }));
  for (const a of findAges(k.text, exclude)) {
    const span = toOriginalSpan(k, a.start, a.end);
    ages.push({ age: a.age, start: span.start, end: span.end, path });
  }
}

/** Moves a price read in a collapsed copy (see keycapAges) to its span in the original text. */
function mapKeycapSpan(texts: ReadonlyMap<string, KeycapText>, p: PriceMatch): void {
  const k = texts.get(p.path);
  if (k === undefined) return;
  const span = toOriginalSpan(k, p.start, p.end);
  p.start = span.start;
  p.end = span.end;
}

// The details ride on the prepared ad under a symbol key (invisible to JSON, Object.keys and
// structured clones): a WeakMap entry per ad cost more to set than most extractors (ephemeron
// bookkeeping, and more work for every garbage collection). A prepared ad made elsewhere gets its
// details computed on first use and kept the same way.
const DETAILS = Symbol('details');
type WithDetails = PreparedAd & { [DETAILS]?: AdDetails };

/** The span-level extraction behind `prepared.facts` (memoised per prepared ad). */
export function detailsOf(prepared: PreparedAd): AdDetails {
  const own = prepared as WithDetails;
  let d = own[DETAILS];
  if (d === undefined) {
    d = computeDetails(prepared.ad, prepared.fields);
    own[DETAILS] = d;
  }
  return d;
}

/** The facts an ad's texts state, each list read by its own extractor (see prepareAds). */
interface StatedFacts {
  emails: string[];
  messaging: string[];
  nationalities: string[];
  languages: string[];
  cities: string[];
  services: string[];
}

// Distinct values in first-seen order; lists of a few entries, where `includes` beats a Set.

function emailsOf(ad: AdInput, fields: readonly TextField[]): string[] {
  const emails: string[] = [];
  for (const e of ad.emails ?? []) {
    const n = typeof e === 'string' ? normalizeEmail(e) : null;
    if (n) addDistinct(emails, n);
  }
  for (const f of fields)
    if (f.source === 'ad' && isFreeText(f.path))
      for (const e of extractEmails(f.text)) addDistinct(emails, e.email);
  return emails;
}

function messagingOf(ad: AdInput, fields: readonly TextField[]): string[] {
  const country = toCountryCode(ad.country);
  const messaging: string[] = [];
  for (const f of fields)
    if (f.source === 'ad' && isFreeText(f.path))
      for (const m of extractMessaging(f.text, country)) addDistinct(messaging, m.id);
  return messaging;
}

function nationalitiesOf(fields: readonly TextField[]): string[] {
  const nationalities: string[] = [];
  // Origins read only from her one language ("No English, only Portuguese"), kept when the ad names
  // no other: "nationality: Brazilian" makes the Portuguese hers as a language only.
  const weak: string[] = [];
  for (const f of fields) {
    if (f.source !== 'ad') continue;
    if (isFreeText(f.path)) {
      for (const n of findNationalities(f.text)) addDistinct(n.weak ? weak : nationalities, n.code);
    } else if (f.path === 'nationality') {
      for (const n of findNationalities(f.text, true)) addDistinct(nationalities, n.code);
    }
  }
  if (nationalities.length === 0) for (const c of weak) addDistinct(nationalities, c);
  // "African queen … from Lagos Nigeria": the country, not also its region.
  dropCoveredRegions(nationalities);
  return nationalities;
}

function languagesOf(fields: readonly TextField[]): string[] {
  const languages: string[] = [];
  for (const f of fields) {
    if (f.source !== 'ad') continue;
    if (isFreeText(f.path)) {
      for (const l of findLanguages(f.text)) if (l.level !== 'none') addDistinct(languages, l.code);
    } else if (f.path.startsWith('languages[')) {
      for (const code of languageFieldCodes(f.text)) addDistinct(languages, code);
    }
  }
  return languages;
}

function citiesOf(ad: AdInput, fields: readonly TextField[]): string[] {
  const cities: string[] = [];
  const city = normalizeCityField(ad.city);
  if (city) cities.push(city);
  for (const f of fields)
    if (f.source === 'ad' && isFreeText(f.path))
      for (const c of findCities(f.text)) addDistinct(cities, c.city);
  return cities;
}

function servicesOf(ad: AdInput): string[] {
  if (Array.isArray(ad.services) && ad.services.length > 0) return normalizeServices(ad.services);
  // A copy: the menu may be shared with the no-limits detector (findServiceMenu keeps recent results).
  if (typeof ad.text === 'string') return [...(findServiceMenu(ad.text)?.items ?? [])];
  return [];
}

function factsFrom(details: AdDetails, stated: StatedFacts): ExtractedFacts {
  const phones: string[] = [];
  for (const p of details.phones) addDistinct(phones, p.e164);
  return {
    phones,
    emails: stated.emails,
    messaging: stated.messaging,
    age: details.age,
    hourly_price_dkk: details.hourly?.dkk ?? null,
    nationalities: stated.nationalities,
    languages: stated.languages,
    cities: stated.cities,
    services: stated.services,
  };
}

// Structured language fields repeat the same few values across ads ("Dansk", "English"): their
// codes are kept per text (findNationalities keeps its field answers itself).
const languageFields = new TextMemo<readonly string[]>(5_000);

/** Codes of the languages a structured `languages` entry states as spoken. */
function languageFieldCodes(text: string): readonly string[] {
  const kept = languageFields.get(text);
  if (kept !== undefined) return kept;
  const found: string[] = [];
  for (const l of findLanguages(text, true)) if (l.level !== 'none') found.push(l.code);
  return languageFields.keep(text, found);
}

function addDistinct(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Normalised facts of an ad (the `extracted` object of a result line). */
export function extractFacts(ad: AdInput): ExtractedFacts {
  // The steps of prepareAds are the one list of extractors.
  return prepareAd(ad).facts;
}

/**
 * The kind of post an ad is, as scoring reads it (see AdKind): for the ad list and exports, which
 * have no prepared ad. Almost every ad reads as an offer from its opening alone; only when the
 * opening reads as another kind are the prices read, since a price of her own makes it an offer.
 */
export function postKindOf(ad: AdInput): AdKind {
  if (adKind(ad) === 'offer') return 'offer';
  return computeDetails(ad, listFields(ad)).kind;
}

/** Lists an ad's text fields and extracts its facts once, for the indicators and the network. */
export function prepareAd(ad: AdInput): PreparedAd {
  const preparation = prepareAds([ad])[0]!;
  if ('error' in preparation) throw preparation.error;
  return preparation.prepared;
}

/** `prepareAd` for many ads, `AD_BATCH` at a time (see prepareAds), in order; throws the first error. */
export function prepareAll(ads: readonly AdInput[]): PreparedAd[] {
  const prepared: PreparedAd[] = [];
  for (let from = 0; from < ads.length; from += AD_BATCH)
    for (const preparation of prepareAds(ads.slice(from, from + AD_BATCH))) {
      if ('error' in preparation) throw preparation.error;
      prepared.push(preparation.prepared);
    }
  return prepared;
}

/** What preparing one ad of a batch gave: the prepared ad, or what an extractor threw on it. */
export type Preparation = { prepared: PreparedAd } | { error: unknown };

/** An ad on its way through `prepareAds`: what each step has read so far. */
interface Preparing {
  ad: AdInput;
  fields: TextField[];
  phones?: PhoneScan;
  ages?: AgeScan;
  details?: AdDetails;
  stated: Partial<StatedFacts>;
}

/**
 * `prepareAd` over a batch of ads, one extractor over every ad before the next (see
 * shared/ad-batch.ts for why): the same prepared ads. An error fails its ad only.
 */
export function prepareAds(ads: readonly AdInput[]): Preparation[] {
  const out: Preparation[] = [];
  const live: (Preparing | null)[] = [];
  for (const ad of ads) {
    try {
      live.push({ ad, fields: listFields(ad), stated: {} });
      out.push({ error: null }); // its prepared ad in the end
    } catch (error) {
      live.push(null);
      out.push({ error });
    }
  }
  eachAd(live, out, readPhones);
  eachAd(live, out, readAges);
  eachAd(live, out, readDetails);
  eachAd(live, out, readEmails);
  eachAd(live, out, readMessaging);
  eachAd(live, out, readNationalities);
  eachAd(live, out, readLanguages);
  eachAd(live, out, readCities);
  eachAd(live, out, readServices);
  for (let i = 0; i < live.length; i++) {
    const p = live[i];
    if (!p) continue;
    const details = p.details!;
    const prepared: WithDetails = {
      ad: p.ad,
      fields: p.fields,
      facts: factsFrom(details, p.stated as StatedFacts),
      [DETAILS]: details,
    };
    out[i] = { prepared };
  }
  return out;
}

/** Runs one step on every ad still being prepared; an ad whose step throws is failed and dropped. */
function eachAd(live: (Preparing | null)[], out: Preparation[], step: (p: Preparing) => void): void {
  for (let i = 0; i < live.length; i++) {
    const p = live[i];
    if (!p) continue;
    try {
      step(p);
    } catch (error) {
      live[i] = null;
      out[i] = { error };
    }
  }
}

// The steps of prepareAds, in order; module-level functions (tsx wraps every named closure in a
// costly `__name`).
function readPhones(p: Preparing): void {
  p.phones = scanPhones(p.ad, p.fields);
}
function readAges(p: Preparing): void {
  p.ages = scanAges(p.ad, p.fields, p.phones!);
}
function readDetails(p: Preparing): void {
  p.details = detailsFrom(p.ad, p.phones!, p.ages!);
}
function readEmails(p: Preparing): void {
  p.stated.emails = emailsOf(p.ad, p.fields);
}
function readMessaging(p: Preparing): void {
  p.stated.messaging = messagingOf(p.ad, p.fields);
}
function readNationalities(p: Preparing): void {
  p.stated.nationalities = nationalitiesOf(p.fields);
}
function readLanguages(p: Preparing): void {
  p.stated.languages = languagesOf(p.fields);
}
function readCities(p: Preparing): void {
  p.stated.cities = citiesOf(p.ad, p.fields);
}
function readServices(p: Preparing): void {
  p.stated.services = servicesOf(p.ad);
}
