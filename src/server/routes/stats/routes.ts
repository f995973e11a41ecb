import type { FastifyInstance } from 'fastify';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { presentFacets, presentStats } from './presenter.js';
import { facetsQuery, statsQuery } from './schema.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Statistics for the charts, and facet choices for the list filters. */
export function registerStatsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/stats', async (request) => {
    const query = validate(statsQuery, request.query, 'statistics query');
    // Whole UTC days, so the first bar of the series is a full day.
    const from = new Date(Date.parse(now()) - (query.days - 1) * dayMs).toISOString().slice(0, 10);
    const stats = await repo.adStatistics({ from: `${from}T00:00:00.000Z`, top: query.top });
    return presentStats(stats, from, query.days);
  });

  app.get('/api/facets', async (request) => {
    validate(facetsQuery, request.query, 'facets query');
    // Phones are never offered as choices: the list searches them, it does not enumerate them.
    const [indicatorCounts, nationalities, languages] = await Promise.all([
      repo.listFacetValues('indicator'),
      repo.listFacetValues('nationality'),
      repo.listFacetValues('language'),
    ]);
    return presentFacets({ catalogue: deps.indicators, indicatorCounts, nationalities, languages });
  });
}
