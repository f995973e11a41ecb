import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../shared/errors.js';

/** Header every state-changing API request must carry; the dashboard's API client sets it. */
export const csrfHeader = 'x-opspor-request';
export const csrfHeaderValue = '1';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originMatchesHost(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  if (host === undefined) return false;
  try {
    // Both through URL so that default ports compare equal ("host:80" vs "host").
    const originUrl = new URL(origin);
    return originUrl.host === new URL(`${originUrl.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/**
 * CSRF protection by same-origin check plus a custom header, chosen over token-based
 * @fastify/csrf-protection because the dashboard is a same-origin SPA with a JSON API: a
 * cross-site form cannot set custom headers, a cross-site fetch with one needs a CORS preflight
 * that this server never grants, and the session cookie is SameSite=Strict on top. No token has
 * to be fetched, stored or rotated. A present Origin header must name this host.
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const refused =
      !safeMethods.has(request.method) &&
      request.url.startsWith('/api') &&
      (request.headers[csrfHeader] !== csrfHeaderValue || !originMatchesHost(request));
    done(refused ? new ForbiddenError('cross-site request refused') : undefined);
  });
}
