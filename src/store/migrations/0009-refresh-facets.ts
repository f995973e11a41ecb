import { sql, type Kysely, type Migration } from 'kysely';
import { backfillFacets } from './0003-triage.js';

/**
 * The list filters' facets (`ad_facets`) rebuilt from each ad's current result. Until this
 * release, results saved in batches (the scoring after every crawl, `opspor rescore`) left the
 * facets alone, so ads scored that way were missing from the indicator, nationality, language and
 * phone filters; facets are now written with every saved result, and this brings stored ones in
 * step once.
 */
export function refreshFacetsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`delete from ad_facets`.execute(db);
      await backfillFacets(db);
    },
    async down(): Promise<void> {
      // Facets derive from the stored results: nothing to undo.
    },
  };
}
