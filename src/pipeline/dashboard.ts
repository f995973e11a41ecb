import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { indicators } from '../indicators/index.js';
import { createServer } from '../server/app.js';
import type { Repository } from '../store/repository.js';

/** Builds the dashboard server with the indicator catalogue and starts it listening. */
export async function startDashboard(
  repo: Repository,
  config: Config,
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await createServer({
    repo,
    config,
    indicators: indicators.map((i) => ({ id: i.id, labels: i.labels, descriptions: i.descriptions })),
    missingPolicy: 'forbid',
  });
  await app.listen({ host: config.server.host, port: config.server.port });
  const shownHost =
    config.server.host === '127.0.0.1' || config.server.host === '0.0.0.0' ? 'localhost' : config.server.host;
  return { app, url: `http://${shownHost}:${config.server.port}` };
}
