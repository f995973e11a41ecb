import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../shared/errors.js';
import { requireUser } from '../../auth/guard.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { loadAdDetail } from './detail.js';
import { presentAdSummary, presentNote } from './presenter.js';
import { addNoteBody, adIdParams, listAdsQuery, listCountLimit, toAdFilter } from './schema.js';

/** Ad list, ad page, cities, notes. */
export function registerAdRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/ads', async (request) => {
    const user = requireUser(request);
    const query = validate(listAdsQuery, request.query, 'ad filter');
    const { total, totalCapped, ads } = await repo.listAds({
      ...toAdFilter(query, user.id),
      countLimit: listCountLimit,
    });
    // A search by phone number or text looks up a person: who searched for whom is audited, like
    // the export of the same filter. Browsing the list by level, city or site is not.
    if (query.phone !== undefined || query.q !== undefined) {
      await repo.audit({
        at: now(),
        userId: user.id,
        action: 'ads.search',
        subject: 'ads',
        detail: { phone: query.phone ?? null, q: query.q ?? null, total },
      });
    }
    return {
      total,
      totalCapped: totalCapped ?? false,
      limit: query.limit,
      offset: query.offset,
      ads: ads.map(presentAdSummary),
    };
  });

  app.get('/api/ads/:id', async (request) => {
    const user = requireUser(request);
    const { id } = validate(adIdParams, request.params, 'ad id');
    const detail = await loadAdDetail(deps, id);
    // Opening an ad page reads one person's data (name, age, phones, photos, notes): audited.
    await repo.audit({
      at: now(),
      userId: user.id,
      action: 'ad.view',
      subject: `ad:${detail.key}`,
      detail: null,
    });
    return detail;
  });

  app.get('/api/cities', async () => ({ cities: await repo.listCities() }));

  app.post('/api/ads/:id/notes', async (request, reply) => {
    const user = requireUser(request);
    const { id } = validate(adIdParams, request.params, 'ad id');
    const { body } = validate(addNoteBody, request.body, 'note');
    const ad = await repo.getAd(id);
    if (!ad) throw new NotFoundError(`ad ${id} not found`);
    const at = now();
    const note = await repo.addNote({ adId: id, userId: user.id, body, at });
    // The audit records that a note was written, not what it says.
    await repo.audit({
      at,
      userId: user.id,
      action: 'note.add',
      subject: `ad:${ad.key}`,
      detail: { noteId: note.id },
    });
    return reply.status(201).send(presentNote(note, user.username));
  });
}
