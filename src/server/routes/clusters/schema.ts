import { z } from 'zod';
import type { ContactQuery } from '../../../store/network-store.js';

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

/** Query of GET /api/search: a phone number (any formatting), an e-mail address or a profile id. */
export const searchQuery = z.object({ contact: z.string().trim().min(3).max(200) }).strict();

/**
 * The normalised contact: digits of a phone number, a lower-cased e-mail address, or a profile or
 * messaging id (lower-cased, without @), as the network's contact keys hold them.
 */
export type Contact = ContactQuery;

/** Minimum digits for a phone suffix match, so that "12" does not match half the store. */
export const minPhoneDigits = 6;

/** Normalises a contact query, or null when it is no plausible phone, e-mail or profile id. */
export function normaliseContact(raw: string): Contact | null {
  const value = raw.trim();
  // A leading @ is a handle (`@anna_cph`), an inner one an e-mail address.
  if (value.indexOf('@') > 0) {
    const email = value.toLowerCase();
    return /^[^\s@]+@[^\s@]+$/.test(email) ? { kind: 'email', email } : null;
  }
  if (/^[\d\s+().-]+$/.test(value)) {
    const digits = value.replace(/\D/g, '');
    return digits.length >= minPhoneDigits ? { kind: 'phone', digits } : null;
  }
  // A profile or messaging id needs a letter, so that a short number is not read as one.
  const handle = value.replace(/^@+/, '').toLowerCase();
  return /^[\w.-]{3,64}$/.test(handle) && /[a-z]/.test(handle) ? { kind: 'handle', handle } : null;
}
