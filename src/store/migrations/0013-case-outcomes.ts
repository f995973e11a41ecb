import { sql, type Kysely, type Migration } from 'kysely';
import { caseOutcomes } from '../casework-store.js';

/**
 * The outcome of a contact or visit on an ad's case (`CaseOutcome`; null while none is recorded),
 * kept in the case row beside its follow-up status. The outcome evaluation reads the cases that
 * have one, so they are indexed.
 */
export function caseOutcomesMigration(): Migration {
  // The words are constants of the code, not input.
  const allowed = sql.raw(`outcome in (${caseOutcomes.map((o) => `'${o}'`).join(', ')})`);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('ad_cases')
        .addColumn('outcome', 'text', (c) => c.check(allowed))
        .execute();
      await db.schema.createIndex('ad_cases_outcome').on('ad_cases').column('outcome').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('ad_cases_outcome').execute();
      await db.schema.alterTable('ad_cases').dropColumn('outcome').execute();
    },
  };
}
