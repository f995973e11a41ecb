import { z } from 'zod';
import { normalizePhone } from '../../../extract/phones.js';
import { caseStatuses } from '../../../store/casework-store.js';
import type { AdFilter } from '../../../store/repository.js';

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
    // ---- triage (#5) ----
    scoreMin: z.coerce.number().min(0).max(1000).optional(),
    scoreMax: z.coerce.number().min(0).max(1000).optional(),
    firstFrom: dateOrDateTime.optional(),
    firstTo: dateOrDateTime.optional(),
    indicator: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'an indicator id')
      .optional(),
    nationality: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166 alpha-2 code')
      .transform((v) => v.toUpperCase())
      .optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 639-1 code')
      .transform((v) => v.toLowerCase())
      .optional(),
    /** As the worker types it ("22 33 44 55", "+45 22334455"); compared as E.164. */
    phone: z
      .string()
      .trim()
      .min(3)
      .max(40)
      .transform((v, ctx) => {
        const e164 = normalizePhone(v);
        if (e164 === null) {
          ctx.addIssue({ code: 'custom', message: 'not a phone number' });
          return z.NEVER;
        }
        return e164;
      })
      .optional(),
    /** Follow-up status of the case (distinct from `status`, which says whether the ad is still online). */
    followUp: z.enum(caseStatuses).optional(),
    assignee: z.literal('me').optional(),
    sort: z.enum(['score', 'lastSeen', 'firstSeen', 'city']).default('score'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export type ListAdsQuery = z.output<typeof listAdsQuery>;

/** The list counts up to this many matches ("10,000+"); exports count exactly. */
export const listCountLimit = 10_000;

/**
 * The store filter of a validated list query. One mapping for the list and its exports, so an
 * export follows every filter of the list. `userId` is the caller (for `assignee=me`).
 */
export function toAdFilter(query: ListAdsQuery, userId: number): AdFilter {
  return {
    siteId: query.site,
    city: query.city,
    status: query.status,
    seenFrom: toBound(query.seenFrom, 'start'),
    seenTo: toBound(query.seenTo, 'end'),
    level: query.level,
    q: query.q,
    scoreMin: query.scoreMin,
    scoreMax: query.scoreMax,
    firstSeenFrom: toBound(query.firstFrom, 'start'),
    firstSeenTo: toBound(query.firstTo, 'end'),
    indicator: query.indicator,
    nationality: query.nationality,
    language: query.language,
    phone: query.phone,
    followUp: query.followUp,
    assigneeId: query.assignee === 'me' ? userId : undefined,
    sort: query.sort,
    dir: query.dir,
    limit: query.limit,
    offset: query.offset,
  };
}

export const adIdParams = z.object({ id: z.coerce.number().int().positive() }).strict();

export const addNoteBody = z.object({ body: z.string().trim().min(1).max(5000) }).strict();

/**
 * A bare date bound covers the whole day: from its first to its last millisecond (UTC). A
 * date-time is brought to the stored form (UTC, milliseconds, `Z`): the store compares timestamps
 * as text, so `…T11:30:00+02:00` or `…T10:00:00Z` compared as given would miss matching ads.
 */
export function toBound(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (value === undefined) return value;
  if (value.includes('T')) return new Date(value).toISOString();
  return edge === 'start' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`;
}
