import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from './errors.js';

/**
 * Serves the built dashboard and falls back to index.html for any other GET outside /api, so
 * client-side routes (/ads/12, /health) survive a reload. Unknown /api paths stay JSON 404s.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      setHeaders(reply, path) {
        // Vite fingerprints asset names, so they can be cached for good; index.html must not be.
        reply.header(
          'cache-control',
          path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: 'no such route' } } satisfies ErrorBody);
    }
    if (!built) {
      return reply
        .status(404)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built: run `npm run build:web`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
