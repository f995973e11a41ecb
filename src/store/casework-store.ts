import type { Level } from '../shared/types.js';

/**
 * Casework on an ad (#5): follow-up status, assignment to a colleague, the x-factor and photo tags,
 * each change kept as a case event (who, when, what) and written to the audit log.
 */

/** Follow-up status of an ad; an ad without a case row is `new`. */
export const caseStatuses = ['new', 'to-contact', 'contacted', 'visited', 'no-concern', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * What a contact or visit found, as the worker records it (none until recorded): `concern` = signs
 * of exploitation or trafficking, or referred to help; `no-concern` = met, no such signs (e.g. an
 * independent worker); `not-reached` = no answer, could not talk. A professional's record of the
 * contact, not a verdict on the person; the outcome evaluation compares indicators against it.
 */
export const caseOutcomes = ['concern', 'no-concern', 'not-reached'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

/** The image indicators a worker may tag on a photo (catalogue ids of kind `image`). */
export const photoTags = ['appears-young', 'distressed-expression', 'explicit-images'] as const;
export type PhotoTag = (typeof photoTags)[number];

export interface AdCase {
  adId: number;
  status: CaseStatus;
  /** Outcome of the contact or visit; null while none is recorded. */
  outcome: CaseOutcome | null;
  assigneeId: number | null;
  assigneeName: string | null;
  /** Who last changed the case, and when; null while the ad has no case row. */
  updatedById: number | null;
  updatedByName: string | null;
  updatedAt: string | null;
}

export interface XFactorRow {
  adId: number;
  note: string;
  setById: number;
  setByName: string;
  setAt: string;
}

export interface PhotoTagRow {
  adId: number;
  sha256: string;
  tag: PhotoTag;
  setById: number;
  setByName: string;
  setAt: string;
}

/** What a worker set on an ad that counts in its score. */
export type WorkerMarks = Pick<Casework, 'xFactor' | 'photoTags'>;

/** Everything a worker set on an ad. */
export interface Casework {
  case: AdCase;
  xFactor: XFactorRow | null;
  photoTags: PhotoTagRow[];
}

/**
 * What a case event records. `detail` by kind — status: `{ from, to }`; outcome: `{ from, to }`
 * (null when none); assignment:
 * `{ fromId, from, toId, to }` (ids and usernames, null when unassigned); x-factor-set:
 * `{ note, replaced }`; x-factor-removed: `{ note }`; photo-tag-added/-removed: `{ sha256, tag }`.
 */
export type CaseEventKind =
  | 'status'
  | 'outcome'
  | 'assignment'
  | 'x-factor-set'
  | 'x-factor-removed'
  | 'photo-tag-added'
  | 'photo-tag-removed';

export interface CaseEvent {
  id: number;
  adId: number;
  at: string;
  userId: number;
  username: string;
  kind: CaseEventKind;
  detail: Record<string, string | number | boolean | null>;
}

/** One stored indicator result of an ad, without its evidence (for the score history). */
export interface ScoreHistoryEntry {
  computedAt: string;
  configVersion: string;
  score: number;
  level: Level;
  indicators: { id: string; weight: number }[];
}

/**
 * An ad whose case has an outcome, with its current (latest) stored indicator result: what the
 * outcome evaluation reads. `indicators`, `score` and `level` are null for an ad never scored.
 */
export interface OutcomeSample {
  adId: number;
  outcome: CaseOutcome;
  indicators: string[] | null;
  score: number | null;
  level: Level | null;
}

/** A change of a case: status, outcome (null clears it) and/or assignee (null unassigns). */
export type CaseChange = CaseActor & {
  adId: number;
  status?: CaseStatus;
  outcome?: CaseOutcome | null;
  assigneeId?: number | null;
};

/** Who makes a change, and when. */
export interface CaseActor {
  userId: number;
  at: string;
}

export interface CaseworkStore {
  /** Case, x-factor and photo tags of an ad (defaults when nothing was set). */
  getCasework(adId: number): Promise<Casework>;
  /**
   * The worker-set flags of many ads at once (x-factor and photo tags; ads without any are left
   * out), for scoring: these tables, not a previous result, say which worker flags an ad has.
   */
  workerMarksOf(adIds: readonly number[]): Promise<Map<number, WorkerMarks>>;
  /** Case status of many ads at once ('new' for an ad without a case), e.g. for a report's list. */
  caseStatusesOf(adIds: readonly number[]): Promise<Map<number, CaseStatus>>;
  /** The case history of an ad, oldest first. */
  listCaseEvents(adId: number): Promise<CaseEvent[]>;
  /**
   * Changes status, outcome and/or assignee. Only real changes are written, each as a case event
   * and an audit event. Throws NotFoundError for an unknown ad.
   */
  updateCase(change: CaseChange): Promise<AdCase>;
  /**
   * Every ad whose case has an outcome, with its latest stored indicator result, in one query
   * (ads without an outcome are not read), by ad id.
   */
  listOutcomeSamples(): Promise<OutcomeSample[]>;
  /** Sets (or replaces) the x-factor of an ad with its required note. */
  setXFactor(change: CaseActor & { adId: number; note: string }): Promise<XFactorRow>;
  /** Removes the x-factor; false when the ad had none (nothing written). */
  removeXFactor(change: CaseActor & { adId: number }): Promise<boolean>;
  /** Tags a photo of the ad; false when the tag was already there (nothing written). */
  addPhotoTag(change: CaseActor & { adId: number; sha256: string; tag: PhotoTag }): Promise<boolean>;
  /** Removes a photo tag; false when it was not there (nothing written). */
  removePhotoTag(change: CaseActor & { adId: number; sha256: string; tag: PhotoTag }): Promise<boolean>;
  /** True when the photo belongs to some version of the ad. */
  adHasPhoto(adId: number, sha256: string): Promise<boolean>;
  /** Stored indicator results of the ad, oldest first; at most `limit` (default 200) most recent. */
  listScoreHistory(adId: number, limit?: number): Promise<ScoreHistoryEntry[]>;
}
