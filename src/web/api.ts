import type { AdDetailView, AdSummaryView, NoteView } from '../server/routes/ads/presenter.js';
import type { ColleagueView } from '../server/routes/casework/presenter.js';
import type { CaseOutcome, CaseStatus, PhotoTag } from '../store/casework-store.js';
import type { ClusterView, SearchView } from '../server/routes/clusters/presenter.js';
import type { EvaluationView } from '../server/routes/evaluation/presenter.js';
import type { MeView } from '../server/routes/session/presenter.js';
import type { RunView, SiteHealthView } from '../server/routes/sites/presenter.js';
import type { FacetsView, StatsView } from '../server/routes/stats/presenter.js';
import type { TodayView } from '../server/routes/today/presenter.js';

/**
 * The dashboard's only door to the server. Types come from the server's presenters, so a field
 * the server stops sending fails the type check here. Every write carries the CSRF header.
 */
export type {
  AdDetailView,
  AdSummaryView,
  ClusterView,
  ColleagueView,
  EvaluationView,
  FacetsView,
  MeView,
  NoteView,
  RunView,
  SearchView,
  SiteHealthView,
  StatsView,
  TodayView,
};

/** An error answer of the API. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Called when any request answers 401, so the app can show the login page. */
let onUnauthenticated: () => void = () => undefined;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-opspor-request'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    if (res.status === 401 && path !== '/api/session') onUnauthenticated();
    throw new ApiError(res.status, error?.code ?? 'HTTP', error?.message ?? res.statusText);
  }
  return data as T;
}

/** Filters of the ad list, as in the URL query. */
export interface AdFilters {
  site?: string;
  city?: string;
  status?: 'active' | 'gone' | 'all';
  level?: 'red' | 'yellow' | 'green';
  seenFrom?: string;
  seenTo?: string;
  q?: string;
  // triage (#5); the server validates each (see listAdsQuery)
  scoreMin?: string;
  scoreMax?: string;
  firstFrom?: string;
  firstTo?: string;
  indicator?: string;
  nationality?: string;
  language?: string;
  phone?: string;
  followUp?: string;
  assignee?: 'me';
  sort?: 'score' | 'lastSeen' | 'firstSeen' | 'city';
  dir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const api = {
  me: () => request<MeView>('GET', '/api/me'),
  login: (username: string, password: string) =>
    request<MeView>('POST', '/api/session', { username, password }),
  logout: () => request<undefined>('DELETE', '/api/session'),
  ads: (filters: AdFilters) =>
    request<{ total: number; totalCapped: boolean; limit: number; offset: number; ads: AdSummaryView[] }>(
      'GET',
      `/api/ads${query({ ...filters })}`,
    ),
  ad: (id: number) => request<AdDetailView>('GET', `/api/ads/${id}`),
  addNote: (id: number, body: string) => request<NoteView>('POST', `/api/ads/${id}/notes`, { body }),
  // casework (#5): each write answers with the whole, re-ranked ad
  colleagues: () => request<{ colleagues: ColleagueView[] }>('GET', '/api/colleagues'),
  updateCase: (
    id: number,
    change: { status?: CaseStatus; outcome?: CaseOutcome | null; assigneeId?: number | null },
  ) => request<AdDetailView>('PUT', `/api/ads/${id}/case`, change),
  setXFactor: (id: number, note: string) => request<AdDetailView>('PUT', `/api/ads/${id}/x-factor`, { note }),
  removeXFactor: (id: number) => request<AdDetailView>('DELETE', `/api/ads/${id}/x-factor`),
  tagPhoto: (id: number, sha256: string, tag: PhotoTag, on: boolean) =>
    request<AdDetailView>(on ? 'PUT' : 'DELETE', `/api/ads/${id}/photos/${sha256}/tags/${tag}`),
  cluster: (id: string) => request<ClusterView>('GET', `/api/clusters/${encodeURIComponent(id)}`),
  search: (contact: string) => request<SearchView>('GET', `/api/search${query({ contact })}`),
  cities: () => request<{ cities: string[] }>('GET', '/api/cities'),
  sites: () => request<{ sites: SiteHealthView[] }>('GET', '/api/sites'),
  runs: (site?: string) => request<{ runs: RunView[] }>('GET', `/api/runs${query({ site })}`),
  today: () => request<TodayView>('GET', '/api/today'),
  markTodaySeen: (until: string) => request<{ since: string }>('POST', '/api/today/seen', { until }),
  stats: (days: number) => request<StatsView>('GET', `/api/stats${query({ days })}`),
  facets: () => request<FacetsView>('GET', '/api/facets'),
  evaluation: () => request<EvaluationView>('GET', '/api/evaluation'),
};
