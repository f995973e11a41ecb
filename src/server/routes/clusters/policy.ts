import type { PolicyTable } from '../../auth/policy.js';

export const clustersPolicy: PolicyTable = {
  'GET /api/clusters/:id': ['admin', 'analyst', 'outreach', 'read-only'],
  'GET /api/search': ['admin', 'analyst', 'outreach', 'read-only'],
};
