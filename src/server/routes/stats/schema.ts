import { z } from 'zod';

/** Query of GET /api/stats: how many days back the first-seen series goes. */
export const statsQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(730).default(90),
    top: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const facetsQuery = z.object({}).strict();
