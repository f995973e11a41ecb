import type { Command } from 'commander';
import { openContext } from '../context.js';

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .description('make the digest of new red ads, changed networks and unhealthy crawls since the last one')
    .option('--no-mail', 'write the report file only, even when SMTP is configured')
    .action(async (opts: { mail: boolean }) => {
      const { produceDigest } = await import('../../report/digest-run.js');
      const { config, repo } = await openContext();
      try {
        const run = await produceDigest(repo, opts.mail ? config : { ...config, smtp: undefined });
        const { digest } = run;
        if (run.stateDamaged)
          console.error('opspor: the previous digest state was unreadable; moved aside, started afresh');
        console.log(
          `digest ${digest.day}: ${digest.newRed.length} new red, ${digest.newYellowCount} new yellow, ` +
            `${digest.changedNetworks.length} networks changed, ${digest.unhealthyCrawls.length} unhealthy crawls`,
        );
        console.log(`written: ${run.file}`);
        if (run.mailed) console.log(`mailed to ${String(config.smtp?.to.length)} recipient(s)`);
        if (run.mailError) {
          console.error(`opspor: the digest was written but not mailed: ${run.mailError}`);
          process.exitCode = 1;
        }
      } finally {
        await repo.close();
      }
    });
}
