import { z } from 'zod';

/** Cluster ids come from `opspor analyze` (e.g. `c-3f2a…`); kept to a safe, short alphabet. */
export const clusterIdParams = z
  .object({
    id: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\w.:-]+$/),
  })
  .strict();

/** Query of GET /api/search: a phone number (any formatting) or an e-mail address. */
export const searchQuery = z.object({ contact: z.string().trim().min(3).max(200) }).strict();

/** The normalised contact: digits of a phone number, or a lower-cased e-mail address. */
export type Contact = { kind: 'phone'; digits: string } | { kind: 'email'; email: string };

/** Minimum digits for a phone suffix match, so that "12" does not match half the store. */
export const minPhoneDigits = 6;

/** Normalises a contact query, or null when it is neither a plausible phone nor an e-mail. */
export function normaliseContact(raw: string): Contact | null {
  const value = raw.trim();
  if (value.includes('@')) {
    const email = value.toLowerCase();
    return /^[^\s@]+@[^\s@]+$/.test(email) ? { kind: 'email', email } : null;
  }
  if (!/^[\d\s+().-]+$/.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length >= minPhoneDigits ? { kind: 'phone', digits } : null;
}
