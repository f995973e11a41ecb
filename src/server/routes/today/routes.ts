import type { FastifyInstance } from 'fastify';
import type { CrawlRun } from '../../../store/repository.js';
import { requireUser } from '../../auth/guard.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { presentSiteHealth } from '../sites/presenter.js';
import { presentToday } from './presenter.js';
import { defaultLookbackMs, markSeenBody, todayAdLimit, todayQuery } from './schema.js';

/**
 * Today: new and changed red and yellow ads since the worker's "seen until" mark.
 *
 * The mark moves only when she presses "mark as seen" (POST /api/today/seen), never at login: a
 * new session, a second tab or a reload keeps the same list, and days away never skip anything.
 * The page sends back the `until` it was loaded with, so ads that arrived while she read stay
 * unseen.
 */
export function registerTodayRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/today', async (request) => {
    const user = requireUser(request);
    validate(todayQuery, request.query, 'today query');
    const until = now();
    const mark = await repo.getTodayMark(user.id);
    const since = mark ?? new Date(Date.parse(until) - defaultLookbackMs).toISOString();
    const [result, sites, latest] = await Promise.all([
      repo.listToday({ since, until, limit: todayAdLimit }),
      repo.listSites(),
      repo.latestRuns(),
    ]);
    const bySite = new Map<string, CrawlRun>(latest.map((r) => [r.siteId, r]));
    const at = new Date(until);
    return presentToday({
      since,
      until,
      sinceSource: mark === null ? 'default' : 'mark',
      result,
      sites: sites.map((s) => presentSiteHealth(s, bySite.get(s.id) ?? null, at)),
    });
  });

  app.post('/api/today/seen', async (request) => {
    const user = requireUser(request);
    const body = validate(markSeenBody, request.body, 'seen mark');
    // A mark in the future would hide ads not yet crawled; clamp it to now.
    const at = now();
    let until = Date.parse(body.until) > Date.parse(at) ? at : new Date(body.until).toISOString();
    // An ad recorded by a crawl but not scored yet is not on the page she read (no level yet, or
    // its old one): the mark stays before it, so that it shows once the crawl's scoring is done.
    const pending = await repo.oldestUnscoredChange();
    if (pending !== null && pending <= until) until = new Date(Date.parse(pending) - 1).toISOString();
    // A page loaded earlier (another tab) never moves the mark back.
    const previous = await repo.getTodayMark(user.id);
    if (previous !== null && previous >= until) return { since: previous };
    await repo.setTodayMark(user.id, until);
    return { since: until };
  });
}
