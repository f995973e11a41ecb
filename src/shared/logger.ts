import { pino, type Logger } from 'pino';

/**
 * The one logger. Ad content is sensitive (it is about vulnerable people): phone numbers,
 * e-mail addresses, passwords and ad text must never reach a log. Known sensitive keys are
 * redacted, and `scrubText` masks phones and e-mails inside free-text messages.
 */
const redactPaths = [
  'password',
  'passwordHash',
  'text',
  'title',
  'phones',
  'emails',
  'body',
  'note',
  '*.password',
  '*.passwordHash',
  '*.text',
  '*.title',
  '*.phones',
  '*.emails',
  '*.body',
  '*.note',
  'req.headers.cookie',
  'req.headers.authorization',
];

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

/** Default level `warn`: commands print their own readable progress; OPSPOR_LOG_LEVEL=info for more. */
export function createLogger(name = 'opspor', level = process.env.OPSPOR_LOG_LEVEL ?? 'warn'): Logger {
  // Logs go to stderr: stdout belongs to command output (e.g. `analyze` without --out).
  return pino(
    {
      name,
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a: unknown) => (typeof a === 'string' ? scrubText(a) : a));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    pino.destination(2),
  );
}

export const logger: Logger = createLogger();
export type { Logger };
