import { adKind, type AdKind } from './ad-kind.js';
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

function computeDetails(ad: AdInput, fields: readonly TextField[]): AdDetails {
  const country = toCountryCode(ad.country);
  const year = postedYear(ad.posted_at);
  const phones: AdDetails['phones'] = [];
  const ages: AdDetails['ages'] = [];
  const priceTexts: { path: string; text: string }[] = [];
  // Free texts with keycap digits, read without their marks (see keycaps.ts); almost always none.
  let keycapTexts: Map<string, KeycapText> | undefined;
  let severalPeople = false;
  let ownAge: number | null = null;
  for (const f of fields) {
    if (f.source !== 'ad') continue;
    if (isFreeText(f.path)) {
      const found = extractPhones(f.text, country);
      for (const p of found)
        phones.push({ e164: p.e164, start: p.start, end: p.end, raw: p.raw, path: f.path });
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
    } else if (f.path.startsWith('phones[')) {
      const e164 = normalizePhone(f.text, country);
      if (e164) phones.push({ e164, start: 0, end: f.text.length, raw: f.text, path: f.path });
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
  const prices = extractPrices(priceTexts);
  if (keycapTexts !== undefined) for (const p of prices) mapKeycapSpan(keycapTexts, p);
  const hourly = lowestHourly(prices);
  const kind = adKind(ad, hourly !== null);
  return { phones, ages, age, prices, hourly: kind === 'client' ? null : hourly, kind };
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

function factsFrom(ad: AdInput, fields: readonly TextField[], details: AdDetails): ExtractedFacts {
  const country = toCountryCode(ad.country);
  // Distinct values in first-seen order; lists of a few entries, where `includes` beats a Set.
  const emails: string[] = [];
  const messaging: string[] = [];
  const nationalities: string[] = [];
  const languages: string[] = [];
  const cities: string[] = [];
  let services: string[] = [];
  for (const e of ad.emails ?? []) {
    const n = typeof e === 'string' ? normalizeEmail(e) : null;
    if (n) addDistinct(emails, n);
  }
  const city = normalizeCityField(ad.city);
  if (city) cities.push(city);
  // Origins read only from her one language ("No English, only Portuguese"), kept when the ad names
  // no other: "nationality: Brazilian" makes the Portuguese hers as a language only.
  const weak: string[] = [];
  for (const f of fields) {
    if (f.source !== 'ad') continue;
    if (isFreeText(f.path)) {
      for (const e of extractEmails(f.text)) addDistinct(emails, e.email);
      for (const m of extractMessaging(f.text, country)) addDistinct(messaging, m.id);
      for (const n of findNationalities(f.text)) addDistinct(n.weak ? weak : nationalities, n.code);
      for (const l of findLanguages(f.text)) if (l.level !== 'none') addDistinct(languages, l.code);
      for (const c of findCities(f.text)) addDistinct(cities, c.city);
    } else if (f.path === 'nationality') {
      for (const n of findNationalities(f.text, true)) addDistinct(nationalities, n.code);
    } else if (f.path.startsWith('languages[')) {
      for (const code of languageFieldCodes(f.text)) addDistinct(languages, code);
    }
  }
  if (nationalities.length === 0) for (const c of weak) addDistinct(nationalities, c);
  // "African queen … from Lagos Nigeria": the country, not also its region.
  dropCoveredRegions(nationalities);
  if (Array.isArray(ad.services) && ad.services.length > 0) services = normalizeServices(ad.services);
  // A copy: the menu may be shared with the no-limits detector (findServiceMenu keeps recent results).
  else if (typeof ad.text === 'string') services = [...(findServiceMenu(ad.text)?.items ?? [])];
  const phones: string[] = [];
  for (const p of details.phones) addDistinct(phones, p.e164);
  return {
    phones,
    emails,
    messaging,
    age: details.age,
    hourly_price_dkk: details.hourly?.dkk ?? null,
    nationalities,
    languages,
    cities,
    services,
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
  const fields = listFields(ad);
  return factsFrom(ad, fields, computeDetails(ad, fields));
}

/** Lists an ad's text fields and extracts its facts once, for the indicators and the network. */
/**
 * The kind of post an ad is, as scoring reads it (see AdKind): for the ad list and exports, which
 * have no prepared ad. Almost every ad reads as an offer from its opening alone; only when the
 * opening reads as another kind are the prices read, since a price of her own makes it an offer.
 */
export function postKindOf(ad: AdInput): AdKind {
  if (adKind(ad) === 'offer') return 'offer';
  return computeDetails(ad, listFields(ad)).kind;
}

export function prepareAd(ad: AdInput): PreparedAd {
  const fields = listFields(ad);
  const details = computeDetails(ad, fields);
  const prepared: WithDetails = { ad, fields, facts: factsFrom(ad, fields, details), [DETAILS]: details };
  return prepared;
}
