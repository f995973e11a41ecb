import type { Evidence, LinkEvidence, Level } from '../../../shared/types.js';
import type { ScannedAd } from './scan.js';

/** The indicators whose evidence links an ad to other ads. */
export const crossAdIndicators = ['shared-contact', 'copied-text', 'reused-images', 'multi-city-movement'];

export interface ClusterAdView {
  id: number;
  key: string;
  title: string | null;
  name: string | null;
  site: string;
  city: string | null;
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
  site: string;
}

export interface ClusterView {
  id: string;
  /** Max ad score plus the number of ads. */
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

export function presentClusterAd({ ad }: ScannedAd): ClusterAdView {
  return {
    id: ad.id,
    key: ad.key,
    title: ad.current.title ?? null,
    name: ad.current.name ?? null,
    site: ad.siteId,
    city: ad.current.city ?? null,
    firstSeen: ad.firstSeen,
    lastSeen: ad.lastSeen,
    goneAt: ad.goneAt,
    level: ad.level,
    score: ad.score,
  };
}

/** Edges from cross-ad evidence; one edge per ad pair and indicator, whichever side reported it. */
export function clusterEdges(members: ScannedAd[]): ClusterEdgeView[] {
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

export function presentCluster(id: string, members: ScannedAd[], truncated: boolean): ClusterView {
  const ads = members.map(presentClusterAd);
  const maxScore = Math.max(0, ...members.map((m) => m.result.score));
  return {
    id,
    score: maxScore + members.length,
    adCount: members.length,
    truncated,
    ads,
    names: distinct(ads.map((a) => a.name)),
    phones: distinct(members.flatMap((m) => m.result.result.extracted.phones)),
    sites: distinct(ads.map((a) => a.site)),
    cities: distinct(ads.map((a) => a.city)),
    timeline: ads
      .map((a) => ({ date: a.firstSeen, adId: a.id, key: a.key, city: a.city, site: a.site }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    edges: clusterEdges(members),
  };
}

export interface SearchHitView extends ClusterAdView {
  cluster: string | null;
}

export interface SearchView {
  kind: 'phone' | 'email';
  ads: SearchHitView[];
  /** Distinct clusters of the matching ads, with how many of the matches are in each. */
  clusters: { id: string; matches: number }[];
  truncated: boolean;
}

export function presentSearch(kind: 'phone' | 'email', found: ScannedAd[], truncated: boolean): SearchView {
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
