import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const sessionPolicy: PolicyTable = {
  'POST /api/session': 'public',
  'DELETE /api/session': anyRole,
  'GET /api/me': anyRole,
};
