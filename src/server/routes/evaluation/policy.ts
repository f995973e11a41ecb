import type { PolicyTable } from '../../auth/policy.js';

/**
 * The outcome evaluation is for those who tune weights and thresholds (analysts) and run the
 * installation (admins). Outreach workers record outcomes on the ad page but do not need the
 * aggregate; read-only accounts do not see casework figures across ads.
 */
export const evaluationPolicy: PolicyTable = {
  'GET /api/evaluation': ['admin', 'analyst'],
};
