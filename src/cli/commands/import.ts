import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { endProgress, openContext, progressLine } from '../context.js';

export function registerImport(program: Command): void {
  program
    .command('import <ads>')
    .description(
      'record a JSON Lines batch of ads (shared/spec/analyze-format.md) into the store as a crawl would, then score; "-" reads stdin',
    )
    .option('--seen-at <iso>', 'when the ads were seen (default: now)')
    .option('--no-score', 'record only; score later with the next crawl or `opspor rescore`')
    .action(async (adsPath: string, opts: { seenAt?: string; score: boolean }) => {
      if (adsPath !== '-' && !existsSync(adsPath))
        throw new InputError(`input file ${adsPath} does not exist`);
      if (opts.seenAt !== undefined && Number.isNaN(Date.parse(opts.seenAt)))
        throw new InputError(`--seen-at ${opts.seenAt} is not a date`);
      const { importAdLines } = await import('../../pipeline/import-ads.js');
      const { config, repo } = await openContext();
      try {
        const input = adsPath === '-' ? process.stdin : createReadStream(adsPath, { encoding: 'utf8' });
        const lines = createInterface({ input, crlfDelay: Infinity });
        const result = await importAdLines(repo, lines, {
          ...(opts.seenAt !== undefined ? { seenAt: new Date(opts.seenAt).toISOString() } : {}),
          onMalformed: (lineNo, message) => {
            endProgress();
            console.error(`${adsPath}:${lineNo}: skipped malformed line: ${message}`);
          },
          onRefused: (lineNo, _id, message) => {
            endProgress();
            console.error(`${adsPath}:${lineNo}: ad not recorded: ${message}`);
          },
          onProgress: (r) => {
            progressLine(`importing: ${r.lines} lines read`);
          },
        });
        endProgress();
        const c = result.changes;
        console.log(
          `imported ${result.lines} lines: ${c.new} new, ${c.changed} changed, ${c.unchanged + c.returned} unchanged; ${result.malformed} malformed, ${result.refused} refused`,
        );
        if (opts.score) {
          const { loadScoringConfig } = await import('../../indicators/scoring-config.js');
          const { scoreStore } = await import('../../pipeline/score-store.js');
          const scored = await scoreStore(repo, loadScoringConfig(config.scoringConfig));
          console.log(`scored ${scored.ads} ads (${scored.mode}), ${scored.written} results written`);
        }
        if (result.lines > 0 && result.lines === result.malformed + result.refused) process.exitCode = 1;
      } finally {
        await repo.close();
      }
    });
}
