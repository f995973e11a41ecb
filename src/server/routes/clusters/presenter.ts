import type { Evidence, LinkEvidence, Level } from '../../../shared/types.js';
import type { ClusterMember } from './members.js';

/** The indicators whose evidence links an ad to other ads. */
export const crossAdIndicators = ['shared-contact', 'copied-text', 'reused-images', 'multi-city-movement'];

export interface ClusterAdView {
  id: number;
  key: string;
  title: string | null;
  name: string | null;
  site: string;
  city: string | null;
  /** Clinic or venue and its address, where the site groups persons by place. */
  clinic: string | null;
  address: string | null;
  firstSeen: string;
  lastSeen: string;
  goneAt: string | null;
  level: Level | null;
  score: number | null;
}

export interface ClusterEdgeView {
  /** Ad keys; `toId` is set when the linked ad is in this cluster (and so in `ads`). */
  from: string;
  to: string;
  fromId: number;
  toId: number | null;
  indicator: string;
  reason: string | null;
}

export interface ClusterTimelineEntry {
  date: string;
  adId: number;
  key: string;
  city: string | null;
  clinic: string | null;
  address: string | null;
  site: string;
}

/** Where the network advertised in one week: each place (town, clinic, address) with its ads. */
export interface ClusterPeriod {
  /** Monday of the week (UTC), `YYYY-MM-DD`. */
  week: string;
  places: { city: string | null; clinic: string | null; address: string | null; adIds: number[] }[];
}

export interface ClusterView {
  id: string;
  /** Max ad score plus the number of ads (a ranking aid, not a finding). */
  score: number;
  adCount: number;
  /** True when the cluster has more ads than listed. */
  truncated: boolean;
  ads: ClusterAdView[];
  names: string[];
  phones: string[];
  sites: string[];
  cities: string[];
  timeline: ClusterTimelineEntry[];
  /** Weeks in which the ads were online (first to last seen), oldest first. */
  periods: ClusterPeriod[];
  clinics: string[];
  edges: ClusterEdgeView[];
}

export function isLinkEvidence(e: Evidence): e is LinkEvidence {
  return 'ads' in e && Array.isArray(e.ads);
}

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].sort((a, b) =>
    a.localeCompare(b, 'da'),
  );
}

export function presentClusterAd({ ad }: ClusterMember): ClusterAdView {
  return {
    id: ad.id,
    key: ad.key,
    title: ad.current.title ?? null,
    name: ad.current.name ?? null,
    site: ad.siteId,
    city: ad.current.city ?? null,
    clinic: ad.current.clinic ?? null,
    address: ad.current.address ?? null,
    firstSeen: ad.firstSeen,
    lastSeen: ad.lastSeen,
    goneAt: ad.goneAt,
    level: ad.level,
    score: ad.score,
  };
}

/** Edges from cross-ad evidence; one edge per ad pair and indicator, whichever side reported it. */
export function clusterEdges(members: ClusterMember[]): ClusterEdgeView[] {
  const idOf = new Map(members.map((m) => [m.ad.key, m.ad.id]));
  const seen = new Set<string>();
  const edges: ClusterEdgeView[] = [];
  for (const { ad, result } of members) {
    for (const fired of result.indicators) {
      if (!crossAdIndicators.includes(fired.id)) continue;
      for (const evidence of fired.evidence) {
        if (!isLinkEvidence(evidence)) continue;
        for (const other of evidence.ads) {
          if (typeof other !== 'string' || other === ad.key) continue;
          const pair = [ad.key, other].sort().join('\u0000');
          const dedupe = `${pair}\u0000${fired.id}\u0000${evidence.reason ?? ''}`;
          if (seen.has(dedupe)) continue;
          seen.add(dedupe);
          edges.push({
            from: ad.key,
            to: other,
            fromId: ad.id,
            toId: idOf.get(other) ?? null,
            indicator: fired.id,
            reason: evidence.reason ?? null,
          });
        }
      }
    }
  }
  return edges.sort(
    (a, b) =>
      a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.indicator.localeCompare(b.indicator),
  );
}

const dayMs = 86_400_000;
/** Weeks listed per ad at most: an ad online for years must not make the answer huge. */
const maxWeeksPerAd = 104;

function mondayOf(time: number): number {
  const day = Math.floor(time / dayMs);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  return (day - ((day + 3) % 7)) * dayMs;
}

/** Per week, the places (town, clinic, address) where the ads of the network were online. */
export function clusterPeriods(ads: readonly ClusterAdView[]): ClusterPeriod[] {
  const weeks = new Map<number, Map<string, ClusterPeriod['places'][number]>>();
  for (const a of ads) {
    const from = Date.parse(a.firstSeen);
    const to = Date.parse(a.goneAt ?? a.lastSeen);
    if (!Number.isFinite(from)) continue;
    const end = Number.isFinite(to) && to >= from ? to : from;
    for (let w = mondayOf(from), n = 0; w <= end && n < maxWeeksPerAd; w += 7 * dayMs, n++) {
      const places = weeks.get(w) ?? new Map<string, ClusterPeriod['places'][number]>();
      weeks.set(w, places);
      const key = [a.city, a.clinic, a.address].join('\u0000');
      const place = places.get(key) ?? { city: a.city, clinic: a.clinic, address: a.address, adIds: [] };
      place.adIds.push(a.id);
      places.set(key, place);
    }
  }
  return [...weeks]
    .sort((x, y) => x[0] - y[0])
    .map(([w, places]) => ({
      week: new Date(w).toISOString().slice(0, 10),
      places: [...places.values()].sort(
        (x, y) =>
          (x.city ?? '').localeCompare(y.city ?? '', 'da') ||
          (x.clinic ?? '').localeCompare(y.clinic ?? '', 'da'),
      ),
    }));
}

/** The cluster page: `size` is the cluster's whole size, `members` at most `maxAds` of them. */
export function presentCluster(id: string, members: ClusterMember[], size: number): ClusterView {
  const ads = members.map(presentClusterAd);
  const maxScore = Math.max(0, ...members.map((m) => m.result.score));
  return {
    id,
    score: maxScore + size,
    adCount: size,
    truncated: size > members.length,
    ads,
    names: distinct(ads.map((a) => a.name)),
    phones: distinct(members.flatMap((m) => m.result.result.extracted.phones)),
    sites: distinct(ads.map((a) => a.site)),
    cities: distinct(ads.map((a) => a.city)),
    clinics: distinct(ads.map((a) => (a.clinic && a.address ? `${a.clinic}, ${a.address}` : a.clinic))),
    timeline: ads
      .map((a) => ({
        date: a.firstSeen,
        adId: a.id,
        key: a.key,
        city: a.city,
        clinic: a.clinic,
        address: a.address,
        site: a.site,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    periods: clusterPeriods(ads),
    edges: clusterEdges(members),
  };
}

export interface SearchHitView extends ClusterAdView {
  cluster: string | null;
}

export interface SearchView {
  kind: 'phone' | 'email' | 'handle';
  ads: SearchHitView[];
  /** Distinct clusters of the matching ads, with how many of the matches are in each. */
  clusters: { id: string; matches: number }[];
  truncated: boolean;
}

export function presentSearch(
  kind: SearchView['kind'],
  found: ClusterMember[],
  truncated: boolean,
): SearchView {
  const counts = new Map<string, number>();
  for (const { result } of found) {
    const c = result.result.cluster;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return {
    kind,
    ads: found.map((m) => ({ ...presentClusterAd(m), cluster: m.result.result.cluster ?? null })),
    clusters: [...counts].map(([id, matches]) => ({ id, matches })).sort((a, b) => b.matches - a.matches),
    truncated,
  };
}
