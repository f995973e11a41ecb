import type { PolicyTable } from '../../auth/policy.js';

/**
 * Exports copy personal data out of the dashboard, in bulk, to files that no role check or audit
 * trail follows. The roles that work with ads (admin, analyst, outreach) may export; read-only
 * accounts (supervisors, auditors, observers) may look at ads in the dashboard but not take them
 * away. Each export is written to the audit log (who, which filter, how many ads).
 */
const workRoles = ['admin', 'analyst', 'outreach'] as const;

export const exportsPolicy: PolicyTable = {
  'GET /api/exports/ads.csv': workRoles,
  'GET /api/exports/ads.xlsx': workRoles,
  'GET /api/reports/concerning.pdf': workRoles,
};
