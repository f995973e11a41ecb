import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const statsPolicy: PolicyTable = {
  'GET /api/stats': anyRole,
  'GET /api/facets': anyRole,
};
