import type { Generated, Kysely } from 'kysely';
import { NotFoundError } from '../shared/errors.js';
import type { FiredIndicator } from '../shared/types.js';
import type {
  AdCase,
  CaseActor,
  CaseChange,
  CaseEvent,
  CaseEventKind,
  CaseOutcome,
  CaseStatus,
  Casework,
  PhotoTag,
  ScoreHistoryEntry,
  WorkerMarks,
  XFactorRow,
} from './casework-store.js';
import { fromJson, toJson, toNumber } from './codec.js';
import { writeTransaction, type Db } from './db.js';
import { audit } from './people.js';
import type { JsonColumn, StoreDatabase, StoreDialect } from './schema.js';

/**
 * Casework (#5): status, outcome, assignment, x-factor, photo tags, and their history. Every change runs in
 * one write transaction with its case event and audit event, so no change is ever unrecorded.
 */

export interface AdCasesTable {
  ad_id: number;
  status: CaseStatus;
  /** Outcome of the contact or visit (migration 0013); null while none is recorded. */
  outcome: CaseOutcome | null;
  assignee_id: number | null;
  updated_by: number;
  updated_at: string;
}

export interface AdXFactorsTable {
  ad_id: number;
  note: string;
  set_by: number;
  set_at: string;
}

export interface PhotoTagsTable {
  ad_id: number;
  sha256: string;
  tag: PhotoTag;
  set_by: number;
  set_at: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  ad_id: number;
  at: string;
  user_id: number;
  kind: CaseEventKind;
  detail: JsonColumn;
}

/**
 * The casework tables (migration 0002); use with `db.withTables<CaseworkTables>()`. A type, not an
 * interface: `withTables` needs an index-signature-compatible record.
 */
export type CaseworkTables = {
  ad_cases: AdCasesTable;
  ad_x_factors: AdXFactorsTable;
  photo_tags: PhotoTagsTable;
  case_events: CaseEventsTable;
};

type CaseworkDb = Kysely<StoreDatabase & CaseworkTables>;

function tables(db: Db): CaseworkDb {
  return db.withTables<CaseworkTables>();
}

/**
 * The ad's key for audit subjects; throws NotFoundError for an unknown ad. On PostgreSQL it locks
 * the ad row, so that two workers changing one ad queue instead of both reading the old state
 * (SQLite's write transaction is exclusive already).
 */
async function lockAd(trx: Db, dialect: StoreDialect, adId: number): Promise<string> {
  const row = await trx
    .selectFrom('ads')
    .select('key')
    .where('id', '=', adId)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`ad ${adId} not found`);
  return row.key;
}

async function usernameOf(db: Db, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const row = await db.selectFrom('users').select('username').where('id', '=', userId).executeTakeFirst();
  return row?.username ?? null;
}

async function recordEvent(
  trx: Db,
  event: CaseActor & { adId: number; adKey: string; kind: CaseEventKind; detail: CaseEvent['detail'] },
  auditAction: string,
  auditDetail: Record<string, unknown>,
): Promise<void> {
  await tables(trx)
    .insertInto('case_events')
    .values({
      ad_id: event.adId,
      at: event.at,
      user_id: event.userId,
      kind: event.kind,
      detail: toJson(event.detail),
    })
    .execute();
  await audit(trx, {
    at: event.at,
    userId: event.userId,
    action: auditAction,
    subject: `ad:${event.adKey}`,
    detail: auditDetail,
  });
}

export async function getCase(db: Db, adId: number): Promise<AdCase> {
  const row = await tables(db)
    .selectFrom('ad_cases as c')
    .leftJoin('users as a', 'a.id', 'c.assignee_id')
    .innerJoin('users as u', 'u.id', 'c.updated_by')
    .select([
      'c.status',
      'c.outcome',
      'c.assignee_id',
      'a.username as assignee_name',
      'c.updated_by',
      'u.username as updated_by_name',
      'c.updated_at',
    ])
    .where('c.ad_id', '=', adId)
    .executeTakeFirst();
  if (!row) {
    return {
      adId,
      status: 'new',
      outcome: null,
      assigneeId: null,
      assigneeName: null,
      updatedById: null,
      updatedByName: null,
      updatedAt: null,
    };
  }
  return {
    adId,
    status: row.status,
    outcome: row.outcome,
    assigneeId: row.assignee_id === null ? null : toNumber(row.assignee_id),
    assigneeName: row.assignee_name,
    updatedById: toNumber(row.updated_by),
    updatedByName: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

async function getXFactor(db: Db, adId: number): Promise<XFactorRow | null> {
  const row = await tables(db)
    .selectFrom('ad_x_factors as x')
    .innerJoin('users as u', 'u.id', 'x.set_by')
    .select(['x.note', 'x.set_by', 'x.set_at', 'u.username'])
    .where('x.ad_id', '=', adId)
    .executeTakeFirst();
  if (!row) return null;
  return { adId, note: row.note, setById: toNumber(row.set_by), setByName: row.username, setAt: row.set_at };
}

export async function getCasework(db: Db, adId: number): Promise<Casework> {
  const [adCase, marks] = await Promise.all([getCase(db, adId), workerMarksOf(db, [adId])]);
  const { xFactor, photoTags } = marks.get(adId) ?? { xFactor: null, photoTags: [] };
  return { case: adCase, xFactor, photoTags };
}

export async function workerMarksOf(db: Db, adIds: readonly number[]): Promise<Map<number, WorkerMarks>> {
  const out = new Map<number, WorkerMarks>();
  const marksOf = (adId: number): WorkerMarks => {
    let m = out.get(adId);
    if (!m) out.set(adId, (m = { xFactor: null, photoTags: [] }));
    return m;
  };
  for (let i = 0; i < adIds.length; i += 500) {
    const part = adIds.slice(i, i + 500);
    const [xs, tags] = await Promise.all([
      tables(db)
        .selectFrom('ad_x_factors as x')
        .innerJoin('users as u', 'u.id', 'x.set_by')
        .select(['x.ad_id', 'x.note', 'x.set_by', 'x.set_at', 'u.username'])
        .where('x.ad_id', 'in', part)
        .execute(),
      tables(db)
        .selectFrom('photo_tags as p')
        .innerJoin('users as u', 'u.id', 'p.set_by')
        .select(['p.ad_id', 'p.sha256', 'p.tag', 'p.set_by', 'p.set_at', 'u.username'])
        .where('p.ad_id', 'in', part)
        .orderBy('p.ad_id')
        .orderBy('p.sha256')
        .orderBy('p.tag')
        .execute(),
    ]);
    for (const r of xs) {
      const adId = toNumber(r.ad_id);
      marksOf(adId).xFactor = {
        adId,
        note: r.note,
        setById: toNumber(r.set_by),
        setByName: r.username,
        setAt: r.set_at,
      };
    }
    for (const r of tags) {
      const adId = toNumber(r.ad_id);
      marksOf(adId).photoTags.push({
        adId,
        sha256: r.sha256,
        tag: r.tag,
        setById: toNumber(r.set_by),
        setByName: r.username,
        setAt: r.set_at,
      });
    }
  }
  return out;
}

export async function caseStatusesOf(db: Db, adIds: readonly number[]): Promise<Map<number, CaseStatus>> {
  const out = new Map<number, CaseStatus>(adIds.map((id) => [id, 'new']));
  for (let i = 0; i < adIds.length; i += 500) {
    const rows = await tables(db)
      .selectFrom('ad_cases')
      .select(['ad_id', 'status'])
      .where('ad_id', 'in', adIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(toNumber(r.ad_id), r.status);
  }
  return out;
}

export async function listCaseEvents(db: Db, adId: number): Promise<CaseEvent[]> {
  const rows = await tables(db)
    .selectFrom('case_events as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.at', 'e.user_id', 'u.username', 'e.kind', 'e.detail'])
    .where('e.ad_id', '=', adId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: toNumber(r.id),
    adId,
    at: r.at,
    userId: toNumber(r.user_id),
    username: r.username,
    kind: r.kind,
    detail: fromJson<CaseEvent['detail']>(r.detail),
  }));
}

export async function updateCase(db: Db, dialect: StoreDialect, change: CaseChange): Promise<AdCase> {
  return writeTransaction(db, dialect, async (trx) => {
    const adKey = await lockAd(trx, dialect, change.adId);
    const current = await getCase(trx, change.adId);
    const status = change.status ?? current.status;
    const outcome = change.outcome === undefined ? current.outcome : change.outcome;
    const assigneeId = change.assigneeId === undefined ? current.assigneeId : change.assigneeId;
    const statusChanged = status !== current.status;
    const outcomeChanged = outcome !== current.outcome;
    const assigneeChanged = assigneeId !== current.assigneeId;
    if (!statusChanged && !outcomeChanged && !assigneeChanged) return current;

    const row = {
      status,
      outcome,
      assignee_id: assigneeId,
      updated_by: change.userId,
      updated_at: change.at,
    };
    await tables(trx)
      .insertInto('ad_cases')
      .values({ ad_id: change.adId, ...row })
      .onConflict((oc) => oc.column('ad_id').doUpdateSet(row))
      .execute();
    const event = { adId: change.adId, adKey, userId: change.userId, at: change.at };
    if (statusChanged) {
      const detail = { from: current.status, to: status };
      await recordEvent(trx, { ...event, kind: 'status', detail }, 'case.status', detail);
    }
    if (outcomeChanged) {
      // Only the fixed outcome words: the audit never holds free text.
      const detail = { from: current.outcome, to: outcome };
      await recordEvent(trx, { ...event, kind: 'outcome', detail }, 'case.outcome', detail);
    }
    if (assigneeChanged) {
      const ids = { fromId: current.assigneeId, toId: assigneeId };
      const detail = { ...ids, from: current.assigneeName, to: await usernameOf(trx, assigneeId) };
      await recordEvent(trx, { ...event, kind: 'assignment', detail }, 'case.assign', ids);
    }
    return getCase(trx, change.adId);
  });
}

export async function setXFactor(
  db: Db,
  dialect: StoreDialect,
  change: CaseActor & { adId: number; note: string },
): Promise<XFactorRow> {
  return writeTransaction(db, dialect, async (trx) => {
    const adKey = await lockAd(trx, dialect, change.adId);
    const previous = await getXFactor(trx, change.adId);
    const row = { note: change.note, set_by: change.userId, set_at: change.at };
    await tables(trx)
      .insertInto('ad_x_factors')
      .values({ ad_id: change.adId, ...row })
      .onConflict((oc) => oc.column('ad_id').doUpdateSet(row))
      .execute();
    // The audit records that a concern was set, not what the note says (as for notes).
    await recordEvent(
      trx,
      {
        adId: change.adId,
        adKey,
        userId: change.userId,
        at: change.at,
        kind: 'x-factor-set',
        detail: { note: change.note, replaced: previous !== null },
      },
      'x-factor.set',
      { replaced: previous !== null },
    );
    const stored = await getXFactor(trx, change.adId);
    if (!stored) throw new NotFoundError(`x-factor of ad ${change.adId} vanished`);
    return stored;
  });
}

export async function removeXFactor(
  db: Db,
  dialect: StoreDialect,
  change: CaseActor & { adId: number },
): Promise<boolean> {
  return writeTransaction(db, dialect, async (trx) => {
    const adKey = await lockAd(trx, dialect, change.adId);
    const previous = await getXFactor(trx, change.adId);
    if (!previous) return false;
    await tables(trx).deleteFrom('ad_x_factors').where('ad_id', '=', change.adId).execute();
    await recordEvent(
      trx,
      {
        adId: change.adId,
        adKey,
        userId: change.userId,
        at: change.at,
        kind: 'x-factor-removed',
        detail: { note: previous.note },
      },
      'x-factor.remove',
      {},
    );
    return true;
  });
}

type TagChange = CaseActor & { adId: number; sha256: string; tag: PhotoTag };

async function hasTag(trx: Db, change: TagChange): Promise<boolean> {
  const row = await tables(trx)
    .selectFrom('photo_tags')
    .select('tag')
    .where('ad_id', '=', change.adId)
    .where('sha256', '=', change.sha256)
    .where('tag', '=', change.tag)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Adds or removes a photo tag with its case event, in one transaction; false when the tag was
 * already as asked (nothing written).
 */
async function changePhotoTag(
  db: Db,
  dialect: StoreDialect,
  change: TagChange,
  add: boolean,
): Promise<boolean> {
  return writeTransaction(db, dialect, async (trx) => {
    const adKey = await lockAd(trx, dialect, change.adId);
    if ((await hasTag(trx, change)) === add) return false;
    const t = tables(trx);
    if (add)
      await t
        .insertInto('photo_tags')
        .values({
          ad_id: change.adId,
          sha256: change.sha256,
          tag: change.tag,
          set_by: change.userId,
          set_at: change.at,
        })
        .execute();
    else
      await t
        .deleteFrom('photo_tags')
        .where('ad_id', '=', change.adId)
        .where('sha256', '=', change.sha256)
        .where('tag', '=', change.tag)
        .execute();
    const detail = { sha256: change.sha256, tag: change.tag };
    const kind = add ? 'photo-tag-added' : 'photo-tag-removed';
    await recordEvent(
      trx,
      { adId: change.adId, adKey, userId: change.userId, at: change.at, kind, detail },
      add ? 'photo-tag.add' : 'photo-tag.remove',
      detail,
    );
    return true;
  });
}

export function addPhotoTag(db: Db, dialect: StoreDialect, change: TagChange): Promise<boolean> {
  return changePhotoTag(db, dialect, change, true);
}

export function removePhotoTag(db: Db, dialect: StoreDialect, change: TagChange): Promise<boolean> {
  return changePhotoTag(db, dialect, change, false);
}

export async function adHasPhoto(db: Db, adId: number, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom('ad_photos')
    .select('sha256')
    .where('ad_id', '=', adId)
    .where('sha256', '=', sha256)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listScoreHistory(db: Db, adId: number, limit = 200): Promise<ScoreHistoryEntry[]> {
  const rows = await db
    .selectFrom('indicator_results')
    .select(['computed_at', 'config_version', 'score', 'level', 'indicators'])
    .where('ad_id', '=', adId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 1000))
    .execute();
  return rows.reverse().map((r) => ({
    computedAt: r.computed_at,
    configVersion: r.config_version,
    score: toNumber(r.score),
    level: r.level,
    indicators: fromJson<FiredIndicator[]>(r.indicators).map((f) => ({ id: f.id, weight: f.weight })),
  }));
}
