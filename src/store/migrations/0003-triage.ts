import { sql, type Kysely, type Migration } from 'kysely';
import type { AdResult, FiredIndicator } from '../../shared/types.js';
import { fromJson } from '../codec.js';
import type { StoreDialect } from '../schema.js';
import { facetsOf } from '../triage.js';

/** Ads per backfill step, so that a large store is never read into memory at once. */
const backfillStep = 2000;

/**
 * Tables for list filters and Today (#5).
 *
 * `ad_facets` holds the searchable facts of each ad's current indicator result (fired indicator
 * ids, nationalities, languages, E.164 phones), one row per value, so that "ads with indicator X"
 * or "ads with phone Y" is an index lookup instead of a scan of JSON on 100,000 ads.
 * `triage_marks` holds each worker's "seen until" mark of the Today page.
 */
export function triageMigration(dialect: StoreDialect): Migration {
  // PostgreSQL sorts NULL first in descending order, SQLite last; the list wants unscored ads last.
  const desc = dialect === 'postgres' ? 'desc nulls last' : 'desc';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('ad_facets')
        .addColumn('ad_id', 'integer', (c) => c.notNull().references('ads.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ad_facets_pk', ['ad_id', 'kind', 'value'])
        .execute();
      await db.schema
        .createIndex('ad_facets_lookup')
        .on('ad_facets')
        .columns(['kind', 'value', 'ad_id'])
        .execute();

      await db.schema
        .createTable('triage_marks')
        .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
        .addColumn('seen_until', 'text', (c) => c.notNull())
        .execute();

      // Today reads the versions that appeared since a mark: new ads and changed ones alike.
      await db.schema.createIndex('ad_versions_first_seen').on('ad_versions').column('first_seen').execute();

      // The list orders and counts on 100,000 ads (bench/dashboard.ts): each default-status (active)
      // sort walks an index in order and stops at the page, and counts and statistics are answered
      // from narrow indexes instead of the wide ad rows.
      const indexes: Record<string, string> = {
        ads_active_score: `gone_at, score ${desc}, last_seen desc, id desc`,
        ads_score_order: `score ${desc}, last_seen desc, id desc`,
        ads_active_last_seen: 'gone_at, last_seen, id',
        ads_active_first_seen: 'gone_at, first_seen, id',
        ads_active_city: `gone_at, city, score ${desc}, level`,
        ads_active_level: 'gone_at, level',
        ads_site_active: 'site_id, gone_at, level',
        ads_first_seen_level: 'first_seen, level',
        // Facet filters probe ads by id for their state: this answers without reading the row.
        ads_id_state: 'id, gone_at, level',
      };
      for (const [name, columns] of Object.entries(indexes)) {
        await sql.raw(`create index ${name} on ads (${columns})`).execute(db);
      }
      if (dialect === 'sqlite') await createTextIndex(db);

      await backfillFacets(db);
    },
  };
}

/**
 * SQLite: a trigram full-text index of `ads.search_text`, kept in step by triggers, so that the
 * list's substring search (LIKE '%…%') reads the index instead of every ad's text.
 */
async function createTextIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table ads_fts using fts5(search_text, content='ads', content_rowid='id', tokenize='trigram')`.execute(
    db,
  );
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
  await sql`insert into ads_fts (ads_fts) values ('rebuild')`.execute(db);
}

/** Writes facets from the latest stored result of every ad, in steps of ad ids. */
export async function backfillFacets(db: Kysely<unknown>): Promise<void> {
  const max = await sql<{ m: number | string | null }>`select max(ad_id) as m from indicator_results`.execute(
    db,
  );
  const maxId = Number(max.rows[0]?.m ?? 0);
  for (let low = 0; low < maxId; low += backfillStep) {
    const high = low + backfillStep;
    const rows = await sql<{ ad_id: number | string; indicators: unknown; result: unknown }>`
      select ad_id, indicators, result from indicator_results
      where ad_id > ${low} and ad_id <= ${high}
      order by ad_id, computed_at, id`.execute(db);
    // Ordered by time within an ad: the last row seen per ad is its current result.
    const latest = new Map<number, { indicators: unknown; result: unknown }>();
    for (const r of rows.rows) latest.set(Number(r.ad_id), r);
    const values: { ad_id: number; kind: string; value: string }[] = [];
    for (const [adId, r] of latest) {
      const facets = facetsOf(fromJson<FiredIndicator[]>(r.indicators), fromJson<AdResult>(r.result));
      for (const f of facets) values.push({ ad_id: adId, kind: f.kind, value: f.value });
    }
    for (let i = 0; i < values.length; i += 300) {
      const chunk = values.slice(i, i + 300);
      await sql`insert into ad_facets (ad_id, kind, value) values ${sql.join(
        chunk.map((v) => sql`(${v.ad_id}, ${v.kind}, ${v.value})`),
      )}`.execute(db);
    }
  }
}
