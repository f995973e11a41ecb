import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../shared/errors.js';
import { requireUser } from '../../auth/guard.js';
import { ValidationError } from '../../errors.js';
import { validate } from '../../validate.js';
import { rerankAd } from '../../../pipeline/score-ad.js';
import { loadAdDetail } from '../ads/detail.js';
import { adIdParams } from '../ads/schema.js';
import { now, type RouteDeps } from '../deps.js';
import { presentColleague } from './presenter.js';
import { caseBody, photoTagParams, xFactorBody } from './schema.js';

/**
 * Work on an ad: follow-up status, outcome of the contact or visit, and assignment, the x-factor, photo tags. Every write answers
 * with the whole ad page (`AdDetailView`); x-factor and tag changes re-rank the ad first, so the
 * answer already carries the new score and level.
 */
export function registerCaseworkRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  async function requireAd(id: number): Promise<void> {
    if (!(await repo.getAd(id))) throw new NotFoundError(`ad ${id} not found`);
  }

  app.get('/api/colleagues', async () => ({
    colleagues: (await repo.listUsers()).filter((u) => !u.disabled).map(presentColleague),
  }));

  app.put('/api/ads/:id/case', async (request) => {
    const user = requireUser(request);
    const { id } = validate(adIdParams, request.params, 'ad id');
    const body = validate(caseBody, request.body, 'case change');
    await requireAd(id);
    if (body.assigneeId !== undefined && body.assigneeId !== null) {
      const assignee = await repo.getUser(body.assigneeId);
      if (!assignee || assignee.disabled) {
        throw new ValidationError('invalid case change', [
          { path: 'assigneeId', message: 'unknown colleague: pick an active user' },
        ]);
      }
    }
    await repo.updateCase({
      adId: id,
      userId: user.id,
      at: now(),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
      ...(body.assigneeId !== undefined ? { assigneeId: body.assigneeId } : {}),
    });
    return loadAdDetail(deps, id);
  });

  app.put('/api/ads/:id/x-factor', async (request) => {
    const user = requireUser(request);
    const { id } = validate(adIdParams, request.params, 'ad id');
    const { note } = validate(xFactorBody, request.body, 'x-factor');
    await requireAd(id);
    await repo.setXFactor({ adId: id, note, userId: user.id, at: now() });
    await rerankAd(repo, id, deps.scoring);
    return loadAdDetail(deps, id);
  });

  app.delete('/api/ads/:id/x-factor', async (request) => {
    const user = requireUser(request);
    const { id } = validate(adIdParams, request.params, 'ad id');
    await requireAd(id);
    if (await repo.removeXFactor({ adId: id, userId: user.id, at: now() })) {
      await rerankAd(repo, id, deps.scoring);
    }
    return loadAdDetail(deps, id);
  });

  async function changeTag(request: FastifyRequest, add: boolean) {
    const user = requireUser(request);
    const { id, sha256, tag } = validate(photoTagParams, request.params, 'photo tag');
    await requireAd(id);
    if (!(await repo.adHasPhoto(id, sha256))) throw new NotFoundError(`ad ${id} has no photo ${sha256}`);
    const change = { adId: id, sha256, tag, userId: user.id, at: now() };
    const changed = add ? await repo.addPhotoTag(change) : await repo.removePhotoTag(change);
    if (changed) await rerankAd(repo, id, deps.scoring);
    return loadAdDetail(deps, id);
  }

  app.put('/api/ads/:id/photos/:sha256/tags/:tag', (request) => changeTag(request, true));
  app.delete('/api/ads/:id/photos/:sha256/tags/:tag', (request) => changeTag(request, false));
}
