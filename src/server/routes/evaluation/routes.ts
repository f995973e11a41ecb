import type { FastifyInstance } from 'fastify';
import { evaluateOutcomes } from '../../../indicators/outcome-eval.js';
import { validate } from '../../validate.js';
import type { RouteDeps } from '../deps.js';
import { presentEvaluation } from './presenter.js';
import { evaluationQuery } from './schema.js';

/** Indicators and levels measured against the outcomes workers recorded on contact or visit. */
export function registerEvaluationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/evaluation', async (request) => {
    validate(evaluationQuery, request.query, 'evaluation query');
    const samples = await repo.listOutcomeSamples();
    return presentEvaluation(evaluateOutcomes(samples, [...deps.indicators.keys()]), deps.indicators);
  });
}
