import { z } from 'zod';

/** GET /api/evaluation takes no parameters: it always measures the current results. */
export const evaluationQuery = z.object({}).strict();
