import { join, resolve } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySecureSession from '@fastify/secure-session';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { indicators as catalogue } from '../indicators/index.js';
import { loadScoringConfig, type ScoringConfig } from '../indicators/scoring-config.js';
import { logger as defaultLogger, type Logger } from '../shared/logger.js';
import type { Repository } from '../store/repository.js';
import { registerCsrfCheck } from './auth/csrf.js';
import { registerGuard } from './auth/guard.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { SessionRevocations } from './auth/revocations.js';
import { policyKey, type PolicyTable } from './auth/policy.js';
import { registerErrorHandler } from './errors.js';
import { registerAdRoutes } from './routes/ads/routes.js';
import { registerCaseworkRoutes } from './routes/casework/routes.js';
import { registerClusterRoutes } from './routes/clusters/routes.js';
import { registerEvaluationRoutes } from './routes/evaluation/routes.js';
import { registerExportRoutes } from './routes/exports/routes.js';
import type { IndicatorInfo, RouteDeps } from './routes/deps.js';
import { registerPhotoRoutes } from './routes/photos/routes.js';
import { apiPolicies } from './routes/policies.js';
import { registerSessionRoutes } from './routes/session/routes.js';
import { registerSiteRoutes } from './routes/sites/routes.js';
import { registerStatsRoutes } from './routes/stats/routes.js';
import { registerTodayRoutes } from './routes/today/routes.js';
import { registerUserRoutes } from './routes/users/routes.js';
import { loadSessionKey } from './session-key.js';
import { registerWebApp } from './static.js';

export interface ServerOptions {
  repo: Repository;
  config: Config;
  /** Folder of the built dashboard; default `dist/web`. */
  webRoot?: string;
  logger?: Logger;
  /** Catalogue facts (labels, descriptions) shown beside fired indicators; default the registry. */
  indicators?: readonly IndicatorInfo[];
  /** Login attempts allowed per client IP and window (ms); default 10 per minute. */
  loginRateLimit?: { max: number; timeWindow: number };
  /** Failed logins allowed per account name within a window (ms); default 10 per 15 minutes. */
  loginFailuresPerName?: { max: number; timeWindow: number };
  /** Extra policy entries (tests); merged over the API's table. */
  extraPolicies?: PolicyTable;
  /** A route without policy answers 500 (`error`) or 403 (`forbid`); default 500 under tests. */
  missingPolicy?: 'error' | 'forbid';
  /** Scoring for re-ranks after casework changes; default the profile of `config.scoringConfig`. */
  scoring?: ScoringConfig;
}

const apiRoutesOf = new WeakMap<FastifyInstance, Set<string>>();

/** Policy keys (`METHOD /api/...`) of every API route registered on a server built here. */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  return [...(apiRoutesOf.get(app) ?? [])].sort();
}

/** Session lifetime in seconds: one working day, then log in again. */
const sessionSeconds = 12 * 60 * 60;

/**
 * Builds the API server and the dashboard host. Routes run as a chain: rate limiter (login) →
 * CSRF check → guard (policy table, deny by default) → zod validation → handler → presenter.
 * The instance is returned unstarted: call `listen` or `inject`.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const log = options.logger ?? defaultLogger.child({ module: 'server' });
  // Request logging is our own (onResponse below) so that URLs with search terms never reach a log.
  const app = Fastify({
    loggerInstance: log,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    // Behind a TLS-terminating proxy (config `server.trustProxy`) the client's address and the
    // https scheme come from its X-Forwarded-* headers: the login rate limit then counts clients,
    // not the proxy, and the session cookie is marked Secure.
    trustProxy: options.config.server.trustProxy,
  });
  const server = app as unknown as FastifyInstance;
  const apiRoutes = new Set<string>();
  apiRoutesOf.set(server, apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    // HEAD routes are added by Fastify for each GET and share its policy.
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    for (const method of methods) apiRoutes.add(policyKey(method, route.url));
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin only; the dashboard never needs to be embedded or referenced elsewhere.
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifySecureSession, {
    key: loadSessionKey(options.config),
    cookieName: 'opspor_session',
    expiry: sessionSeconds,
    cookie: { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: sessionSeconds },
  });
  await app.register(fastifyRateLimit, { global: false });

  registerErrorHandler(server, log);
  registerCsrfCheck(server);
  // Kept in dataDir so that a restart does not bring logged-out cookies back.
  const revocations = new SessionRevocations(
    sessionSeconds * 1000,
    join(options.config.dataDir, 'revoked-sessions.json'),
  );
  registerGuard(server, {
    repo: options.repo,
    policies: { ...apiPolicies, ...options.extraPolicies },
    missingPolicy: options.missingPolicy ?? (process.env.NODE_ENV === 'test' ? 'error' : 'forbid'),
    revocations,
  });
  // API answers carry personal data: never kept in the browser's cache (shared office or outreach
  // computers), unless a route chose otherwise.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(none)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  const deps: RouteDeps = {
    repo: options.repo,
    indicators: new Map((options.indicators ?? catalogue).map((i) => [i.id, i])),
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindow: 60_000 },
    loginThrottle: new LoginThrottle(
      options.loginFailuresPerName?.max ?? 10,
      options.loginFailuresPerName?.timeWindow ?? 15 * 60_000,
    ),
    revocations,
    scoring: options.scoring ?? loadScoringConfig(options.config.scoringConfig),
  };
  await registerSessionRoutes(server, deps);
  registerAdRoutes(server, deps);
  registerCaseworkRoutes(server, deps);
  registerClusterRoutes(server, deps);
  registerEvaluationRoutes(server, deps);
  registerExportRoutes(server, deps);
  registerPhotoRoutes(server, deps);
  registerSiteRoutes(server, deps);
  registerStatsRoutes(server, deps);
  registerTodayRoutes(server, deps);
  registerUserRoutes(server, deps);
  await registerWebApp(server, resolve(options.webRoot ?? 'dist/web'));
  return server;
}
