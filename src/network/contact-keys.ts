import type { PreparedAd } from '../indicators/define.js';

/**
 * Contact keys of an ad: every way to reach the advertiser, in one comparable form.
 * `phone:+4522334455`, `email:anna@example.invalid`, `handle:anna_cph`.
 *
 * Messaging handles and site profile ids share the `handle:` space on purpose: the same Telegram
 * handle shows up as `profile_id` on one site and in the text on another. Messaging ids that are
 * phone numbers (`whatsapp:+234…`) become phone keys, so a WhatsApp number meets the same number
 * written as a phone.
 */
export type ContactKey = string;

/** Lowercase, without a leading @ or surrounding spaces; null when nothing is left. */
export function normaliseHandle(handle: string): string | null {
  const h = handle.trim().replace(/^@+/, '').toLowerCase();
  return h.length >= 3 ? h : null;
}

/** Kind of a key, for the reason a worker reads ("same phone …"). */
export function keyKind(key: ContactKey): 'phone' | 'e-mail' | 'handle' {
  if (key.startsWith('phone:')) return 'phone';
  if (key.startsWith('email:')) return 'e-mail';
  return 'handle';
}

/** The value of a key without its kind prefix. */
export function keyValue(key: ContactKey): string {
  return key.slice(key.indexOf(':') + 1);
}

/** Distinct contact keys of a prepared ad. */
export function contactKeys(prepared: PreparedAd): ContactKey[] {
  const keys = new Set<ContactKey>();
  for (const phone of prepared.facts.phones) {
    if (/^\+\d{6,15}$/.test(phone)) keys.add(`phone:${phone}`);
  }
  for (const email of prepared.facts.emails) {
    const e = email.trim().toLowerCase();
    if (e.includes('@')) keys.add(`email:${e}`);
  }
  for (const id of prepared.facts.messaging) {
    const colon = id.indexOf(':');
    const handle = colon >= 0 ? id.slice(colon + 1) : id;
    const compact = handle.replace(/[\s().-]/g, '');
    if (/^\+\d{6,15}$/.test(compact)) {
      keys.add(`phone:${compact}`);
    } else {
      const h = normaliseHandle(handle);
      if (h) keys.add(`handle:${h}`);
    }
  }
  const profile = prepared.ad.profile_id ? normaliseHandle(prepared.ad.profile_id) : null;
  if (profile) keys.add(`handle:${profile}`);
  return [...keys];
}
