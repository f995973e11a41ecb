import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { endProgress, progressLine } from '../context.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze <ads>')
    .description('analyse a JSON Lines batch of ads (shared/spec/analyze-format.md); "-" reads stdin')
    .option('--out <file>', 'results file (JSON Lines); default stdout')
    .option('--config <file>', 'scoring configuration (weights, thresholds, enabled indicators)')
    .option('--text-only', 'skip cross-ad indicators and clusters (constant memory in the number of ads)')
    .action(async (adsPath: string, opts: { out?: string; config?: string; textOnly?: boolean }) => {
      if (adsPath !== '-' && !existsSync(adsPath))
        throw new InputError(`input file ${adsPath} does not exist`);
      // Loaded on use so that `opspor --help` and other commands start fast.
      const { analyzeStream } = await import('../../analyze/index.js');
      const { loadScoringConfig } = await import('../../indicators/scoring-config.js');
      const { createBatchLinker } = await import('../../network/batch-linker.js');
      const config = loadScoringConfig(opts.config);
      const input = adsPath === '-' ? process.stdin : createReadStream(adsPath);
      const output = opts.out
        ? createWriteStream(opts.out, { encoding: 'utf8', mode: 0o600 })
        : process.stdout;
      const counts = await analyzeStream({
        input,
        output,
        config,
        ...(opts.textOnly ? {} : { linker: createBatchLinker() }),
        onMalformed: (lineNo, message) => {
          endProgress();
          console.error(`${adsPath}:${lineNo}: skipped malformed line: ${message}`);
        },
        onProgress: (p) => {
          progressLine(`pass ${p.pass}: ${p.read} read, ${p.written} written, ${p.malformed} malformed`);
        },
      });
      endProgress();
      console.error(
        `analyzed ${counts.read} ads, wrote ${counts.written} results, skipped ${counts.malformed} malformed lines`,
      );
      if (counts.read === 0) process.exitCode = 1;
    });
}
