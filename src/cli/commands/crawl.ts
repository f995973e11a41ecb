import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { endProgress, openContext, progressLine } from '../context.js';

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl the configured ad sites incrementally, then score new and changed ads')
    .option('--site <id>', 'only this site (e.g. demo-classic, demo-clinics)')
    .option('--no-score', 'only crawl; do not score')
    .action(async (opts: { site?: string; score: boolean }) => {
      const { anyUnhealthy, crawlAndScore, describeCrawl, selectAdapters } =
        await import('../../pipeline/crawl-and-score.js');
      const { config, repo } = await openContext();
      try {
        const adapters = selectAdapters(config, opts.site);
        if (adapters.length === 0)
          throw new InputError(`no site to crawl${opts.site ? ` named "${opts.site}"` : ''}`);
        const progress = new Map<string, string>();
        const { crawls, scoring } = await crawlAndScore({
          repo,
          config,
          adapters,
          score: opts.score,
          onCrawlProgress: (p) => {
            progress.set(
              p.siteId,
              `${p.siteId} ${p.pages} pages, ${p.ads} ads, ${p.queued} queued, ${p.errors} errors`,
            );
            progressLine([...progress.values()].join(' | '));
          },
          onScoreProgress: (p) => {
            if (p.done % 200 === 0 || p.done === p.total)
              progressLine(`scoring (${p.phase}) ${p.done}/${p.total}`);
          },
        });
        endProgress();
        for (const c of crawls) for (const line of describeCrawl(c)) console.log(line);
        if (scoring)
          console.log(
            `scored ${scoring.ads} ads (${scoring.written} results updated, configuration ${scoring.configVersion})`,
          );
        if (anyUnhealthy(crawls)) process.exitCode = 1;
      } finally {
        await repo.close();
      }
    });
}
