import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const sitesPolicy: PolicyTable = {
  'GET /api/sites': anyRole,
  'GET /api/runs': anyRole,
};
