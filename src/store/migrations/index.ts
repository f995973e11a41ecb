import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../schema.js';
import { initialMigration } from './0001-initial.js';

/**
 * The one ordered migration set. Names sort in order of application; never rename or edit a
 * migration that has shipped, add a new one.
 */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
