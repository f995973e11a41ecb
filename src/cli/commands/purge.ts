import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { openContext } from '../context.js';

const dayMs = 86_400_000;

/**
 * `opspor purge --gone-days N`: deletes ads that have been offline for more than N days, with
 * their photos, notes and casework (storage limitation). Run it daily, e.g. from cron.
 */
export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description('delete ads offline for more than --gone-days days, with their photos, notes and casework')
    .requiredOption('--gone-days <n>', 'days an ad must have been gone', (v) => Number(v))
    .action(async (opts: { goneDays: number }) => {
      if (!Number.isInteger(opts.goneDays) || opts.goneDays < 1)
        throw new InputError('--gone-days must be a whole number of days, at least 1');
      const { repo } = await openContext();
      try {
        const at = new Date();
        const goneBefore = new Date(at.getTime() - opts.goneDays * dayMs).toISOString();
        const ads = await repo.purgeGoneAds({ goneBefore });
        await repo.audit({
          at: at.toISOString(),
          userId: null,
          action: 'retention.purge',
          subject: 'ads',
          detail: { goneBefore, ads, by: 'cli' },
        });
        console.log(`deleted ${ads} ads gone before ${goneBefore}`);
      } finally {
        await repo.close();
      }
    });
}
