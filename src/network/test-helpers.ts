import type { IndicatorExample } from '../indicators/define.js';
import type { AdInput } from '../shared/types.js';
import { prepareAd } from '../extract/index.js';
import { createBatchLinker } from './batch-linker.js';
import type { ExampleGroup } from './example-groups.js';

/** Runs one example group through a batch linker; returns the ids fired on the subject. */
export function firedOnSubject(group: ExampleGroup): string[] {
  const linker = createBatchLinker();
  group.ads.forEach((example: IndicatorExample, n) => {
    const { note: _note, ...fields } = example;
    const ad: AdInput = { ...fields, id: `ex-${n}` };
    linker.add(prepareAd(ad));
  });
  linker.finish();
  return linker.resultFor('ex-0').indicators.map((i) => i.id);
}
