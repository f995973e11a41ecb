import type { PolicyTable } from '../auth/policy.js';
import { adsPolicy } from './ads/policy.js';
import { caseworkPolicy } from './casework/policy.js';
import { clustersPolicy } from './clusters/policy.js';
import { evaluationPolicy } from './evaluation/policy.js';
import { exportsPolicy } from './exports/policy.js';
import { photosPolicy } from './photos/policy.js';
import { sessionPolicy } from './session/policy.js';
import { sitesPolicy } from './sites/policy.js';
import { statsPolicy } from './stats/policy.js';
import { todayPolicy } from './today/policy.js';
import { usersPolicy } from './users/policy.js';

/** The one access table of the API, merged from each resource's policy.ts. */
export const apiPolicies: PolicyTable = {
  ...sessionPolicy,
  ...adsPolicy,
  ...caseworkPolicy,
  ...clustersPolicy,
  ...evaluationPolicy,
  ...exportsPolicy,
  ...photosPolicy,
  ...sitesPolicy,
  ...statsPolicy,
  ...todayPolicy,
  ...usersPolicy,
};
