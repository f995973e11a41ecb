import { z } from 'zod';

export const todayQuery = z.object({}).strict();

/** Marks everything up to `until` (the instant the page was loaded) as seen. */
export const markSeenBody = z.object({ until: z.iso.datetime({ offset: true }) }).strict();

/** Before a worker's first mark, Today looks back this far. */
export const defaultLookbackMs = 7 * 24 * 60 * 60 * 1000;

/** Ads listed on Today (the counts cover all of them). */
export const todayAdLimit = 300;
