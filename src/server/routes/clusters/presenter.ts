import { postKindOf, type AdKind } from '../../../extract/index.js';
import type { Evidence, LinkEvidence, Level } from '../../../shared/types.js';
import type { VersionPlace } from '../../../network/history-movement.js';
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
  /** What the post is (see AdKind), shown beside the title as in the ad list. */
  postKind: AdKind;
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
    postKind: postKindOf({ id: ad.key, ...ad.current }),
  };
}

/**
 * Edges from cross-ad evidence; one edge per ad pair and indicator, whichever side reported it.
 * Each side words its reason its own way ("in Odense and Aarhus" / "in Aarhus and Odense", its own
 * photo, its own similarity range), so of a pair only one side's reports are listed: the side
 * whose key sorts first among those that reported the pair for that indicator.
 */
export function clusterEdges(members: ClusterMember[]): ClusterEdgeView[] {
  const idOf = new Map(members.map((m) => [m.ad.key, m.ad.id]));
  /** Per pair and indicator: reporting ad key -> its edges (one per distinct reason). */
  const reports = new Map<string, Map<string, Map<string, ClusterEdgeView>>>();
  for (const { ad, result } of members) {
    for (const fired of result.indicators) {
      if (!crossAdIndicators.includes(fired.id)) continue;
      for (const evidence of fired.evidence) {
        if (!isLinkEvidence(evidence)) continue;
        for (const other of evidence.ads) {
          if (typeof other !== 'string' || other === ad.key) continue;
          const pair = `${[ad.key, other].sort().join('\u0000')}\u0000${fired.id}`;
          const bySide = reports.get(pair) ?? new Map<string, Map<string, ClusterEdgeView>>();
          reports.set(pair, bySide);
          const edges = bySide.get(ad.key) ?? new Map<string, ClusterEdgeView>();
          bySide.set(ad.key, edges);
          const reason = evidence.reason ?? '';
          if (edges.has(reason)) continue;
          edges.set(reason, {
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
  const edges: ClusterEdgeView[] = [];
  for (const bySide of reports.values()) {
    const side = [...bySide.keys()].sort()[0]!;
    edges.push(...bySide.get(side)!.values());
  }
  return edges.sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to) ||
      a.indicator.localeCompare(b.indicator) ||
      (a.reason ?? '').localeCompare(b.reason ?? ''),
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

/** Where an ad advertised when: one stint per version (by its town), or its current place throughout. */
interface Stint {
  from: string;
  to: string;
  city: string | null;
  clinic: string | null;
  address: string | null;
}

/**
 * An ad's stints: each version from its first to its last sighting (the current one to when the
 * ad went or was last seen). Clinic and address are known for the current version only; an
 * older version in the same town shares them. Without versions, the current place throughout.
 */
export function stintsOf(a: ClusterAdView, versions: readonly VersionPlace[] | undefined): Stint[] {
  const end = a.goneAt ?? a.lastSeen;
  if (!versions || versions.length < 2)
    return [{ from: a.firstSeen, to: end, city: a.city, clinic: a.clinic, address: a.address }];
  return versions.map((v, n) => {
    const city = v.city ?? null;
    const here = city === a.city;
    return {
      from: v.firstSeen,
      to: n + 1 < versions.length ? v.lastSeen : end,
      city,
      clinic: here ? a.clinic : null,
      address: here ? a.address : null,
    };
  });
}

/** Per week, the places (town, clinic, address) where the ads of the network were online. */
export function clusterPeriods(
  ads: readonly ClusterAdView[],
  versions: ReadonlyMap<number, readonly VersionPlace[]> = new Map(),
): ClusterPeriod[] {
  const weeks = new Map<number, Map<string, ClusterPeriod['places'][number]>>();
  for (const a of ads) {
    let listed = 0;
    for (const stint of stintsOf(a, versions.get(a.id))) {
      const from = Date.parse(stint.from);
      const to = Date.parse(stint.to);
      if (!Number.isFinite(from)) continue;
      const end = Number.isFinite(to) && to >= from ? to : from;
      for (let w = mondayOf(from); w <= end && listed < maxWeeksPerAd; w += 7 * dayMs, listed++) {
        const places = weeks.get(w) ?? new Map<string, ClusterPeriod['places'][number]>();
        weeks.set(w, places);
        const key = [stint.city, stint.clinic, stint.address].join('\u0000');
        const place = places.get(key) ?? {
          city: stint.city,
          clinic: stint.clinic,
          address: stint.address,
          adIds: [],
        };
        if (!place.adIds.includes(a.id)) place.adIds.push(a.id);
        places.set(key, place);
      }
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

/**
 * The cluster page: `size` is the cluster's whole size, `members` at most `maxAds` of them;
 * `versions`: where and when each edited member advertised (listVersionPlaces), so that a move
 * from one town to another shows in the timeline, the periods and the towns.
 */
export function presentCluster(
  id: string,
  members: ClusterMember[],
  size: number,
  versions: ReadonlyMap<number, readonly VersionPlace[]> = new Map(),
): ClusterView {
  const ads = members.map(presentClusterAd);
  const maxScore = Math.max(0, ...members.map((m) => m.result.score));
  const stints = ads.flatMap((a) => stintsOf(a, versions.get(a.id)).map((s, n) => ({ a, s, n })));
  return {
    id,
    score: maxScore + size,
    adCount: size,
    truncated: size > members.length,
    ads,
    names: distinct(ads.map((a) => a.name)),
    phones: distinct(members.flatMap((m) => m.result.result.extracted.phones)),
    sites: distinct(ads.map((a) => a.site)),
    cities: distinct(stints.map(({ s }) => s.city)),
    clinics: distinct(ads.map((a) => (a.clinic && a.address ? `${a.clinic}, ${a.address}` : a.clinic))),
    // An entry when an ad appears, and when it moves to another town.
    timeline: stints
      .filter(({ a, s, n }) => n === 0 || s.city !== stintsOf(a, versions.get(a.id))[n - 1]!.city)
      .map(({ a, s, n }) => ({
        date: n === 0 ? a.firstSeen : s.from,
        adId: a.id,
        key: a.key,
        city: s.city,
        clinic: s.clinic,
        address: s.address,
        site: a.site,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    periods: clusterPeriods(ads, versions),
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
