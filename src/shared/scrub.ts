/**
 * Masking of contact details in free-text messages, apart from the logger so that code which
 * only reports errors (the analyze workers) does not load pino and build a logger.
 */
const phoneLike = /\+?\d[\d\s().-]{6,}\d/g;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const emailLike = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/** Masks phone-like digit runs and e-mail addresses in a message. */
export function scrubText(message: string): string {
  return (
    message
      .replace(emailLike, '[email]')
      // Addresses like 127.0.0.1 are not phones; a phone has at least 8 digits.
      .replace(phoneLike, (m) => (ipv4.test(m) || m.replace(/\D/g, '').length < 8 ? m : '[phone]'))
  );
}
