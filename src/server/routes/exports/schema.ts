import { z } from 'zod';
import { defaultReportAds, maxReportAds } from '../../../report/concerning-report.js';
import type { AdFilter } from '../../../store/repository.js';
import { listAdsQuery, toAdFilter } from '../ads/schema.js';

/**
 * Query of the CSV and XLSX exports: exactly the ad list's filters (the same zod schema, so a
 * filter added to the list is accepted here too) without its paging, since an export is the whole
 * filtered list. Strict like the list: an unknown parameter is refused, not ignored.
 */
export const exportQuery = listAdsQuery.omit({ limit: true, offset: true });
export type ExportQuery = z.output<typeof exportQuery>;

/** Query of the PDF report: the list filters, the report language and how many ads (top by score). */
export const reportQuery = exportQuery.extend({
  lang: z.enum(['da', 'en']).default('da'),
  top: z.coerce.number().int().min(1).max(maxReportAds).default(defaultReportAds),
});

export type ExportFilter = Omit<AdFilter, 'limit' | 'offset'>;

/**
 * The store filter of an export query: the list's own mapping (`toAdFilter`), so the export
 * follows every filter of the list; `userId` is the caller (for `assignee=me`).
 */
export function exportFilter(query: ExportQuery, userId: number): ExportFilter {
  const { limit: _limit, offset: _offset, ...filter } = toAdFilter({ ...query, limit: 1, offset: 0 }, userId);
  return filter;
}

/** The filter as the user gave it (`level=red, city=Odense`), for the report's header; null for none. */
export function describeFilter(raw: unknown, omit: readonly string[] = []): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const parts = Object.entries(raw as Record<string, unknown>)
    .filter(([key, value]) => !omit.includes(key) && value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${String(value)}`);
  return parts.length === 0 ? null : parts.join(', ');
}
