import { z } from 'zod';

const dateOrDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** Query of GET /api/ads. Unknown parameters are refused so that typos do not silently widen a list. */
export const listAdsQuery = z
  .object({
    site: z.string().min(1).max(100).optional(),
    city: z.string().min(1).max(100).optional(),
    status: z.enum(['active', 'gone', 'all']).default('active'),
    seenFrom: dateOrDateTime.optional(),
    seenTo: dateOrDateTime.optional(),
    level: z.enum(['red', 'yellow', 'green']).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(['score', 'lastSeen', 'firstSeen']).default('score'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export type ListAdsQuery = z.output<typeof listAdsQuery>;

export const adIdParams = z.object({ id: z.coerce.number().int().positive() }).strict();

export const addNoteBody = z.object({ body: z.string().trim().min(1).max(5000) }).strict();

/** A bare date bound covers the whole day: from its first to its last millisecond (UTC). */
export function toBound(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (value === undefined || value.includes('T')) return value;
  return edge === 'start' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`;
}
