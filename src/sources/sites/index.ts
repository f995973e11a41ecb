import { NotFoundError } from '../../shared/errors.js';
import type { SiteAdapter } from '../adapter.js';
import { adapter as demoClassic } from './demo-classic.js';
import { adapter as demoClinics } from './demo-clinics.js';

/** Every site adapter, in alphabetical order of id. Adding a site means adding it here. */
export const siteAdapters: readonly SiteAdapter[] = [demoClassic, demoClinics];

/** The adapter with this id; throws NotFoundError naming the known ids. */
export function getSiteAdapter(id: string): SiteAdapter {
  const found = siteAdapters.find((a) => a.id === id);
  if (!found)
    throw new NotFoundError(
      `unknown site adapter "${id}" (known: ${siteAdapters.map((a) => a.id).join(', ')})`,
    );
  return found;
}
