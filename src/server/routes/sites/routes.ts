import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CrawlRun } from '../../../store/repository.js';
import { validate } from '../../validate.js';
import type { RouteDeps } from '../deps.js';
import { presentRun, presentSiteHealth } from './presenter.js';

const runsQuery = z
  .object({
    site: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

/** Sites with crawl health, and crawl runs. */
export function registerSiteRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/sites', async () => {
    const [sites, latest] = await Promise.all([repo.listSites(), repo.latestRuns()]);
    const bySite = new Map<string, CrawlRun>(latest.map((r) => [r.siteId, r]));
    const at = new Date();
    return { sites: sites.map((s) => presentSiteHealth(s, bySite.get(s.id) ?? null, at)) };
  });

  app.get('/api/runs', async (request) => {
    const query = validate(runsQuery, request.query, 'run filter');
    const runs = await repo.listRuns({ siteId: query.site, limit: query.limit });
    return { runs: runs.map(presentRun) };
  });
}
