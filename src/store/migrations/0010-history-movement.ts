import type { Kysely, Migration } from 'kysely';

/**
 * The towns each ad itself moved from within the movement window (`AdFeatures.movedFrom`), kept
 * with its network features so that multi-city-movement also reads an ad's own history when the
 * ad is re-scored for a neighbour's sake. Stored ads get them when they are linked again: at their
 * next change, or for every ad with `opspor rescore`.
 */
export function historyMovementMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('network_ads').addColumn('moved_from', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('network_ads').dropColumn('moved_from').execute();
    },
  };
}
