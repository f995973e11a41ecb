import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely table types shared by both backends. Timestamps are ISO 8601 text in both (they
 * round-trip exactly and sort as text when written by `Date#toISOString`). JSON columns are
 * `text` in SQLite and `jsonb` in PostgreSQL: written as JSON strings, read back as either a
 * string (SQLite) or a parsed value (pg), so readers go through `fromJson`.
 */

/** A JSON column: read as unknown (string or parsed), written as a JSON string. */
export type JsonColumn = ColumnType<unknown, string, string>;
export type NullableJsonColumn = ColumnType<unknown, string | null, string | null>;

export interface SitesTable {
  id: string;
  name: string;
  base_url: string;
}

export interface CrawlRunsTable {
  id: Generated<number>;
  site_id: string;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'finished' | 'failed';
  stats: NullableJsonColumn;
  duration_ms: number | null;
}

export interface RunListingsTable {
  run_id: number;
  site_id: string;
  site_ad_id: string;
}

export interface AdsTable {
  id: Generated<number>;
  key: string;
  site_id: string;
  site_ad_id: string;
  url: string;
  first_seen: string;
  last_seen: string;
  gone_at: string | null;
  list_fingerprint: string | null;
  /**
   * When the detail page was last read in full (set with the list fingerprint; migration 0011).
   * Left out of inserts, so stores migrated only part of the way (tests of older migrations) work.
   */
  details_read_at: ColumnType<string | null, never, string | null>;
  latest_version_id: number | null;
  version_count: number;
  city: string | null;
  name: string | null;
  title: string | null;
  /** Lower-cased title, text and name (JavaScript lower-casing, so æ/ø/å fold too). */
  search_text: string;
  score: number | null;
  level: 'red' | 'yellow' | 'green' | null;
}

export interface AdVersionsTable {
  id: Generated<number>;
  ad_id: number;
  number: number;
  first_seen: string;
  last_seen: string;
  snapshot: JsonColumn;
  content_hash: string;
  changed_fields: JsonColumn;
}

export interface PhotosTable {
  sha256: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  phash: string | null;
  data: Buffer;
}

/** The photo each address of a site gave when last fetched (migration 0012). */
export interface PhotoUrlsTable {
  site_id: string;
  url: string;
  sha256: string;
  fetched_at: string;
}

export interface AdPhotosTable {
  version_id: number;
  ad_id: number;
  position: number;
  sha256: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  ad_id: number;
  review_id: string;
  posted_at: string | null;
  text: string | null;
  url: string | null;
  first_seen: string;
}

export interface IndicatorResultsTable {
  id: Generated<number>;
  ad_id: number;
  config_version: string;
  computed_at: string;
  score: number;
  level: 'red' | 'yellow' | 'green';
  indicators: JsonColumn;
  result: JsonColumn;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  role: 'admin' | 'analyst' | 'outreach' | 'read-only';
  password_hash: string;
  created_at: string;
  last_visit_at: string | null;
  /** 0 or 1 in both backends, so one code path reads and writes it. */
  disabled: number;
}

export interface NotesTable {
  id: Generated<number>;
  ad_id: number;
  user_id: number;
  body: string;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  subject: string | null;
  detail: NullableJsonColumn;
}

export interface StoreDatabase {
  sites: SitesTable;
  crawl_runs: CrawlRunsTable;
  run_listings: RunListingsTable;
  ads: AdsTable;
  ad_versions: AdVersionsTable;
  photos: PhotosTable;
  photo_urls: PhotoUrlsTable;
  ad_photos: AdPhotosTable;
  reviews: ReviewsTable;
  indicator_results: IndicatorResultsTable;
  users: UsersTable;
  notes: NotesTable;
  audit_events: AuditEventsTable;
}

export type StoreDialect = 'sqlite' | 'postgres';
