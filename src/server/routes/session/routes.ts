import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../auth/guard.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { UnauthenticatedError } from '../../errors.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { presentMe } from './presenter.js';
import { loginBody } from './schema.js';

/** Log in, log out, who am I. */
export async function registerSessionRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { repo } = deps;
  // Verifying against a real hash for unknown names keeps the answer time the same, so timing
  // does not reveal which usernames exist.
  const dummyHash = await hashPassword('not-a-real-password-0000');

  app.post(
    '/api/session',
    { config: { rateLimit: { max: deps.loginRateLimit.max, timeWindow: deps.loginRateLimit.timeWindow } } },
    async (request, reply) => {
      const body = validate(loginBody, request.body, 'login');
      const user = await repo.getUserByName(body.username);
      // A name typed at login that is no account may be a password typed in the wrong field: it is
      // never written to the audit log.
      const subject = user ? `user:${user.username}` : 'user:(unknown)';
      const auditRefusal = (action: 'login.locked' | 'login.failed') =>
        repo.audit({ at: now(), userId: user?.id ?? null, action, subject, detail: null });
      const wait = deps.loginThrottle.retryAfterMs(body.username);
      if (wait > 0) {
        await auditRefusal('login.locked');
        return reply
          .status(429)
          .header('retry-after', String(Math.ceil(wait / 1000)))
          .send({
            error: { code: 'RATE_LIMITED', message: 'too many failed logins for this name; try again later' },
          });
      }
      const ok = await verifyPassword(user?.passwordHash ?? dummyHash, body.password);
      if (!user || !ok || user.disabled) {
        deps.loginThrottle.recordFailure(body.username);
        await auditRefusal('login.failed');
        throw new UnauthenticatedError('wrong username or password');
      }
      deps.loginThrottle.clear(body.username);
      request.session.set('userId', user.id);
      request.session.set('sid', randomUUID());
      const at = now();
      await repo.touchUserVisit(user.id, at);
      await repo.audit({
        at,
        userId: user.id,
        action: 'login',
        subject: `user:${user.username}`,
        detail: null,
      });
      return presentMe(user);
    },
  );

  app.delete('/api/session', async (request, reply) => {
    const user = requireUser(request);
    const sid = request.session.get('sid');
    if (typeof sid === 'string') deps.revocations.revoke(sid);
    request.session.delete();
    await repo.audit({
      at: now(),
      userId: user.id,
      action: 'logout',
      subject: `user:${user.username}`,
      detail: null,
    });
    return reply.status(204).send();
  });

  app.get('/api/me', (request) => presentMe(requireUser(request)));
}
