import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { AdResult, FiredIndicator, Level } from '../shared/types.js';
import { toNumber } from './codec.js';
import type { Db } from './db.js';
import type { AdFilter } from './repository.js';
import type { StoreDatabase } from './schema.js';
import type {
  AdStatistics,
  FacetKind,
  LevelCounts,
  StatsQuery,
  TodayGroup,
  TodayQuery,
  TodayResult,
} from './triage-store.js';
import { toAdRow } from './ads.js';

/** Triage queries (#5): indexed facets for the list filters, Today, statistics. */

type TriageTables = {
  ad_facets: { ad_id: number; kind: string; value: string };
  triage_marks: { user_id: number; seen_until: string };
};

function triageDb(db: Db) {
  return db.withTables<TriageTables>();
}

/** The searchable facts of a stored result: fired indicators and extracted nationalities, languages, phones. */
export function facetsOf(
  indicators: readonly FiredIndicator[],
  result: Partial<AdResult> | null,
): { kind: FacetKind; value: string }[] {
  const out = new Map<string, { kind: FacetKind; value: string }>();
  const add = (kind: FacetKind, values: readonly unknown[] | undefined): void => {
    for (const value of values ?? []) {
      if (typeof value === 'string' && value !== '') out.set(`${kind}\u0000${value}`, { kind, value });
    }
  };
  add(
    'indicator',
    indicators.map((i) => i.id),
  );
  const facts = result?.extracted;
  add('nationality', facts?.nationalities);
  add('language', facts?.languages);
  add('phone', facts?.phones);
  return [...out.values()];
}

/**
 * Replaces the facets of ads with those of their current result, just saved (inside that
 * transaction). Only ads whose facets differ from the stored ones are rewritten: re-scoring after
 * a crawl mostly changes evidence, not which indicators fired or what was extracted.
 */
export async function replaceFacets(
  trx: Db,
  current: readonly {
    adId: number;
    indicators: readonly FiredIndicator[];
    result: Partial<AdResult> | null;
  }[],
): Promise<void> {
  if (current.length === 0) return;
  const db = triageDb(trx);
  const key = (kind: string, value: string): string => `${kind}\u0000${value}`;
  const want = new Map<number, { kind: FacetKind; value: string }[]>();
  for (const r of current) want.set(r.adId, facetsOf(r.indicators, r.result));
  const have = new Map<number, Set<string>>();
  const rows = await db
    .selectFrom('ad_facets')
    .select(['ad_id', 'kind', 'value'])
    .where('ad_id', 'in', [...want.keys()])
    .execute();
  for (const r of rows) {
    const id = toNumber(r.ad_id);
    let set = have.get(id);
    if (!set) have.set(id, (set = new Set()));
    set.add(key(r.kind, r.value));
  }
  const changed = [...want].filter(([adId, facets]) => {
    const stored = have.get(adId) ?? new Set<string>();
    return stored.size !== facets.length || facets.some((f) => !stored.has(key(f.kind, f.value)));
  });
  if (changed.length === 0) return;
  await db
    .deleteFrom('ad_facets')
    .where(
      'ad_id',
      'in',
      changed.map(([adId]) => adId),
    )
    .execute();
  const values = changed.flatMap(([adId, facets]) =>
    facets.map((f) => ({ ad_id: adId, kind: f.kind, value: f.value })),
  );
  for (let i = 0; i < values.length; i += 300)
    await db
      .insertInto('ad_facets')
      .values(values.slice(i, i + 300))
      .execute();
}

// `id in (…)` rather than a correlated `exists`: the database can then drive from the facet index
// for a rare value and probe a list for a common one, and a count reads the facet index once.
function hasFacet(eb: ExpressionBuilder<StoreDatabase, 'ads'>, kind: FacetKind, value: string) {
  return sql<SqlBool>`${eb.ref('ads.id')} in (select f.ad_id from ad_facets f where f.kind = ${kind} and f.value = ${value})`;
}

/**
 * The list conditions that triage added to `AdFilter`: score range, first-seen bounds, facets and
 * the follow-up case (`ad_cases` of the casework migration; an ad without a case row is `new`).
 */
export function triageConditions(
  eb: ExpressionBuilder<StoreDatabase, 'ads'>,
  filter: AdFilter,
): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = [];
  if (filter.scoreMin !== undefined) c.push(eb('ads.score', '>=', filter.scoreMin));
  if (filter.scoreMax !== undefined) c.push(eb('ads.score', '<=', filter.scoreMax));
  if (filter.firstSeenFrom !== undefined) c.push(eb('ads.first_seen', '>=', filter.firstSeenFrom));
  if (filter.firstSeenTo !== undefined) c.push(eb('ads.first_seen', '<=', filter.firstSeenTo));
  if (filter.indicator !== undefined) c.push(hasFacet(eb, 'indicator', filter.indicator));
  if (filter.nationality !== undefined) c.push(hasFacet(eb, 'nationality', filter.nationality));
  if (filter.language !== undefined) c.push(hasFacet(eb, 'language', filter.language));
  if (filter.phone !== undefined) c.push(hasFacet(eb, 'phone', filter.phone));
  const id = eb.ref('ads.id');
  if (filter.followUp === 'new') {
    c.push(sql<SqlBool>`not exists (select 1 from ad_cases k where k.ad_id = ${id} and k.status <> 'new')`);
  } else if (filter.followUp !== undefined) {
    c.push(sql<SqlBool>`${id} in (select k.ad_id from ad_cases k where k.status = ${filter.followUp})`);
  }
  if (filter.assigneeId !== undefined) {
    c.push(
      sql<SqlBool>`${id} in (select k.ad_id from ad_cases k where k.assignee_id = ${filter.assigneeId})`,
    );
  }
  return c;
}

export async function getTodayMark(db: Db, userId: number): Promise<string | null> {
  const row = await triageDb(db)
    .selectFrom('triage_marks')
    .select('seen_until')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.seen_until ?? null;
}

export async function setTodayMark(db: Db, userId: number, at: string): Promise<void> {
  await triageDb(db)
    .insertInto('triage_marks')
    .values({ user_id: userId, seen_until: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ seen_until: at }))
    .execute();
}

/**
 * Ads whose latest version appeared in (since, until]: a new ad's first version and a changed
 * ad's new version alike. Read from the versions' first-seen index, so the cost follows the day's
 * changes, not the size of the store. The cross join keeps that order on SQLite, whose planner
 * would otherwise start from the (unselective) level index of ads; for PostgreSQL it is a join.
 */
function todayBase(db: Db, q: TodayQuery) {
  return db
    .selectFrom('ad_versions as tv')
    .crossJoin('ads')
    .whereRef('ads.id', '=', 'tv.ad_id')
    .whereRef('ads.latest_version_id', '=', 'tv.id')
    .where('tv.first_seen', '>', q.since)
    .where('tv.first_seen', '<=', q.until)
    .where('ads.level', 'in', ['red', 'yellow'])
    .where('ads.gone_at', 'is', null);
}

function addTo(
  groups: Map<string | null, TodayGroup>,
  key: string | null,
  level: Level | null,
  n: number,
): void {
  const g = groups.get(key) ?? { key, red: 0, yellow: 0, total: 0 };
  if (level === 'red') g.red += n;
  if (level === 'yellow') g.yellow += n;
  g.total += n;
  groups.set(key, g);
}

function sortGroups(groups: Map<string | null, TodayGroup>): TodayGroup[] {
  return [...groups.values()].sort(
    (a, b) => b.red - a.red || b.total - a.total || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'),
  );
}

export async function listToday(db: Db, q: TodayQuery): Promise<TodayResult> {
  const isNew = sql<number>`case when ads.first_seen > ${q.since} then 1 else 0 end`;
  // One grouped pass gives every count: by city, by site, by level, new or changed.
  const [cells, rows] = await Promise.all([
    todayBase(db, q)
      .select((eb) => [
        'ads.city',
        'ads.site_id',
        'ads.level',
        eb.fn.countAll().as('n'),
        eb.fn.sum<number | string | null>(isNew).as('fresh'),
      ])
      .groupBy(['ads.city', 'ads.site_id', 'ads.level'])
      .execute(),
    todayBase(db, q)
      .leftJoin('ad_versions as v', 'v.id', 'ads.latest_version_id')
      .selectAll('ads')
      .select('v.snapshot')
      .orderBy(sql`case when ads.level = 'red' then 0 else 1 end`)
      .orderBy('ads.score', 'desc')
      .orderBy('ads.id', 'desc')
      .limit(q.limit)
      .execute(),
  ]);
  const byCity = new Map<string | null, TodayGroup>();
  const bySite = new Map<string | null, TodayGroup>();
  const counts = { red: 0, yellow: 0, new: 0, changed: 0 };
  for (const c of cells) {
    const n = toNumber(c.n);
    addTo(byCity, c.city, c.level, n);
    addTo(bySite, c.site_id, c.level, n);
    if (c.level === 'red') counts.red += n;
    else counts.yellow += n;
    const fresh = toNumber(c.fresh ?? 0);
    counts.new += fresh;
    counts.changed += n - fresh;
  }
  return {
    total: counts.red + counts.yellow,
    counts,
    byCity: sortGroups(byCity),
    bySite: sortGroups(bySite),
    ads: rows.map((r) => {
      const ad = toAdRow(r);
      return { ad, change: ad.firstSeen > q.since ? 'new' : 'changed' };
    }),
  };
}

function emptyCounts(): LevelCounts {
  return { red: 0, yellow: 0, green: 0, none: 0, total: 0 };
}

/** Folds (key, level, n) rows into per-key level counts, largest first, at most `top` keys. */
function foldLevels<K>(rows: { key: K; level: Level | null; n: unknown }[], top: number) {
  const byKey = new Map<K, LevelCounts & { key: K }>();
  for (const r of rows) {
    const counts = byKey.get(r.key) ?? { key: r.key, ...emptyCounts() };
    const n = toNumber(r.n);
    counts[r.level ?? 'none'] += n;
    counts.total += n;
    byKey.set(r.key, counts);
  }
  return [...byKey.values()]
    .sort((a, b) => b.total - a.total || b.red - a.red || String(a.key).localeCompare(String(b.key)))
    .slice(0, top);
}

export async function adStatistics(db: Db, q: StatsQuery): Promise<AdStatistics> {
  const day = sql<string>`substr(ads.first_seen, 1, 10)`;
  const [byDay, byCity, bySite, byNationality] = await Promise.all([
    db
      .selectFrom('ads')
      .select((eb) => [day.as('key'), 'ads.level', eb.fn.countAll().as('n')])
      .where('ads.first_seen', '>=', q.from)
      .groupBy([day, 'ads.level'])
      .execute(),
    db
      .selectFrom('ads')
      .select((eb) => ['ads.city as key', 'ads.level', eb.fn.countAll().as('n')])
      .where('ads.gone_at', 'is', null)
      .groupBy(['ads.city', 'ads.level'])
      .execute(),
    // From the few sites into the (site, gone, level) index: SQLite otherwise walked the active
    // ads by another index and read every ad's row for its site (~0.3 s of 0.35 on 100,000 ads).
    db
      .selectFrom('sites')
      .crossJoin('ads')
      .select((eb) => ['ads.site_id as key', 'ads.level', eb.fn.countAll().as('n')])
      .whereRef('ads.site_id', '=', 'sites.id')
      .where('ads.gone_at', 'is', null)
      .groupBy(['ads.site_id', 'ads.level'])
      .execute(),
    triageDb(db)
      .selectFrom('ad_facets as f')
      .innerJoin('ads', 'ads.id', 'f.ad_id')
      .select((eb) => ['f.value as key', 'ads.level', eb.fn.countAll().as('n')])
      .where('f.kind', '=', 'nationality')
      .where('ads.gone_at', 'is', null)
      .groupBy(['f.value', 'ads.level'])
      .execute(),
  ]);
  return {
    byDay: foldLevels(byDay, Number.MAX_SAFE_INTEGER)
      .map(({ key, ...counts }) => ({ day: key, ...counts }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    byCity: foldLevels(byCity, q.top),
    byNationality: foldLevels(byNationality, q.top),
    bySite: foldLevels(bySite, q.top),
  };
}

export async function listFacetValues(db: Db, kind: FacetKind): Promise<{ value: string; count: number }[]> {
  // `ad_id in (active ids)`: one pass over the active-ads index instead of reading each ad row.
  const rows = await triageDb(db)
    .selectFrom('ad_facets as f')
    .select((eb) => ['f.value', eb.fn.countAll().as('n')])
    .where('f.kind', '=', kind)
    .where('f.ad_id', 'in', (eb) => eb.selectFrom('ads').select('ads.id').where('ads.gone_at', 'is', null))
    .groupBy('f.value')
    .orderBy('n', 'desc')
    .orderBy('f.value')
    .execute();
  return rows.map((r) => ({ value: r.value, count: toNumber(r.n) }));
}
