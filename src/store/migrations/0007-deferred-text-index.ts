import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * SQLite: new ads enter the trigram text index (`ads_fts`, migration 0003) in batches instead of
 * one by one. FTS5 writes a new index segment at every commit that touched it, so indexing each
 * crawled ad in its own transaction cost more than storing the ad (on a store of a million ads,
 * 1,000 ads took ~1.5 ms each instead of ~0.6 ms). A new ad's id goes to `ads_fts_pending`;
 * `indexPendingText` (after each crawl, before scoring) indexes the pending ads in one statement,
 * and the list's text search also reads the pending ads' text directly, so no ad is ever missing
 * from a search. Ads already indexed keep the old behaviour: a changed text is re-indexed at once.
 * PostgreSQL has no such index: nothing changes there.
 */
export function deferredTextIndexMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'sqlite') return;
      await sql`create table ads_fts_pending (ad_id integer primary key)`.execute(db);
      await sql`drop trigger ads_fts_insert`.execute(db);
      await sql`drop trigger ads_fts_update`.execute(db);
      await sql`drop trigger ads_fts_delete`.execute(db);
      await sql`create trigger ads_fts_insert after insert on ads begin
        insert into ads_fts_pending (ad_id) values (new.id);
      end`.execute(db);
      // A pending ad is indexed later with whatever text it has then: nothing to do now.
      await sql`create trigger ads_fts_update after update of search_text on ads
        when not exists (select 1 from ads_fts_pending where ad_id = old.id) begin
        insert into ads_fts (ads_fts, rowid, search_text) values ('delete', old.id, old.search_text);
        insert into ads_fts (rowid, search_text) values (new.id, new.search_text);
      end`.execute(db);
      // An external-content FTS5 index must never be told to delete a row it does not hold.
      await sql`create trigger ads_fts_delete after delete on ads begin
        insert into ads_fts (ads_fts, rowid, search_text)
          select 'delete', old.id, old.search_text
          where not exists (select 1 from ads_fts_pending where ad_id = old.id);
        delete from ads_fts_pending where ad_id = old.id;
      end`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'sqlite') return;
      await sql`insert into ads_fts (rowid, search_text)
        select a.id, a.search_text from ads_fts_pending p join ads a on a.id = p.ad_id`.execute(db);
      await sql`drop trigger ads_fts_insert`.execute(db);
      await sql`drop trigger ads_fts_update`.execute(db);
      await sql`drop trigger ads_fts_delete`.execute(db);
      await sql`drop table ads_fts_pending`.execute(db);
      await sql`create trigger ads_fts_insert after insert on ads begin
        insert into ads_fts (rowid, search_text) values (new.id, new.search_text);
      end`.execute(db);
      await sql`create trigger ads_fts_update after update of search_text on ads begin
        insert into ads_fts (ads_fts, rowid, search_text) values ('delete', old.id, old.search_text);
        insert into ads_fts (rowid, search_text) values (new.id, new.search_text);
      end`.execute(db);
      await sql`create trigger ads_fts_delete after delete on ads begin
        insert into ads_fts (ads_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      end`.execute(db);
    },
  };
}
