import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve the demo ad sites (generated ads, no real data) on localhost')
    .option('--seed <n>', 'seed of the generated world', (v) => Number(v))
    .option('--size <size>', 'small, medium or large')
    .option('--no-faults', 'serve without injected faults (429s, slow, malformed and huge pages)')
    .option('--day-every <seconds>', 'advance the simulated clock by one day every N seconds', (v) =>
      Number(v),
    )
    .option('--rate <rps>', 'requests per second allowed per client before 429', (v) => Number(v))
    .action(
      async (opts: {
        seed?: number;
        size?: 'small' | 'medium' | 'large';
        faults: boolean;
        dayEvery?: number;
        rate?: number;
      }) => {
        const { createDemoWorld, startDemoSites } = await import('../../sources/demo/index.js');
        const config = loadConfig();
        const world = createDemoWorld({
          seed: opts.seed ?? config.demo.seed,
          size: opts.size ?? config.demo.size,
        });
        const demo = await startDemoSites({
          world,
          ports: { classic: config.demo.basePort, clinics: config.demo.basePort + 1 },
          ...(opts.faults ? {} : { faults: false as const }),
          ...(opts.rate ? { rateLimit: { requestsPerSecond: opts.rate } } : {}),
        });
        for (const s of demo.sites) console.log(`${s.id}: ${s.baseUrl}  (${s.name})`);
        if (opts.dayEvery) {
          setInterval(() => {
            world.advanceDay();
            console.log(`simulated day ${world.day}`);
          }, opts.dayEvery * 1000).unref();
        }
        const stop = async (): Promise<void> => {
          await demo.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      },
    );
}
