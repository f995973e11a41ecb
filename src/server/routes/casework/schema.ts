import { z } from 'zod';
import { caseOutcomes, caseStatuses, photoTags } from '../../../store/casework-store.js';

export const photoTagParams = z
  .object({
    id: z.coerce.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a photo is named by its sha256 (64 lowercase hex digits)'),
    tag: z.enum(photoTags, { error: `tag must be one of: ${photoTags.join(', ')}` }),
  })
  .strict();

/** The x-factor is a professional concern; it is never set without a written note. */
export const xFactorBody = z
  .object({
    note: z
      .string({ error: 'the x-factor needs a note: write why the ad concerns you' })
      .trim()
      .min(1, 'the x-factor needs a note: write why the ad concerns you')
      .max(2000, 'the note is too long (at most 2000 characters)'),
  })
  .strict();

/**
 * Status, outcome and/or assignee; `outcome: null` clears the outcome, `assigneeId: null` removes
 * the assignment.
 */
export const caseBody = z
  .object({
    status: z.enum(caseStatuses, { error: `status must be one of: ${caseStatuses.join(', ')}` }).optional(),
    outcome: z
      .enum(caseOutcomes, { error: `outcome must be null or one of: ${caseOutcomes.join(', ')}` })
      .nullable()
      .optional(),
    assigneeId: z.number().int().positive().nullable().optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.outcome !== undefined || b.assigneeId !== undefined, {
    error: 'give a status, an outcome, an assigneeId, or several',
  });
