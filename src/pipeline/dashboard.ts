import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { indicators } from '../indicators/index.js';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { produceDigest } from '../report/digest-run.js';
import { scheduleDailyDigest, type DigestSchedule } from '../report/digest-schedule.js';
import { createServer } from '../server/app.js';
import { logger } from '../shared/logger.js';
import { scrubText } from '../shared/scrub.js';
import type { Repository } from '../store/repository.js';

/**
 * Builds the dashboard server with the indicator catalogue and starts it listening. The daily
 * digest is scheduled at once unless `deferDigest` is set; the demo defers it until its first
 * crawl is stored, so that its first digest is not an empty one.
 */
export async function startDashboard(
  repo: Repository,
  config: Config,
  options: { deferDigest?: boolean } = {},
): Promise<{ app: FastifyInstance; url: string; startDigest: () => void }> {
  const app = await createServer({
    repo,
    config,
    indicators: indicators.map((i) => ({ id: i.id, labels: i.labels, descriptions: i.descriptions })),
    missingPolicy: 'forbid',
    // The profile the crawl scores with, so that re-ranks after casework changes agree with it.
    scoring: loadScoringConfig(config.scoringConfig),
  });
  let digest: DigestSchedule | null = null;
  app.addHook('onClose', (_instance, done) => {
    digest?.stop();
    done();
  });
  await app.listen({ host: config.server.host, port: config.server.port });
  const startDigest = (): void => {
    if (config.digest.enabled && digest === null) digest = startDigestSchedule(repo, config);
  };
  if (options.deferDigest !== true) startDigest();
  const shownHost =
    config.server.host === '127.0.0.1' || config.server.host === '0.0.0.0' ? 'localhost' : config.server.host;
  return { app, url: `http://${shownHost}:${config.server.port}`, startDigest };
}

/** The daily digest at the configured hour (Copenhagen) while the dashboard runs. */
function startDigestSchedule(repo: Repository, config: Config): DigestSchedule {
  const log = logger.child({ module: 'digest' });
  return scheduleDailyDigest({
    dataDir: config.dataDir,
    hour: config.digest.hour,
    run: async () => {
      const run = await produceDigest(repo, config);
      if (run.mailError) log.warn({ error: scrubText(run.mailError) }, 'digest written but not mailed');
      else log.info({ file: run.file, mailed: run.mailed }, 'digest written');
    },
    onError: (err) => {
      log.error({ err }, 'daily digest failed');
    },
  });
}
