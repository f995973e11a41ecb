import { isEarlierAd } from './ad-order.js';
import type { AdFeatures } from './features.js';
import { NetworkIndex } from './network-index.js';
import type { NetworkOptions } from './options.js';
import { UnionFind } from './union-find.js';

/**
 * Incremental linking against a persisted network, as pure functions: the store looks up the
 * stored ads that share a key with the new ads (contacts, LSH bands, photo bands), and these
 * functions decide the links and the cluster changes, with the same rules as `NetworkIndex`
 * (thresholds, bucket scan caps, the older cluster id surviving a merge, new ids from the earliest
 * ad). Nothing here reads more than the candidates, so the cost follows the new ads, not the store.
 */

/** An ad of the persisted network. `features.id` is the ad key (`site:siteAdId`). */
export interface StoredNetworkAd {
  adId: number;
  features: AdFeatures;
  cluster: string | null;
}

/** One persisted link, in one direction (the store keeps both). */
export interface LinkRow {
  adId: number;
  otherId: number;
  type: 'text' | 'image';
  similarity: number | null;
  /** Photo links: the photo of `adId` and of `otherId`; empty for text links. */
  mine: string;
  theirs: string;
}

/** A connected part of the network after the new ads joined it. */
export interface ComponentChange {
  /** New ads and stored ads without a cluster in this component. */
  loose: number[];
  /** The stored cluster that survives (the oldest involved), or null when none is involved. */
  into: string | null;
  /** Younger stored clusters merged into `into`. */
  absorbed: string[];
  /** Key of the earliest loose ad: the seed of a new cluster id when `into` is null. */
  earliestKey: string;
}

export interface LinkPlan {
  links: LinkRow[];
  components: ComponentChange[];
  /** Stored ads linked by text or photo to a new ad (their cross-ad flags may change). */
  touched: number[];
}

export interface PlanInput {
  options: NetworkOptions;
  /** Stored candidates, oldest first; none of them is among `fresh`. */
  candidates: readonly StoredNetworkAd[];
  /** Creation order of every stored cluster that a candidate belongs to. */
  clusterSeq: ReadonlyMap<string, number>;
  /** New or changed ads (changed ones already detached from the network). */
  fresh: readonly { adId: number; features: AdFeatures }[];
}

/** Links new ads to the candidates and to each other, and says how clusters change. */
export function planLinks(input: PlanInput): LinkPlan {
  const index = new NetworkIndex(input.options);
  const idOf = new Map<string, number>();
  const byAd = new Map<number, { features: AdFeatures; cluster: string | null; fresh: boolean }>();
  for (const c of input.candidates) {
    idOf.set(c.features.id, c.adId);
    byAd.set(c.adId, { features: c.features, cluster: c.cluster, fresh: false });
  }
  const fresh = input.fresh.filter((f) => !byAd.has(f.adId));
  for (const f of fresh) {
    idOf.set(f.features.id, f.adId);
    byAd.set(f.adId, { features: f.features, cluster: null, fresh: true });
  }
  // Only the new ads are linked here: stored ads need to be only in the buckets they look in.
  const probes = new Set<number>();
  for (const f of fresh)
    if (f.features.signature) for (const key of index.hasher.bandKeys(f.features.signature)) probes.add(key);
  index.addUnlinked(
    input.candidates.map((c) => c.features),
    probes,
  );
  index.addFeatures(fresh.map((f) => f.features));

  // Union-find over ads and stored clusters (a stored cluster is one node: its members are
  // connected already, even those not loaded). Ads are numbered as first met: components are
  // listed in that order, which decides the order new cluster ids are handed out.
  const uf = new UnionFind();
  const adNode = new Map<number, number>();
  const adOrder: number[] = [];
  const clusterNode = new Map<string, number>();
  const nodeOfAd = (adId: number): number => {
    let n = adNode.get(adId);
    if (n === undefined) {
      n = uf.add();
      adNode.set(adId, n);
      adOrder.push(adId);
    }
    return n;
  };
  for (const c of input.candidates) {
    const n = nodeOfAd(c.adId);
    if (c.cluster === null) continue;
    let k = clusterNode.get(c.cluster);
    if (k === undefined) {
      k = uf.add();
      clusterNode.set(c.cluster, k);
    }
    uf.union(n, k);
  }

  const links: LinkRow[] = [];
  const seen = new Set<string>();
  const touched = new Set<number>();
  const push = (row: LinkRow): void => {
    const key = `${row.adId}|${row.otherId}|${row.type}|${row.mine}|${row.theirs}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push(row);
  };
  for (const f of fresh) {
    const me = nodeOfAd(f.adId);
    const { text, image } = index.linkedAds(f.features.id);
    const partners = new Set<number>();
    for (const l of text) {
      const other = idOf.get(l.id)!;
      partners.add(other);
      push({ adId: f.adId, otherId: other, type: 'text', similarity: l.similarity, mine: '', theirs: '' });
      push({ adId: other, otherId: f.adId, type: 'text', similarity: l.similarity, mine: '', theirs: '' });
    }
    for (const l of image) {
      const other = idOf.get(l.id)!;
      partners.add(other);
      push({ adId: f.adId, otherId: other, type: 'image', similarity: null, mine: l.mine, theirs: l.theirs });
      push({ adId: other, otherId: f.adId, type: 'image', similarity: null, mine: l.theirs, theirs: l.mine });
    }
    for (const other of partners) if (!byAd.get(other)!.fresh) touched.add(other);
    for (const mate of index.contactMates(f.features.id)) partners.add(idOf.get(mate)!);
    for (const other of partners) uf.union(me, nodeOfAd(other));
  }

  // Components that hold a new ad without a cluster.
  const groups = new Map<number, { loose: number[]; clusters: string[]; fresh: boolean }>();
  for (const adId of adOrder) {
    const root = uf.find(adNode.get(adId)!);
    let g = groups.get(root);
    if (!g) {
      g = { loose: [], clusters: [], fresh: false };
      groups.set(root, g);
    }
    const ad = byAd.get(adId)!;
    if (ad.cluster !== null) continue;
    g.loose.push(adId);
    if (ad.fresh) g.fresh = true;
  }
  for (const [cluster, k] of clusterNode) groups.get(uf.find(k))!.clusters.push(cluster);
  const components: ComponentChange[] = [];
  for (const g of groups.values()) {
    if (!g.fresh) continue;
    const clusters = g.clusters.sort(
      (a, b) =>
        (input.clusterSeq.get(a) ?? Infinity) - (input.clusterSeq.get(b) ?? Infinity) || a.localeCompare(b),
    );
    let earliest = byAd.get(g.loose[0]!)!.features;
    for (const adId of g.loose) {
      const f = byAd.get(adId)!.features;
      if (isEarlierAd(f, earliest)) earliest = f;
    }
    components.push({
      loose: g.loose.sort((a, b) => a - b),
      into: clusters[0] ?? null,
      absorbed: clusters.slice(1),
      earliestKey: earliest.id,
    });
  }
  return { links, components, touched: [...touched].sort((a, b) => a - b) };
}

/** A member of a cluster being re-checked after some of its ads left it. */
export interface ClusterMember {
  adId: number;
  key: string;
  time: number | null;
}

export interface SplitResult {
  /** Members that keep the cluster id (the largest part; ties: the part with the earliest ad). */
  keep: number[];
  /** Other parts of two or more ads: each becomes a new cluster. */
  parts: { adIds: number[]; earliestKey: string }[];
  /** Members left alone: no cluster. */
  alone: number[];
}

/**
 * Connected parts of a cluster's remaining members given the edges among them (shared contacts,
 * text and photo links). Used when a changed ad left its cluster: the cluster may fall apart.
 */
export function splitCluster(
  members: readonly ClusterMember[],
  edges: readonly [number, number][],
): SplitResult {
  const uf = new UnionFind();
  const at = new Map<number, number>();
  for (const m of members) at.set(m.adId, uf.add());
  for (const [a, b] of edges) {
    const x = at.get(a);
    const y = at.get(b);
    if (x !== undefined && y !== undefined) uf.union(x, y);
  }
  const parts = new Map<number, ClusterMember[]>();
  for (const m of members) {
    const root = uf.find(at.get(m.adId)!);
    const list = parts.get(root) ?? [];
    list.push(m);
    parts.set(root, list);
  }
  const earliestOf = (list: ClusterMember[]): ClusterMember =>
    list.reduce((e, m) => (isEarlierAd({ time: m.time, id: m.key }, { time: e.time, id: e.key }) ? m : e));
  const ordered = [...parts.values()].sort((a, b) => {
    if (b.length !== a.length) return b.length - a.length;
    const ea = earliestOf(a);
    const eb = earliestOf(b);
    return isEarlierAd({ time: ea.time, id: ea.key }, { time: eb.time, id: eb.key }) ? -1 : 1;
  });
  const result: SplitResult = { keep: [], parts: [], alone: [] };
  ordered.forEach((list, n) => {
    const ids = list.map((m) => m.adId).sort((a, b) => a - b);
    if (list.length < 2) result.alone.push(...ids);
    else if (n === 0) result.keep = ids;
    else result.parts.push({ adIds: ids, earliestKey: earliestOf(list).key });
  });
  result.alone.sort((a, b) => a - b);
  return result;
}
