import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../shared/errors.js';
import { requireUser } from '../../auth/guard.js';
import { ValidationError } from '../../errors.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { loadMembers, maxAds } from './members.js';
import { presentCluster, presentSearch } from './presenter.js';
import { clusterIdParams, minPhoneDigits, normaliseContact, searchQuery } from './schema.js';

/**
 * Network view: one cluster's ads and links, and the contact search that leads to it. Both read
 * the persisted network (cluster membership, contact index), never a scan of the store.
 */
export function registerClusterRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/clusters/:id', async (request) => {
    const { id } = validate(clusterIdParams, request.params, 'cluster id');
    const cluster = await repo.getNetworkCluster(id, maxAds);
    if (!cluster) throw new NotFoundError(`cluster ${id} not found`);
    const members = await loadMembers(repo, cluster.adIds);
    if (members.length === 0) throw new NotFoundError(`cluster ${id} not found`);
    const versions = await repo.listVersionPlaces(members.map((m) => m.ad.id));
    await repo.audit({
      at: now(),
      userId: requireUser(request).id,
      action: 'cluster.view',
      subject: `cluster:${id}`,
      detail: { ads: members.length },
    });
    return presentCluster(id, members, cluster.size, versions);
  });

  app.get('/api/search', async (request) => {
    const { contact: raw } = validate(searchQuery, request.query, 'search');
    const contact = normaliseContact(raw);
    if (!contact) {
      throw new ValidationError('invalid search', [
        {
          path: 'contact',
          message: `a phone number (${minPhoneDigits}+ digits), an e-mail address or a profile id`,
        },
      ]);
    }
    const adIds = await repo.findAdsByContact(contact, maxAds + 1);
    const found = await loadMembers(repo, adIds.slice(0, maxAds));
    // Looking a person up by phone, e-mail or profile id: who searched for whom, and the hits.
    await repo.audit({
      at: now(),
      userId: requireUser(request).id,
      action: 'contact.search',
      subject: 'contact',
      detail: { contact, found: found.length },
    });
    return presentSearch(contact.kind, found, adIds.length > maxAds);
  });
}
