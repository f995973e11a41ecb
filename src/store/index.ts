/**
 * The store: one `Repository` interface, SQLite (default) and PostgreSQL backends through Kysely,
 * one migration set. See docs/adr/0001-store.md.
 */
export { openRepository, sqlitePath } from './open.js';
export { createTestDatabase, openTestRepository, testBackends, type TestDatabase } from './test-database.js';
export { ConflictError, StoreError } from './codec.js';
export type * from './repository.js';
