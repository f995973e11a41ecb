import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../shared/errors.js';
import { requireUser } from '../../auth/guard.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { presentAdDetail, presentAdSummary, presentNote, type NoteView } from './presenter.js';
import { addNoteBody, adIdParams, listAdsQuery, toBound } from './schema.js';

/** Ad list, ad page, cities, notes. */
export function registerAdRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  async function authorNames(userIds: number[]): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    for (const id of new Set(userIds)) {
      const user = await repo.getUser(id);
      names.set(id, user?.username ?? `#${id}`);
    }
    return names;
  }

  app.get('/api/ads', async (request) => {
    const query = validate(listAdsQuery, request.query, 'ad filter');
    const { total, ads } = await repo.listAds({
      siteId: query.site,
      city: query.city,
      status: query.status,
      seenFrom: toBound(query.seenFrom, 'start'),
      seenTo: toBound(query.seenTo, 'end'),
      level: query.level,
      q: query.q,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
    });
    return { total, limit: query.limit, offset: query.offset, ads: ads.map(presentAdSummary) };
  });

  app.get('/api/ads/:id', async (request) => {
    const { id } = validate(adIdParams, request.params, 'ad id');
    const ad = await repo.getAd(id);
    if (!ad) throw new NotFoundError(`ad ${id} not found`);
    const [versions, reviews, result, notes] = await Promise.all([
      repo.listAdVersions(id),
      repo.listReviews(id),
      repo.getIndicatorResult(id),
      repo.listNotes(id),
    ]);
    const names = await authorNames(notes.map((n) => n.userId));
    const noteViews: NoteView[] = notes.map((n) => presentNote(n, names.get(n.userId) ?? `#${n.userId}`));
    return presentAdDetail({ ad, versions, reviews, result, notes: noteViews, catalogue: deps.indicators });
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
