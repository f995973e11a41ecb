import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../../shared/errors.js';
import { validate } from '../../validate.js';
import type { RouteDeps } from '../deps.js';

const photoParams = z
  .object({ sha256: z.string().regex(/^[a-f0-9]{64}$/, 'must be a lowercase sha256 hex') })
  .strict();

// Only image types are served as such: a stored mime of text/html must never make the browser
// render attacker-controlled bytes as a page.
const imageMimes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);

/** Photo bytes by content hash, for logged-in users only. */
export function registerPhotoRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/api/photos/:sha256', async (request, reply) => {
    const { sha256 } = validate(photoParams, request.params, 'photo id');
    const found = await deps.repo.getPhoto(sha256);
    if (!found) throw new NotFoundError('photo not found');
    const mime = imageMimes.has(found.photo.mime) ? found.photo.mime : 'application/octet-stream';
    // Photos of the people in the ads: not written to the browser's disk cache, where they would
    // outlive the session on a shared computer.
    return reply
      .header('content-type', mime)
      .header('cache-control', 'no-store')
      .header('etag', `"${sha256}"`)
      .send(found.data);
  });
}
