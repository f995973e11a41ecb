import type { PolicyTable } from '../../auth/policy.js';

export const usersPolicy: PolicyTable = {
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
};
