import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Repository, UserRow } from '../../store/repository.js';
import { ForbiddenError } from '../../shared/errors.js';
import { PolicyMissingError, UnauthenticatedError } from '../errors.js';
import { decideAccess, policyKey, type PolicyTable } from './policy.js';
import type { SessionRevocations } from './revocations.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user, set by the guard; null for strangers and non-API requests. */
    user: UserRow | null;
  }
}

declare module '@fastify/secure-session' {
  interface SessionData {
    userId: number;
    /** Random id of this login, so that logout can revoke the cookie. */
    sid: string;
  }
}

export interface GuardOptions {
  repo: Repository;
  policies: PolicyTable;
  /** What happens to an /api route missing from the table: 500 (tests, development) or 403. */
  missingPolicy: 'error' | 'forbid';
  revocations: SessionRevocations;
}

async function loadUser(
  request: FastifyRequest,
  repo: Repository,
  revocations: SessionRevocations,
): Promise<UserRow | null> {
  const userId = request.session.get('userId');
  const sid = request.session.get('sid');
  if (typeof userId !== 'number' || typeof sid !== 'string') return null;
  if (revocations.isRevoked(sid)) {
    request.session.delete();
    return null;
  }
  const user = await repo.getUser(userId);
  if (!user || user.disabled) {
    // A deleted or disabled account loses its session at once, not when the cookie expires.
    request.session.delete();
    return null;
  }
  return user;
}

/**
 * The global onRequest hook that makes every /api route deny by default: the route must have a
 * policy entry, and the caller's role must be in it (401 for strangers, 403 for other roles).
 */
export function registerGuard(app: FastifyInstance, options: GuardOptions): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const pattern = request.routeOptions.url;
    // Unmatched URLs fall through to the not-found handler; non-API routes serve the static app.
    if (pattern === undefined || !pattern.startsWith('/api')) return;
    const user = await loadUser(request, options.repo, options.revocations);
    request.user = user;
    // Fastify answers HEAD with the GET handler, so HEAD shares the GET policy.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const decision = decideAccess(options.policies, policyKey(method, pattern), user?.role ?? null);
    switch (decision) {
      case 'allow':
        return;
      case 'unauthenticated':
        throw new UnauthenticatedError();
      case 'forbidden':
        throw new ForbiddenError('your role does not allow this');
      case 'no-policy':
        if (options.missingPolicy === 'error') {
          throw new PolicyMissingError(`route ${request.method} ${pattern} has no access policy`);
        }
        throw new ForbiddenError();
    }
  });
}

/** The logged-in user of a guarded route; throws if the guard let a stranger through. */
export function requireUser(request: FastifyRequest): UserRow {
  if (!request.user) throw new UnauthenticatedError();
  return request.user;
}
