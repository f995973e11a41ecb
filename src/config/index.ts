import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../shared/errors.js';

/**
 * One zod schema for all settings; parsed once at start, fails fast with a readable message.
 * Sources, in order of precedence: environment variables, `opspor.config.json` (or the file in
 * OPSPOR_CONFIG), defaults.
 */
const politenessSchema = z
  .object({
    maxRequestsPerSecond: z.number().positive().optional(),
    maxConcurrency: z.number().int().positive().optional(),
    maxRetries: z.number().int().min(0).optional(),
    timeoutSecs: z.number().positive().optional(),
    maxPageBytes: z.number().int().positive().optional(),
    refreshDays: z.number().min(0).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** `sqlite:PATH` file path or `postgres://…` URL. */
    databaseUrl: z.string().default('data/opspor.db'),
    dataDir: z.string().default('data'),
    userAgent: z.string().default('opspor/0.1 (+outreach research crawler; contact: admin@localhost)'),
    server: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(3000),
        /** 32+ character secret for session cookies; generated into dataDir when absent. */
        sessionSecret: z.string().min(32).optional(),
        /**
         * Behind a reverse proxy that terminates TLS: true, or the proxy's address(es) as Fastify
         * takes them ("127.0.0.1", "10.0.0.0/8"). Then X-Forwarded-For/-Proto are believed.
         */
        trustProxy: z.union([z.boolean(), z.string().min(1)]).default(false),
      })
      .default({ host: '127.0.0.1', port: 3000, trustProxy: false }),
    demo: z
      .object({
        seed: z.number().int().default(42),
        basePort: z.number().int().min(1).max(65535).default(4101),
        /** Number of independent workers / network members to generate. */
        size: z.enum(['small', 'medium', 'large']).default('small'),
      })
      .default({ seed: 42, basePort: 4101, size: 'small' }),
    /** Per-site overrides: base URL and politeness. */
    sites: z
      .record(
        z.string(),
        z
          .object({
            baseUrl: z.url().optional(),
            enabled: z.boolean().optional(),
            politeness: politenessSchema.optional(),
          })
          .strict(),
      )
      .default({}),
    /** Path of the scoring configuration (weights, thresholds, enabled indicators). */
    scoringConfig: z.string().optional(),
    /** Outgoing mail (the daily digest): `smtp://user:pass@host:587` or `smtps://…`, sender, recipients. */
    smtp: z
      .object({
        url: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL'),
        from: z.string().min(3),
        to: z.array(z.string().min(3)).min(1),
      })
      .strict()
      .optional(),
    /** The daily digest: new red ads, changed networks, unhealthy crawls (file in dataDir/digests, mail if smtp). */
    digest: z
      .object({
        /** Produce it while the server runs (`opspor serve`/`start`). */
        enabled: z.boolean().default(true),
        /** Hour of the day (Europe/Copenhagen) from which the day's digest is made. */
        hour: z.number().int().min(0).max(23).default(7),
        lang: z.enum(['da', 'en']).default('da'),
        /** Dashboard address for the digest's links; default http://localhost:<server.port>. */
        dashboardUrl: z.url().optional(),
      })
      .strict()
      .default({ enabled: true, hour: 7, lang: 'da' }),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

/** Loads configuration from file and environment; throws ConfigError naming the bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const file = env.OPSPOR_CONFIG ?? 'opspor.config.json';
  let fromFile: unknown = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new ConfigError(`cannot read configuration file ${file}`, { cause });
    }
  } else if (env.OPSPOR_CONFIG) {
    throw new ConfigError(`configuration file ${file} (OPSPOR_CONFIG) does not exist`);
  }
  const merged: Record<string, unknown> = { ...(fromFile as Record<string, unknown>), ...overrides };
  if (env.DATABASE_URL) merged.databaseUrl = env.DATABASE_URL;
  if (env.OPSPOR_DATA_DIR) merged.dataDir = env.OPSPOR_DATA_DIR;
  if (env.PORT) {
    merged.server = { ...(merged.server as object | undefined), port: Number(env.PORT) };
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  return parsed.data;
}
