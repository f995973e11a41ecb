import { anyRole, type PolicyTable } from '../../auth/policy.js';

/** Workers who act on ads may change casework; every role may read who the colleagues are. */
const workers = ['admin', 'analyst', 'outreach'] as const;

export const caseworkPolicy: PolicyTable = {
  'GET /api/colleagues': anyRole,
  'PUT /api/ads/:id/case': workers,
  'PUT /api/ads/:id/x-factor': workers,
  'DELETE /api/ads/:id/x-factor': workers,
  'PUT /api/ads/:id/photos/:sha256/tags/:tag': workers,
  'DELETE /api/ads/:id/photos/:sha256/tags/:tag': workers,
};
