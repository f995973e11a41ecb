import type { AdWithResult } from './ad-walk.js';
import { postKindOf } from '../extract/index.js';
import { safeCell } from './spreadsheet-safety.js';

/**
 * The columns of the CSV and XLSX exports, in order. Keys are stable English ids (the header
 * row), so that a spreadsheet or script that reads an export keeps working when labels change.
 */
export const exportColumns = [
  'id',
  'key',
  'url',
  'site',
  'city',
  'name',
  'age',
  'nationality',
  'phones',
  'level',
  'score',
  'indicators',
  'post_kind',
  'first_seen',
  'last_seen',
  'status',
  'follow_up',
] as const;

export type ExportColumn = (typeof exportColumns)[number];
export type ExportCell = string | number | null;
export type ExportRow = Record<ExportColumn, ExportCell>;

/** Joins list values in one cell; `; ` because a comma is the CSV separator. */
function list(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('; ');
}

/**
 * One export row of an ad. Phones and nationality prefer the analysis (normalised E.164, ISO
 * codes) and fall back to what the ad says. Every string cell is formula-neutralised.
 * `followUp` is the case status where the store keeps one (null otherwise).
 */
export function toExportRow({ ad, result }: AdWithResult, followUp: string | null = null): ExportRow {
  const extracted = result?.result.extracted;
  const phones = extracted?.phones.length ? extracted.phones : (ad.current.phones ?? []);
  const nationality = extracted?.nationalities.length
    ? extracted.nationalities.join('; ')
    : (ad.current.nationality ?? null);
  const stated = ad.current.age ?? extracted?.age ?? null;
  // An age written as digits is a number in the spreadsheet (sortable); anything else stays as written.
  const age = typeof stated === 'string' && /^\s*\d{1,3}\s*$/.test(stated) ? Number(stated) : stated;
  const row: ExportRow = {
    id: ad.id,
    key: ad.key,
    url: ad.url,
    site: ad.siteId,
    city: ad.current.city ?? null,
    name: ad.current.name ?? null,
    age,
    nationality,
    phones: list(phones),
    level: ad.level,
    score: ad.score,
    indicators: list((result?.indicators ?? []).map((f) => f.id)),
    // offer, client, support or warning: no detector runs on the last three (see AdKind).
    post_kind: postKindOf({ id: ad.key, ...ad.current }),
    first_seen: ad.firstSeen,
    last_seen: ad.lastSeen,
    status: ad.goneAt ? 'gone' : 'active',
    follow_up: followUp,
  };
  for (const column of exportColumns) row[column] = safeCell(row[column]);
  return row;
}
