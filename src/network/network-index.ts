import type { PreparedAd } from '../indicators/define.js';
import { isEarlierAd } from './ad-order.js';
import type { FiredIndicator } from '../shared/types.js';
import {
  crossAdIndicators,
  networkLinks,
  type NetworkLink,
  type NetworkView,
  type StoredAd,
} from './cross-ad.js';
import { BucketTable } from './bucket-table.js';
import { adFeatures, type AdFeatures } from './features.js';
import { shortHash } from './hash.js';
import { estimateJaccard, MinHasher } from './minhash.js';
import { resolveNetworkOptions, type NetworkOptions } from './options.js';
import { hammingDistance, phashBands } from './phash.js';
import { fromSerialised, toSerialised, type ClusterInfo, type SerialisedNetwork } from './serialise.js';
import { UnionFind } from './union-find.js';

/** Shared by the ads without a known move (most): no array per ad. */
const NONE: readonly string[] = Object.freeze([]);

/** What one `addAds` call changed: ads added and clusters that merged (the older id survives). */
export interface AddResult {
  added: number;
  merged: { from: string; into: string }[];
}

/**
 * The link graph of all ads seen so far, updated incrementally: contact maps, MinHash LSH
 * buckets and photo-hash buckets only grow, and union-find joins clusters as links appear,
 * so adding 1,000 ads to a million costs about what linking those 1,000 costs.
 */
export class NetworkIndex implements NetworkView {
  readonly options: NetworkOptions;
  readonly hasher: MinHasher;
  private readonly ads: StoredAd[] = [];
  private readonly byId = new Map<string, number>();
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  private readonly keyAds: number[][] = [];
  private sigs: Uint32Array;
  /** LSH buckets of all bands; entry `i * bands + b` is band `b` of ad `i`. */
  private readonly buckets = new BucketTable();
  private readonly imgBuckets = new Map<number, number[]>();
  private readonly imgAd: number[] = [];
  private readonly imgNo: number[] = [];
  private readonly textLinkMap = new Map<number, { other: number; similarity: number }[]>();
  private readonly imageLinkMap = new Map<number, { other: number; mine: string; theirs: string }[]>();
  private readonly uf = new UnionFind();
  private readonly earliest: number[] = [];
  private readonly clusters = new Map<number, ClusterInfo>();
  private readonly usedClusterIds = new Set<string>();
  private nextSeq = 0;
  /** False while `addUnlinked` runs: ads are indexed but not compared. */
  private linking = true;
  /** While `addUnlinked` runs: the only text buckets that take its ads (null: all). */
  private probes: ReadonlySet<number> | null = null;
  private stamp = new Int32Array(1024);
  private stampNo = 0;

  constructor(options: Partial<NetworkOptions> = {}) {
    this.options = resolveNetworkOptions(options);
    this.hasher = new MinHasher(this.options.minhash);
    this.sigs = new Uint32Array(1024 * this.hasher.k);
  }

  /** Number of ads in the index. */
  get size(): number {
    return this.ads.length;
  }

  /** Prepares, links and clusters new ads. Ads whose id is already indexed are skipped. */
  addAds(prepared: Iterable<PreparedAd>): AddResult {
    const features: AdFeatures[] = [];
    for (const p of prepared) features.push(adFeatures(p, this.hasher, this.options.minCopyWords));
    return this.addFeatures(features);
  }

  /** Links ads whose features were computed beforehand (`adFeatures(prepared, index.hasher)`). */
  addFeatures(features: Iterable<AdFeatures>, presetClusters?: Map<string, ClusterInfo>): AddResult {
    const touched: number[] = [];
    const merged: AddResult['merged'] = [];
    for (const f of features) {
      if (this.byId.has(f.id)) continue;
      touched.push(this.insert(f, merged));
    }
    if (presetClusters) {
      // Each component keeps the oldest id among its members' former clusters; an id that a
      // component split off from kept is not given twice. As a split in the store (splitCluster)
      // the largest part keeps a shared id, and a lone ad (no network) keeps none.
      const best = new Map<number, ClusterInfo>();
      for (const i of touched) {
        const preset = presetClusters.get(this.ads[i]!.id);
        if (!preset) continue;
        this.nextSeq = Math.max(this.nextSeq, preset.seq + 1);
        const root = this.uf.find(i);
        if (this.clusters.has(root) || this.uf.sizeOf(root) < 2) continue;
        const current = best.get(root);
        if (!current || preset.seq < current.seq) best.set(root, preset);
      }
      const ranked = [...best].sort(
        (a, b) =>
          a[1].seq - b[1].seq ||
          this.uf.sizeOf(b[0]) - this.uf.sizeOf(a[0]) ||
          (this.isEarlier(this.earliest[a[0]]!, this.earliest[b[0]]!) ? -1 : 1),
      );
      for (const [root, preset] of ranked) {
        if (this.usedClusterIds.has(preset.id)) continue;
        this.clusters.set(root, preset);
        this.usedClusterIds.add(preset.id);
      }
    }
    for (const i of touched) {
      const root = this.uf.find(i);
      if (this.clusters.has(root) || this.uf.sizeOf(root) < 2) continue;
      let id = `c-${shortHash(this.ads[this.earliest[root]!]!.id)}`;
      for (let n = 2; this.usedClusterIds.has(id); n++)
        id = `c-${shortHash(this.ads[this.earliest[root]!]!.id)}-${n}`;
      this.usedClusterIds.add(id);
      this.clusters.set(root, { id, seq: this.nextSeq++ });
    }
    return { added: touched.length, merged };
  }

  /**
   * Indexes ads that were linked before (loaded from the store) without comparing them with
   * each other: later ads are compared with them as usual. Their clusters are not formed here.
   * `probes`: when only the ads added next will be linked, the text buckets those ads fall in;
   * the loaded ads then enter only these buckets (the same members in the same order where the
   * next ads look, and a fraction of the work: a loaded ad shares one or two of its ~24 buckets).
   */
  addUnlinked(features: Iterable<AdFeatures>, probes?: ReadonlySet<number>): void {
    this.linking = false;
    this.probes = probes ?? null;
    try {
      for (const f of features) if (!this.byId.has(f.id)) this.insert(f, []);
    } finally {
      this.linking = true;
      this.probes = null;
    }
  }

  private insert(f: AdFeatures, merged: AddResult['merged']): number {
    const i = this.uf.add();
    this.earliest[i] = i;
    // Arrays by `map` or as literals, not grown from empty by `push`: that keeps room for ~17
    // ids, ~150 bytes per ad and per contact that a million-ad index holds for good (most contacts
    // have one ad).
    const keys = f.keys.map((key) => {
      let k = this.keyIds.get(key);
      if (k === undefined) {
        k = this.keyNames.length;
        this.keyIds.set(key, k);
        this.keyNames.push(key);
        this.keyAds.push([i]);
      }
      return k;
    });
    this.ads.push({
      id: f.id,
      name: f.name,
      city: f.city,
      time: f.time,
      keys,
      hasText: f.signature !== null,
      images: f.images,
      movedFrom: f.movedFrom ?? NONE,
    });
    this.byId.set(f.id, i);
    for (const k of keys) {
      const members = this.keyAds[k]!;
      // A contact first seen with this ad was made with it as its member.
      if (members[0] === i) continue;
      if (this.linking) this.join(i, members[0]!, merged);
      members.push(i);
    }
    if (f.signature) this.linkText(i, f.signature, merged);
    this.linkImages(i, merged);
    return i;
  }

  private nextStamp(): number {
    if (this.stamp.length < this.ads.length) {
      const s = new Int32Array(this.stamp.length * 2 + this.ads.length);
      s.set(this.stamp);
      this.stamp = s;
    }
    return ++this.stampNo;
  }

  private linkText(i: number, sig: Uint32Array, merged: AddResult['merged']): void {
    const k = this.hasher.k;
    if (this.sigs.length < (i + 1) * k) {
      const grown = new Uint32Array(Math.max(this.sigs.length * 2, (i + 1) * k));
      grown.set(this.sigs);
      this.sigs = grown;
    }
    this.sigs.set(sig, i * k);
    const bandKeys = this.hasher.bandKeys(sig);
    if (!this.linking) {
      // Loaded ads are only indexed (see `addUnlinked`): no bucket is read.
      for (let b = 0; b < bandKeys.length; b++) {
        const key = bandKeys[b]!;
        if (this.probes === null || this.probes.has(key)) this.buckets.add(key, i * bandKeys.length + b);
      }
      return;
    }
    const stamp = this.nextStamp();
    const { maxBucketScan, maxCandidates, maxEvidenceAds, textThreshold } = this.options;
    let budget = maxCandidates;
    let found = 0;
    const bands = bandKeys.length;
    for (let b = 0; b < bands; b++) {
      const key = bandKeys[b]!;
      let seen = 0;
      for (
        let e = this.buckets.head(key);
        e !== -1 && seen < maxBucketScan && budget > 0 && found < maxEvidenceAds;
        e = this.buckets.previous(e), seen++
      ) {
        const c = Math.floor(e / bands);
        if (this.stamp[c] === stamp) continue;
        this.stamp[c] = stamp;
        budget--;
        const similarity = estimateJaccard(this.sigs, i * k, this.sigs, c * k, k);
        if (similarity >= textThreshold) {
          found++;
          this.pushLink(this.textLinkMap, i, { other: c, similarity });
          this.pushLink(this.textLinkMap, c, { other: i, similarity });
          this.join(i, c, merged);
        }
      }
      this.buckets.add(key, i * bands + b);
    }
  }

  private linkImages(i: number, merged: AddResult['merged']): void {
    const images = this.ads[i]!.images;
    for (let m = 0; m < images.length; m++) {
      const img = images[m]!;
      const stamp = this.nextStamp();
      for (const band of this.linking ? phashBands(img.hash) : []) {
        // Exact band plus its 16 one-bit neighbours: two hashes within 7 bits always share a
        // band with at most one differing bit (pigeonhole over 4 bands).
        for (let flip = -1; flip < 16; flip++) {
          const probe = flip < 0 ? band : band ^ (1 << flip);
          const list = this.imgBuckets.get(probe);
          if (!list) continue;
          for (let n = list.length - 1, seen = 0; n >= 0 && seen < this.options.maxBucketScan; n--, seen++) {
            const e = list[n]!;
            const other = this.imgAd[e]!;
            if (other === i || this.stamp[other] === stamp) continue;
            const theirs = this.ads[other]!.images[this.imgNo[e]!]!;
            if (hammingDistance(img.hash, theirs.hash) > this.options.phashThreshold) continue;
            this.stamp[other] = stamp;
            this.pushLink(this.imageLinkMap, i, { other, mine: img.id, theirs: theirs.id });
            this.pushLink(this.imageLinkMap, other, { other: i, mine: theirs.id, theirs: img.id });
            this.join(i, other, merged);
          }
        }
      }
      const e = this.imgAd.length;
      this.imgAd.push(i);
      this.imgNo.push(m);
      for (const band of phashBands(img.hash)) {
        const list = this.imgBuckets.get(band);
        if (list) list.push(e);
        else this.imgBuckets.set(band, [e]);
      }
    }
  }

  private pushLink<T>(map: Map<number, T[]>, i: number, link: T): void {
    const list = map.get(i);
    if (list) list.push(link);
    else map.set(i, [link]);
  }

  private isEarlier(a: number, b: number): boolean {
    return isEarlierAd(this.ads[a]!, this.ads[b]!);
  }

  private join(a: number, b: number, merged: AddResult['merged']): void {
    const roots = this.uf.union(a, b);
    if (!roots) return;
    const [kept, absorbed] = roots;
    if (this.isEarlier(this.earliest[absorbed]!, this.earliest[kept]!))
      this.earliest[kept] = this.earliest[absorbed]!;
    const ck = this.clusters.get(kept);
    const ca = this.clusters.get(absorbed);
    this.clusters.delete(absorbed);
    if (ca && ck) {
      const [older, younger] = ca.seq < ck.seq ? [ca, ck] : [ck, ca];
      this.clusters.set(kept, older);
      merged.push({ from: younger.id, into: older.id });
    } else if (ca) {
      this.clusters.set(kept, ca);
    }
  }

  /** Cluster id of an ad, or null when the ad is unlinked or unknown. */
  clusterOf(adId: string): string | null {
    const i = this.byId.get(adId);
    if (i === undefined) return null;
    return this.clusters.get(this.uf.find(i))?.id ?? null;
  }

  /** The features an ad was linked with (a copy), or null for an unknown ad. */
  featuresOf(adId: string): AdFeatures | null {
    const i = this.byId.get(adId);
    if (i === undefined) return null;
    const a = this.ads[i]!;
    const k = this.hasher.k;
    return {
      id: a.id,
      name: a.name,
      city: a.city,
      time: a.time,
      keys: a.keys.map((key) => this.keyNames[key]!),
      signature: a.hasText ? this.sigs.slice(i * k, (i + 1) * k) : null,
      images: a.images.map((img) => ({ ...img })),
      ...(a.movedFrom.length > 0 ? { movedFrom: [...a.movedFrom] } : {}),
    };
  }

  /** Position of an ad in the order it was added (0-based), or -1 for an unknown ad. */
  positionOf(adId: string): number {
    return this.byId.get(adId) ?? -1;
  }

  /** Cluster id and creation order of an ad's cluster, or null (unlinked or unknown ad). */
  clusterInfoOf(adId: string): ClusterInfo | null {
    const i = this.byId.get(adId);
    if (i === undefined) return null;
    return this.clusters.get(this.uf.find(i)) ?? null;
  }

  /**
   * The text and photo links of an ad by ad id, for persisting the network. Contact links are
   * not listed: ads sharing a key are found by the key.
   */
  linkedAds(adId: string): {
    text: { id: string; similarity: number }[];
    image: { id: string; mine: string; theirs: string }[];
  } {
    const i = this.byId.get(adId);
    if (i === undefined) return { text: [], image: [] };
    return {
      text: this.textLinks(i).map((l) => ({ id: this.ads[l.other]!.id, similarity: l.similarity })),
      image: this.imageLinks(i).map((l) => ({ id: this.ads[l.other]!.id, mine: l.mine, theirs: l.theirs })),
    };
  }

  /** Ids of the ads that share a contact key with the ad (in the order they were added). */
  contactMates(adId: string): string[] {
    const i = this.byId.get(adId);
    if (i === undefined) return [];
    const mates = new Set<string>();
    for (const k of this.ads[i]!.keys)
      for (const j of this.keyAds[k]!) if (j !== i) mates.add(this.ads[j]!.id);
    return [...mates];
  }

  /** The four cross-ad indicators that fire on an ad (empty for unknown ads). */
  indicatorsFor(adId: string): FiredIndicator[] {
    const i = this.byId.get(adId);
    return i === undefined ? [] : crossAdIndicators(this, i);
  }

  /** Links of an ad with their readable reasons (capped per kind by `maxEvidenceAds`). */
  linksOf(adId: string): NetworkLink[] {
    const i = this.byId.get(adId);
    return i === undefined ? [] : networkLinks(this, i);
  }

  /** Plain JSON of the whole index; `NetworkIndex.fromJSON` rebuilds it with the same cluster ids. */
  toJSON(): SerialisedNetwork {
    const clusterInfo = (i: number) => this.clusters.get(this.uf.find(i)) ?? null;
    return toSerialised(
      this.options,
      this.ads,
      (i) => this.sigs.subarray(i * this.hasher.k, (i + 1) * this.hasher.k),
      clusterInfo,
      this.keyNames,
    );
  }

  static fromJSON(json: SerialisedNetwork): NetworkIndex {
    const { options, features, clusters } = fromSerialised(json);
    const index = new NetworkIndex(options);
    index.addFeatures(features, clusters);
    return index;
  }

  // NetworkView, read by cross-ad.ts.
  ad(i: number): StoredAd {
    return this.ads[i]!;
  }
  keyName(k: number): string {
    return this.keyNames[k]!;
  }
  keyMembers(k: number): readonly number[] {
    return this.keyAds[k]!;
  }
  textLinks(i: number): readonly { other: number; similarity: number }[] {
    return this.textLinkMap.get(i) ?? [];
  }
  imageLinks(i: number): readonly { other: number; mine: string; theirs: string }[] {
    return this.imageLinkMap.get(i) ?? [];
  }
}
