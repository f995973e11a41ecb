import type { UserRow } from '../../store/repository.js';

/** The roles of the dashboard, most to least powerful. */
export const roles = [
  'admin',
  'analyst',
  'outreach',
  'read-only',
] as const satisfies readonly UserRow['role'][];
export type Role = (typeof roles)[number];

/** Who may call a route: `public` (anyone, e.g. login) or the list of allowed roles. */
export type RouteAccess = 'public' | readonly Role[];

/** Route key → access. Keys are `METHOD /route/pattern`, e.g. `GET /api/ads/:id`. */
export type PolicyTable = Readonly<Record<string, RouteAccess>>;

/** Every logged-in role. */
export const anyRole: readonly Role[] = roles;

/** The key of a route in a policy table. */
export function policyKey(method: string, url: string): string {
  return `${method.toUpperCase()} ${url}`;
}

/** The outcome of checking a request against the policy table. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'no-policy';

/**
 * Decides access for a route and the caller's role (null for a stranger). Deny by default: a route
 * missing from the table is never allowed.
 */
export function decideAccess(table: PolicyTable, key: string, role: Role | null): AccessDecision {
  if (!Object.hasOwn(table, key)) return 'no-policy';
  const access = table[key]!;
  if (access === 'public') return 'allow';
  if (role === null) return 'unauthenticated';
  return access.includes(role) ? 'allow' : 'forbidden';
}
