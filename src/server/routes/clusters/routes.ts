import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../shared/errors.js';
import type { StoredIndicatorResult } from '../../../store/repository.js';
import { ValidationError } from '../../errors.js';
import { validate } from '../../validate.js';
import type { RouteDeps } from '../deps.js';
import { presentCluster, presentSearch } from './presenter.js';
import { clusterIdParams, minPhoneDigits, normaliseContact, searchQuery, type Contact } from './schema.js';
import { scanAds } from './scan.js';

function matchesContact(contact: Contact, result: StoredIndicatorResult): boolean {
  const extracted = result.result.extracted;
  if (contact.kind === 'email') return extracted.emails.some((e) => e.toLowerCase() === contact.email);
  return extracted.phones.some((phone) => {
    const digits = phone.replace(/\D/g, '');
    if (digits.length < minPhoneDigits) return false;
    // Either side may carry a country code the other lacks: match by suffix both ways.
    return digits.endsWith(contact.digits) || contact.digits.endsWith(digits);
  });
}

/** Network view: one cluster's ads and links, and the contact search that leads to it. */
export function registerClusterRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  app.get('/api/clusters/:id', async (request) => {
    const { id } = validate(clusterIdParams, request.params, 'cluster id');
    const { found, truncated } = await scanAds(repo, (_ad, result) => result.result.cluster === id);
    if (found.length === 0) throw new NotFoundError(`cluster ${id} not found`);
    return presentCluster(id, found, truncated);
  });

  app.get('/api/search', async (request) => {
    const { contact: raw } = validate(searchQuery, request.query, 'search');
    const contact = normaliseContact(raw);
    if (!contact) {
      throw new ValidationError('invalid search', [
        { path: 'contact', message: `a phone number (${minPhoneDigits}+ digits) or an e-mail address` },
      ]);
    }
    const { found, truncated } = await scanAds(repo, (_ad, result) => matchesContact(contact, result));
    return presentSearch(contact.kind, found, truncated);
  });
}
