import type { Command } from 'commander';
import { addUser } from './users.js';
import { endProgress, openContext, progressLine } from '../context.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the demo: serve demo ad sites, crawl and score them, serve the dashboard')
    .option(
      '--day-minutes <n>',
      'advance the simulated clock one day and re-crawl every N minutes (0 = never)',
      (v) => Number(v),
      10,
    )
    .action(async (opts: { dayMinutes: number }) => {
      const { startDashboard } = await import('../../pipeline/dashboard.js');
      const { startDemo } = await import('../../pipeline/demo.js');
      const { config, repo } = await openContext();
      const demo = await startDemo(repo, config);
      for (const s of demo.sites.sites) console.log(`demo site ${s.id}: ${s.baseUrl}`);

      const users = await repo.listUsers();
      let login = 'log in with an existing account (add one: npx opspor users add NAME --role admin)';
      if (users.length === 0) {
        const password = await addUser(repo, 'admin', 'admin');
        login = `first admin login (shown once): user "admin", password "${password ?? ''}"`;
      }
      const { app, url, startDigest } = await startDashboard(repo, config, { deferDigest: true });
      console.log(`\ndashboard: ${url}\n${login}\n`);

      const crawl = async (): Promise<void> => {
        const lines = await demo.crawlOnce((p) => {
          progressLine(
            `crawling ${p.siteId}: ${p.pages} pages, ${p.ads} ads, ${p.queued} queued, ${p.errors} errors`,
          );
        });
        endProgress();
        console.log(`day ${demo.world.day}:`);
        for (const line of lines) console.log(`  ${line}`);
        console.log(`dashboard: ${url}`);
      };
      await crawl();
      startDigest();
      if (opts.dayMinutes > 0) {
        setInterval(() => {
          demo.world.advanceDay();
          void crawl();
        }, opts.dayMinutes * 60_000);
      }
      const stop = async (): Promise<void> => {
        await app.close();
        await demo.close();
        await repo.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
