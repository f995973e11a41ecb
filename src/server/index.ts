/**
 * The API server and dashboard host. `opspor start` builds it with `createServer` and listens;
 * `opspor users add` hashes passwords with `hashPassword`.
 */
export { createServer, registeredApiRoutes, type ServerOptions } from './app.js';
export { hashPassword, verifyPassword } from './auth/passwords.js';
export { roles, type Role, type PolicyTable, type RouteAccess } from './auth/policy.js';
export { loadSessionKey } from './session-key.js';
export type { IndicatorInfo } from './routes/deps.js';
