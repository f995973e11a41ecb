import type { OutcomeEvaluation } from '../../../indicators/outcome-eval.js';
import type { IndicatorInfo } from '../deps.js';

/**
 * The outcome evaluation for the dashboard: counts and rates only, never an ad or who recorded
 * what. Each indicator carries its catalogue labels (its id when it left the catalogue).
 */
export type EvaluationView = Omit<OutcomeEvaluation, 'indicators'> & {
  indicators: (OutcomeEvaluation['indicators'][number] & { labels: { da: string; en: string } })[];
};

export function presentEvaluation(
  evaluation: OutcomeEvaluation,
  catalogue: ReadonlyMap<string, IndicatorInfo>,
): EvaluationView {
  return {
    ...evaluation,
    indicators: evaluation.indicators.map((i) => ({
      ...i,
      labels: catalogue.get(i.id)?.labels ?? { da: i.id, en: i.id },
    })),
  };
}
