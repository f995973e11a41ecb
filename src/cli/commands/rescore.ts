import type { Command } from 'commander';
import { endProgress, openContext, progressLine } from '../context.js';

export function registerRescore(program: Command): void {
  program
    .command('rescore')
    .description('re-score stored ads under the current scoring configuration (no re-crawl)')
    .option('--config <file>', 'scoring configuration (weights, thresholds, enabled indicators)')
    .action(async (opts: { config?: string }) => {
      const { loadScoringConfig } = await import('../../indicators/scoring-config.js');
      const { scoreStore } = await import('../../pipeline/score-store.js');
      const { config, repo } = await openContext();
      try {
        const scoring = loadScoringConfig(opts.config ?? config.scoringConfig);
        const result = await scoreStore(repo, scoring, {
          full: true,
          onProgress: (p) => {
            if (p.done % 500 === 0 || p.done === p.total)
              progressLine(`rescoring (${p.phase}) ${p.done}/${p.total}`);
          },
        });
        endProgress();
        console.log(
          `rescored ${result.ads} ads: ${result.written} results written under configuration ${result.configVersion}`,
        );
      } finally {
        await repo.close();
      }
    });
}
