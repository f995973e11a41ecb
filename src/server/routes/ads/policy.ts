import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const adsPolicy: PolicyTable = {
  'GET /api/ads': anyRole,
  'GET /api/ads/:id': anyRole,
  'GET /api/cities': anyRole,
  // Read-only accounts (e.g. supervisors, auditors) may look but not write.
  'POST /api/ads/:id/notes': ['admin', 'analyst', 'outreach'],
};
