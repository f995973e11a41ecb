import { z } from 'zod';
import { roles } from '../../auth/policy.js';

export const createUserBody = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{2,64}$/, 'use 2-64 letters, digits, dot, dash or underscore'),
    // Length beats composition rules (NIST SP 800-63B).
    password: z.string().min(12).max(512),
    role: z.enum(roles),
  })
  .strict();
