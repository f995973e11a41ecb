/**
 * Core types shared by every capability. Data flows one way:
 * sources → extract → indicators / network → store → server / cli.
 *
 * `AdInput` is exactly the batch input line of `shared/spec/analyze-format.md`; the crawler
 * produces the same shape from each site so that one analysis path serves crawled and batch ads.
 */

/** A photo of an ad. `path` is relative to a batch file; crawled photos carry `url` and `sha256`. */
export interface AdImage {
  id: string;
  path?: string | null;
  url?: string | null;
  /** Content hash (hex) of the stored bytes; photos are stored once per hash. */
  sha256?: string | null;
  /** Perceptual hash (hex, 64 bits) where computed. */
  phash?: string | null;
}

/** A client review of the person behind an ad. */
export interface AdReview {
  id: string;
  posted_at?: string | null;
  text?: string | null;
  url?: string | null;
}

/** One ad, as read from a site or a batch line. Only `id` is required. */
export interface AdInput {
  /** Globally unique: `site:siteAdId`. */
  id: string;
  site?: string | null;
  url?: string | null;
  posted_at?: string | null;
  title?: string | null;
  text?: string | null;
  name?: string | null;
  age?: string | number | null;
  city?: string | null;
  /** ISO 3166 alpha-2 of the phone numbering assumed for numbers without country code. */
  country?: string | null;
  phones?: string[] | null;
  emails?: string[] | null;
  profile_id?: string | null;
  nationality?: string | null;
  languages?: string[] | null;
  services?: string[] | null;
  prices?: string[] | null;
  hours?: string | null;
  images?: AdImage[] | null;
  reviews?: AdReview[] | null;
  /** Clinic or venue name where the site groups persons by place (massage-clinic directories). */
  clinic?: string | null;
  address?: string | null;
}

/**
 * Where an indicator's evidence was found. `field` is a path into `AdInput`:
 * `title`, `text`, `age`, `hours`, `nationality`, `name`, `city`, `prices[1]`, `services[3]`,
 * `languages[0]`, `phones[0]`, `reviews[2].text`. Offsets are UTF-16 code-unit offsets into that
 * field's string (JavaScript string indices), `end` exclusive; `quote` = field.slice(start, end).
 */
export interface TextEvidence {
  field: string;
  start: number;
  end: number;
  quote: string;
}

/** Cross-ad evidence: the linked ads (and, for photos, the image ids). */
export interface LinkEvidence {
  ads: string[];
  images?: string[];
  /** Human-readable reason, e.g. "same phone +4522334455". */
  reason?: string;
}

/** Evidence set by a person or an image model (x-factor, image tags). */
export interface ManualEvidence {
  setBy: string;
  setAt: string;
  note?: string;
  image?: string;
}

export type Evidence = TextEvidence | LinkEvidence | ManualEvidence;

export interface FiredIndicator {
  id: string;
  weight: number;
  evidence: Evidence[];
}

export type Level = 'red' | 'yellow' | 'green';

/** Normalised facts about an ad (the `extracted` object of a result line). */
export interface ExtractedFacts {
  /** E.164. */
  phones: string[];
  emails: string[];
  /** Messaging ids, normalised `kind:handle` (e.g. `telegram:anna_cph`, `whatsapp:+2348035512947`). */
  messaging: string[];
  age: number | null;
  hourly_price_dkk: number | null;
  /** ISO 3166 alpha-2 codes. */
  nationalities: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  /** Canonical Danish town names. */
  cities: string[];
  /** Normalised service names. */
  services: string[];
}

/** One result line of `opspor analyze` (see analyze-format.md). */
export interface AdResult {
  id: string;
  score: number;
  level: Level;
  indicators: FiredIndicator[];
  cluster: string | null;
  extracted: ExtractedFacts;
}
