import type { Command } from 'commander';
import { openContext } from '../context.js';

export function registerEvaluateOutcomes(program: Command): void {
  program
    .command('evaluate-outcomes')
    .description(
      'measure indicators and levels against the outcomes workers recorded on contact or visit (precision, recall, lift)',
    )
    .option('--json', 'print the evaluation as JSON instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const { indicators } = await import('../../indicators/index.js');
      const { evaluateOutcomes } = await import('../../indicators/outcome-eval.js');
      const { formatOutcomeTable } = await import('../../report/outcome-table.js');
      const { repo } = await openContext();
      try {
        const evaluation = evaluateOutcomes(
          await repo.listOutcomeSamples(),
          indicators.map((i) => i.id),
        );
        console.log(opts.json ? JSON.stringify(evaluation, null, 2) : formatOutcomeTable(evaluation));
      } finally {
        await repo.close();
      }
    });
}
