import type { PolicyTable } from '../auth/policy.js';
import { adsPolicy } from './ads/policy.js';
import { clustersPolicy } from './clusters/policy.js';
import { photosPolicy } from './photos/policy.js';
import { sessionPolicy } from './session/policy.js';
import { sitesPolicy } from './sites/policy.js';
import { usersPolicy } from './users/policy.js';

/** The one access table of the API, merged from each resource's policy.ts. */
export const apiPolicies: PolicyTable = {
  ...sessionPolicy,
  ...adsPolicy,
  ...clustersPolicy,
  ...photosPolicy,
  ...sitesPolicy,
  ...usersPolicy,
};
