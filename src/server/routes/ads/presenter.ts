import { postKindOf, type AdKind } from '../../../extract/index.js';
import type { AdReview, Evidence, ExtractedFacts, Level } from '../../../shared/types.js';
import type {
  AdRow,
  AdSnapshot,
  AdVersionRow,
  NoteRow,
  StoredIndicatorResult,
} from '../../../store/repository.js';
import type { CaseworkView, ScoreHistoryView } from '../casework/presenter.js';
import type { IndicatorInfo } from '../deps.js';

/** One row of the ad list. */
export interface AdSummaryView {
  id: number;
  key: string;
  site: string;
  title: string | null;
  name: string | null;
  city: string | null;
  firstSeen: string;
  lastSeen: string;
  status: 'active' | 'gone';
  score: number | null;
  level: Level | null;
  /**
   * What the post is (see AdKind): no detector runs on a client's post, a support service's or a
   * worker's warning, so the list and the ad page say so instead of showing a plain green.
   */
  postKind: AdKind;
}

export function presentAdSummary(ad: AdRow): AdSummaryView {
  return {
    id: ad.id,
    key: ad.key,
    site: ad.siteId,
    title: ad.current.title ?? null,
    name: ad.current.name ?? null,
    city: ad.current.city ?? null,
    firstSeen: ad.firstSeen,
    lastSeen: ad.lastSeen,
    status: ad.goneAt ? 'gone' : 'active',
    score: ad.score,
    level: ad.level,
    postKind: postKindOf({ id: ad.key, ...ad.current }),
  };
}

/** The content fields of a version, as plain strings (ad text is never HTML). */
export interface SnapshotView {
  title: string | null;
  text: string | null;
  name: string | null;
  age: string | null;
  city: string | null;
  postedAt: string | null;
  phones: string[];
  emails: string[];
  profileId: string | null;
  nationality: string | null;
  languages: string[];
  services: string[];
  prices: string[];
  hours: string | null;
  clinic: string | null;
  address: string | null;
  photos: { sha256: string; url: string }[];
}

function photoUrl(sha256: string): string {
  return `/api/photos/${sha256}`;
}

export function presentSnapshot(s: AdSnapshot): SnapshotView {
  return {
    title: s.title ?? null,
    text: s.text ?? null,
    name: s.name ?? null,
    age: s.age === null || s.age === undefined ? null : String(s.age),
    city: s.city ?? null,
    postedAt: s.posted_at ?? null,
    phones: s.phones ?? [],
    emails: s.emails ?? [],
    profileId: s.profile_id ?? null,
    nationality: s.nationality ?? null,
    languages: s.languages ?? [],
    services: s.services ?? [],
    prices: s.prices ?? [],
    hours: s.hours ?? null,
    clinic: s.clinic ?? null,
    address: s.address ?? null,
    photos: s.photoHashes.map((sha256) => ({ sha256, url: photoUrl(sha256) })),
  };
}

export interface FiredIndicatorView {
  id: string;
  weight: number;
  labels: { da: string; en: string };
  descriptions: { da: string; en: string } | null;
  evidence: Evidence[];
}

export interface IndicatorResultView {
  score: number;
  level: Level;
  computedAt: string;
  configVersion: string;
  fired: FiredIndicatorView[];
  extracted: ExtractedFacts | null;
  /** Network (cluster) id from the analysis, if the ad is linked to others. */
  cluster: string | null;
}

export function presentIndicatorResult(
  result: StoredIndicatorResult,
  catalogue: ReadonlyMap<string, IndicatorInfo>,
): IndicatorResultView {
  return {
    score: result.score,
    level: result.level,
    computedAt: result.computedAt,
    configVersion: result.configVersion,
    // Heaviest first: the worker reads the strongest points of attention first.
    fired: [...result.indicators]
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
      .map((f) => {
        const info = catalogue.get(f.id);
        return {
          id: f.id,
          weight: f.weight,
          labels: info?.labels ?? { da: f.id, en: f.id },
          descriptions: info?.descriptions ?? null,
          evidence: f.evidence,
        };
      }),
    extracted: result.result.extracted,
    cluster: result.result.cluster ?? null,
  };
}

export interface VersionView {
  number: number;
  firstSeen: string;
  lastSeen: string;
  changedFields: string[];
  snapshot: SnapshotView;
}

export interface NoteView {
  id: number;
  author: string;
  body: string;
  createdAt: string;
}

export function presentNote(note: NoteRow, author: string): NoteView {
  return { id: note.id, author, body: note.body, createdAt: note.createdAt };
}

/** The ad page: everything a worker needs to judge one ad, nothing internal. */
export interface AdDetailView extends AdSummaryView {
  url: string;
  goneAt: string | null;
  versionCount: number;
  current: SnapshotView;
  versions: VersionView[];
  reviews: { id: string; postedAt: string | null; text: string | null }[];
  indicators: IndicatorResultView | null;
  notes: NoteView[];
  /** Status, assignee, x-factor, photo tags and the history of changes (#5). */
  casework: CaseworkView;
  /** Every stored result of the ad, newest first. */
  scoreHistory: ScoreHistoryView[];
}

export function presentAdDetail(input: {
  ad: AdRow;
  versions: AdVersionRow[];
  reviews: AdReview[];
  result: StoredIndicatorResult | null;
  notes: NoteView[];
  casework: CaseworkView;
  scoreHistory: ScoreHistoryView[];
  catalogue: ReadonlyMap<string, IndicatorInfo>;
}): AdDetailView {
  const { ad } = input;
  return {
    ...presentAdSummary(ad),
    url: ad.url,
    goneAt: ad.goneAt,
    versionCount: ad.versionCount,
    current: presentSnapshot(ad.current),
    versions: [...input.versions]
      .sort((a, b) => b.number - a.number)
      .map((v) => ({
        number: v.number,
        firstSeen: v.firstSeen,
        lastSeen: v.lastSeen,
        changedFields: v.changedFields,
        snapshot: presentSnapshot(v.snapshot),
      })),
    reviews: input.reviews.map((r) => ({ id: r.id, postedAt: r.posted_at ?? null, text: r.text ?? null })),
    indicators: input.result ? presentIndicatorResult(input.result, input.catalogue) : null,
    notes: input.notes,
    casework: input.casework,
    scoreHistory: input.scoreHistory,
  };
}
