import type { AdInput, Evidence } from '../shared/types.js';
import type { IndicatorDefinition, PreparedAd } from '../indicators/define.js';

/** One example run through prepare + detect, with a way to read the field evidence points at. */
export interface ExampleResult {
  evidence: Evidence[];
  fieldText(path: string): string | undefined;
}

/**
 * Test helper: runs an indicator's literal examples through `prepare` and `detect`. Returns
 * `[index, result]` rows for `it.each`.
 */
export function checkExamples(
  def: IndicatorDefinition,
  prepare: (ad: AdInput) => PreparedAd,
): { positive: [number, ExampleResult][]; negative: [number, ExampleResult][] } {
  const run = (kind: 'positive' | 'negative'): [number, ExampleResult][] =>
    def.examples[kind].map((ex, n) => {
      const prepared = prepare({ id: `example-${def.id}-${kind}-${n}`, ...ex });
      const evidence = def.detect ? def.detect(prepared) : [];
      return [
        n,
        { evidence, fieldText: (path: string) => prepared.fields.find((f) => f.path === path)?.text },
      ];
    });
  return { positive: run('positive'), negative: run('negative') };
}
