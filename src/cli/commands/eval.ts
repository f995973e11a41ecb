import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('measure indicators, extraction and networks on a labelled corpus')
    .option(
      '--ads <file>',
      'labelled ads (JSON Lines)',
      path.resolve('..', 'shared', 'fixtures', 'ads-labelled.jsonl'),
    )
    .option('--labels <file>', 'labels (JSON Lines)')
    .action(async (opts: { ads: string; labels?: string }) => {
      const labels = opts.labels ?? opts.ads.replace(/\.jsonl$/, '.labels.jsonl');
      for (const f of [opts.ads, labels])
        if (!existsSync(f)) throw new InputError(`corpus file ${f} does not exist`);
      const { evaluateIndicators, formatEvalTable } = await import('../../analyze/index.js');
      const { evaluateExtraction } = await import('../../extract/eval.js');
      const { createBatchLinker } = await import('../../network/batch-linker.js');
      const { evaluateNetwork } = await import('../../network/evaluate.js');
      const result = evaluateIndicators(opts.ads, labels, { linker: createBatchLinker() });
      console.log(`Indicators on ${result.ads} ads (text, review and cross-ad within the corpus)\n`);
      console.log(formatEvalTable(result));
      const extraction = await evaluateExtraction(opts.ads, labels);
      console.log(
        `\nExtraction: phones exactly right ${pct(extraction.phonesExact)}, hourly price exactly right ${pct(extraction.priceExact)} (${extraction.n} ads)`,
      );
      const network = evaluateNetwork(opts.ads, labels);
      const c = network.clusters;
      console.log(
        `Clusters: pairwise precision ${pct(c.precision)}, recall ${pct(c.recall)} (${c.truePairs} labelled pairs, ${c.predictedPairs} predicted)`,
      );
    });
}
