/**
 * Crash-test child: crawls one demo site into a SQLite store, so the crash test can kill it mid-run
 * with SIGKILL and start it again. Arguments: SITE_ID BASE_URL DATABASE_URL DATA_DIR.
 * Prints one JSON line with the run's stats when it finishes.
 */
import { openRepository } from '../../store/open.js';
import { getSiteAdapter } from '../sites/index.js';
import { crawlSite } from './crawl-site.js';

async function main(): Promise<void> {
  const [siteId, baseUrl, databaseUrl, dataDir] = process.argv.slice(2);
  if (!siteId || !baseUrl || !databaseUrl || !dataDir)
    throw new Error('usage: crash-child SITE_ID BASE_URL DATABASE_URL DATA_DIR');
  const repo = await openRepository(databaseUrl);
  await repo.migrate();
  try {
    const result = await crawlSite({
      adapter: getSiteAdapter(siteId),
      repo,
      config: { sites: { [siteId]: { baseUrl } }, userAgent: 'opspor-crash-test/0.1' },
      dataDir,
      // Slow enough that the parent can kill the run halfway through.
      politenessOverride: {
        maxRequestsPerSecond: Number(process.env.CRASH_CHILD_RPS ?? 40),
        maxConcurrency: 2,
      },
    });
    process.stdout.write(
      `${JSON.stringify({ resumed: result.resumed, newAds: result.newAds, errors: result.errors })}\n`,
    );
  } finally {
    await repo.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`crash-child failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
