import type { Command } from 'commander';
import { openContext } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard (build it first with `npm run build:web`)')
    .option('--port <n>', 'port', (v) => Number(v))
    .action(async (opts: { port?: number }) => {
      const { startDashboard } = await import('../../pipeline/dashboard.js');
      const { config, repo } = await openContext();
      if (opts.port !== undefined) config.server.port = opts.port;
      const { app, url } = await startDashboard(repo, config);
      console.log(`dashboard: ${url}`);
      const stop = async (): Promise<void> => {
        await app.close();
        await repo.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
