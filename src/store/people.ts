import type { Selectable } from 'kysely';
import type { AuditEvent, NoteRow, UserRow } from './repository.js';
import { ConflictError, fromJson, isUniqueViolation, toJson, toNumber } from './codec.js';
import type { Db } from './db.js';
import type { AuditEventsTable, UsersTable } from './schema.js';

/** Users, notes and the audit trail. Password hashes are opaque here (hashed by the server). */

function toUser(r: Selectable<UsersTable>): UserRow {
  return {
    id: toNumber(r.id),
    username: r.username,
    role: r.role,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    lastVisitAt: r.last_visit_at,
    disabled: toNumber(r.disabled) !== 0,
  };
}

export async function createUser(
  db: Db,
  user: { username: string; role: UserRow['role']; passwordHash: string },
): Promise<UserRow> {
  try {
    const row = await db
      .insertInto('users')
      .values({
        username: user.username,
        role: user.role,
        password_hash: user.passwordHash,
        created_at: new Date().toISOString(),
        last_visit_at: null,
        disabled: 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new ConflictError(`user ${user.username} already exists`, { cause: err });
    throw err;
  }
}

export async function getUser(db: Db, where: { id: number } | { username: string }): Promise<UserRow | null> {
  const q = db.selectFrom('users').selectAll();
  const row = await (
    'id' in where ? q.where('id', '=', where.id) : q.where('username', '=', where.username)
  ).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

export async function touchUserVisit(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('users').set({ last_visit_at: at }).where('id', '=', id).execute();
}

export async function setUserDisabled(db: Db, id: number, disabled: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function setUserPasswordHash(db: Db, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function addNote(
  db: Db,
  note: { adId: number; userId: number; body: string; at: string },
): Promise<NoteRow> {
  const row = await db
    .insertInto('notes')
    .values({ ad_id: note.adId, user_id: note.userId, body: note.body, created_at: note.at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    id: toNumber(row.id),
    adId: toNumber(row.ad_id),
    userId: toNumber(row.user_id),
    body: row.body,
    createdAt: row.created_at,
  };
}

export async function listNotes(db: Db, adId: number): Promise<NoteRow[]> {
  const rows = await db
    .selectFrom('notes')
    .selectAll()
    .where('ad_id', '=', adId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: toNumber(r.id),
    adId: toNumber(r.ad_id),
    userId: toNumber(r.user_id),
    body: r.body,
    createdAt: r.created_at,
  }));
}

export async function audit(db: Db, event: Omit<AuditEvent, 'id'>): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: event.at,
      user_id: event.userId,
      action: event.action,
      subject: event.subject,
      detail: event.detail === null ? null : toJson(event.detail),
    })
    .execute();
}

function toAudit(r: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: toNumber(r.id),
    at: r.at,
    userId: r.user_id === null ? null : toNumber(r.user_id),
    action: r.action,
    subject: r.subject,
    detail: r.detail === null ? null : fromJson<Record<string, unknown>>(r.detail),
  };
}

/** Newest first. */
export async function listAudit(
  db: Db,
  opts: { subject?: string; limit?: number } = {},
): Promise<AuditEvent[]> {
  let q = db.selectFrom('audit_events').selectAll();
  if (opts.subject !== undefined) q = q.where('subject', '=', opts.subject);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(opts.limit ?? 100, 1), 1000))
    .execute();
  return rows.map(toAudit);
}
