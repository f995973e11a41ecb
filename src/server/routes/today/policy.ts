import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const todayPolicy: PolicyTable = {
  'GET /api/today': anyRole,
  // The mark is the caller's own reading position, not data about an ad: every role keeps one.
  'POST /api/today/seen': anyRole,
};
