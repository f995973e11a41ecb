import { pino, type Logger } from 'pino';
import { scrubText } from './scrub.js';

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
