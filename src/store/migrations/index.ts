import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../schema.js';
import { initialMigration } from './0001-initial.js';
import { caseworkMigration } from './0002-casework.js';
import { triageMigration } from './0003-triage.js';
import { networkMigration } from './0004-network.js';
import { leanIndexesMigration } from './0005-lean-indexes.js';
import { recentBucketsMigration } from './0006-recent-buckets.js';
import { deferredTextIndexMigration } from './0007-deferred-text-index.js';
import { pgTextIndexMigration } from './0008-pg-text-index.js';
import { refreshFacetsMigration } from './0009-refresh-facets.js';
import { historyMovementMigration } from './0010-history-movement.js';
import { detailsReadAtMigration } from './0011-details-read-at.js';
import { photoUrlsMigration } from './0012-photo-urls.js';
import { caseOutcomesMigration } from './0013-case-outcomes.js';
import { rescoreTableMigration } from './0014-rescore-table.js';
import { coveringLinksMigration } from './0015-covering-links.js';

/**
 * The one ordered migration set. Names sort in order of application; never rename or edit a
 * migration that has shipped, add a new one.
 */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
    '0002-casework': caseworkMigration(dialect),
    '0003-triage': triageMigration(dialect),
    '0004-network': networkMigration(dialect),
    '0005-lean-indexes': leanIndexesMigration(),
    '0006-recent-buckets': recentBucketsMigration(dialect),
    '0007-deferred-text-index': deferredTextIndexMigration(dialect),
    '0008-pg-text-index': pgTextIndexMigration(dialect),
    '0009-refresh-facets': refreshFacetsMigration(),
    '0010-history-movement': historyMovementMigration(),
    '0011-details-read-at': detailsReadAtMigration(),
    '0012-photo-urls': photoUrlsMigration(),
    '0013-case-outcomes': caseOutcomesMigration(),
    '0014-rescore-table': rescoreTableMigration(),
    '0015-covering-links': coveringLinksMigration(),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
