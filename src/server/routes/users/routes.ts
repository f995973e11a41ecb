import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../auth/guard.js';
import { hashPassword } from '../../auth/passwords.js';
import { ConflictError } from '../../errors.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { presentUser } from './presenter.js';
import { createUserBody } from './schema.js';

/** User administration (admin only, see policy.ts). */
export function registerUserRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/users', async () => ({ users: (await repo.listUsers()).map(presentUser) }));

  app.post('/api/users', async (request, reply) => {
    const admin = requireUser(request);
    const body = validate(createUserBody, request.body, 'user');
    if (await repo.getUserByName(body.username))
      throw new ConflictError(`username ${body.username} is taken`);
    const user = await repo.createUser({
      username: body.username,
      role: body.role,
      passwordHash: await hashPassword(body.password),
    });
    await repo.audit({
      at: now(),
      userId: admin.id,
      action: 'user.create',
      subject: `user:${user.username}`,
      detail: { role: user.role },
    });
    return reply.status(201).send(presentUser(user));
  });
}
