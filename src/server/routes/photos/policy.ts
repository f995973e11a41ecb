import { anyRole, type PolicyTable } from '../../auth/policy.js';

export const photosPolicy: PolicyTable = {
  'GET /api/photos/:sha256': anyRole,
};
