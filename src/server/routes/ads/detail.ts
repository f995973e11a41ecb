import { NotFoundError } from '../../../shared/errors.js';
import { presentCasework, presentScoreHistory } from '../casework/presenter.js';
import type { RouteDeps } from '../deps.js';
import { presentAdDetail, presentNote, type AdDetailView } from './presenter.js';

/**
 * The ad page's data, read once for `GET /api/ads/:id` and again after each casework change, so
 * that a change answers with the re-ranked ad as the page shows it.
 */
export async function loadAdDetail(
  deps: Pick<RouteDeps, 'repo' | 'indicators'>,
  id: number,
): Promise<AdDetailView> {
  const { repo } = deps;
  const ad = await repo.getAd(id);
  if (!ad) throw new NotFoundError(`ad ${id} not found`);
  const [versions, reviews, result, notes, casework, events, scores] = await Promise.all([
    repo.listAdVersions(id),
    repo.listReviews(id),
    repo.getIndicatorResult(id),
    repo.listNotes(id),
    repo.getCasework(id),
    repo.listCaseEvents(id),
    repo.listScoreHistory(id),
  ]);
  const names = new Map<number, string>();
  for (const userId of new Set(notes.map((n) => n.userId))) {
    names.set(userId, (await repo.getUser(userId))?.username ?? `#${userId}`);
  }
  return presentAdDetail({
    ad,
    versions,
    reviews,
    result,
    notes: notes.map((n) => presentNote(n, names.get(n.userId) ?? `#${n.userId}`)),
    casework: presentCasework(casework, events),
    scoreHistory: presentScoreHistory(scores, deps.indicators),
    catalogue: deps.indicators,
  });
}
