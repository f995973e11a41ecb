import type { Level } from '../../../shared/types.js';
import type {
  CaseEvent,
  CaseEventKind,
  CaseOutcome,
  CaseStatus,
  Casework,
  PhotoTag,
  ScoreHistoryEntry,
} from '../../../store/casework-store.js';
import type { UserRow } from '../../../store/repository.js';
import type { IndicatorInfo } from '../deps.js';

/** A colleague for the assignment picker: no dates, no password hash, no disabled accounts. */
export interface ColleagueView {
  id: number;
  username: string;
  role: UserRow['role'];
}

export function presentColleague(user: UserRow): ColleagueView {
  return { id: user.id, username: user.username, role: user.role };
}

export interface CaseEventView {
  id: number;
  at: string;
  /** Username of who made the change. */
  by: string;
  kind: CaseEventKind;
  /** By kind, see `CaseEvent` in store/casework-store.ts. */
  detail: CaseEvent['detail'];
}

/** What workers set on an ad, each with who and when. */
export interface CaseworkView {
  status: CaseStatus;
  /** Outcome of the contact or visit; null while none is recorded. */
  outcome: CaseOutcome | null;
  assignee: { id: number; username: string } | null;
  /** Who last changed status, outcome or assignee, and when (null while never changed). */
  updatedBy: string | null;
  updatedAt: string | null;
  xFactor: { note: string; setBy: string; setAt: string } | null;
  photoTags: { sha256: string; tag: PhotoTag; setBy: string; setAt: string }[];
  /** Every change, newest first. */
  history: CaseEventView[];
}

export function presentCasework(work: Casework, events: CaseEvent[]): CaseworkView {
  const c = work.case;
  const x = work.xFactor;
  return {
    status: c.status,
    outcome: c.outcome,
    assignee:
      c.assigneeId === null ? null : { id: c.assigneeId, username: c.assigneeName ?? `#${c.assigneeId}` },
    updatedBy: c.updatedByName,
    updatedAt: c.updatedAt,
    xFactor: x ? { note: x.note, setBy: x.setByName, setAt: x.setAt } : null,
    photoTags: work.photoTags.map((t) => ({
      sha256: t.sha256,
      tag: t.tag,
      setBy: t.setByName,
      setAt: t.setAt,
    })),
    history: [...events]
      .reverse()
      .map((e) => ({ id: e.id, at: e.at, by: e.username, kind: e.kind, detail: e.detail })),
  };
}

/** An indicator named in the score history, with its labels for the dashboard. */
export interface IndicatorRef {
  id: string;
  labels: { da: string; en: string };
}

/** One stored result of the ad, and which indicators came and went since the one before. */
export interface ScoreHistoryView {
  computedAt: string;
  configVersion: string;
  score: number;
  level: Level;
  indicators: IndicatorRef[];
  added: IndicatorRef[];
  removed: IndicatorRef[];
}

/** Newest first; the oldest result counts all its indicators as added. */
export function presentScoreHistory(
  entries: ScoreHistoryEntry[],
  catalogue: ReadonlyMap<string, IndicatorInfo>,
): ScoreHistoryView[] {
  const ref = (id: string): IndicatorRef => ({ id, labels: catalogue.get(id)?.labels ?? { da: id, en: id } });
  let before = new Set<string>();
  const views = entries.map((e) => {
    const ids = e.indicators.map((i) => i.id);
    const now = new Set(ids);
    const view = {
      computedAt: e.computedAt,
      configVersion: e.configVersion,
      score: e.score,
      level: e.level,
      indicators: ids.map(ref),
      added: ids.filter((id) => !before.has(id)).map(ref),
      removed: [...before].filter((id) => !now.has(id)).map(ref),
    };
    before = now;
    return view;
  });
  return views.reverse();
}
