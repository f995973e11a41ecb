import type { AdFeatures } from '../network/features.js';
import type { LinkRow } from '../network/incremental.js';
import type { NetworkOptions } from '../network/options.js';
import type { NetworkNeighbourhood } from '../network/persisted-view.js';
import type { StoredIndicatorResult } from './repository.js';

/** An ad's network features as of one of its versions. */
export interface NetworkAdInput {
  adId: number;
  /** `ads.latest_version_id` the features were computed from. */
  versionId: number | null;
  /** `features.id` is the ad key (`site:siteAdId`). */
  features: AdFeatures;
}

export interface NetworkUpdateResult {
  /**
   * The given ads, then every stored ad whose cluster or cross-ad evidence may have changed
   * (linked to a given ad, sharing a contact with one, or in a merged or split cluster). All of
   * them are marked for re-scoring until `clearNetworkRescore`.
   */
  affected: number[];
  /** Clusters merged into an older one. */
  merged: { from: string; into: string }[];
  /** Ids of clusters created. */
  created: string[];
}

/** The whole network from a full linking run (`opspor rescore`, first run, changed settings). */
export interface NetworkRebuild {
  options: NetworkOptions;
  ads: readonly (NetworkAdInput & { cluster: { id: string; seq: number } | null })[];
  /** Text and photo links, both directions. */
  links: readonly LinkRow[];
  /** Highest review id the rebuild has read. */
  reviewMark: number;
  /** Highest version id the rebuild has read. */
  versionMark: number;
  /**
   * The network settings and scoring configuration version, as one string: when either differs
   * from what the store was built with, the next scoring run is a full one.
   */
  builtWith: string;
}

export interface StaleNetworkAds {
  /** Ads without a network entry or with one from an older version. */
  changed: { adId: number; versionId: number | null }[];
  /** Ads marked for re-scoring (by a network change or a new review). */
  rescore: number[];
  /** Highest version id when listed: save it with `saveNetworkVersionMark` once all are linked. */
  versionMark: number;
}

/** What the contact search looks for (see findAdsByContact). */
export type ContactQuery =
  { kind: 'phone'; digits: string } | { kind: 'email'; email: string } | { kind: 'handle'; handle: string };

export interface NetworkCluster {
  id: string;
  /** Creation order: the older id survives a merge. */
  seq: number;
  size: number;
  /** Member ads, first seen first, at most the asked limit. */
  adIds: number[];
}

/**
 * The persisted network (#4): clusters with stable ids kept up to date incrementally, links with
 * their reasons, and the contact index behind the search.
 */
export interface NetworkStore {
  /** Links new and changed ads into the network: looks up only the ads that share a key with them. */
  /** `recentBucketLimit`: see RECENT_BUCKET_LIMIT (tests set it low to exercise the merge). */
  updateNetwork(
    ads: readonly NetworkAdInput[],
    options: NetworkOptions,
    recentBucketLimit?: number,
  ): Promise<NetworkUpdateResult>;
  /** Replaces the whole network with a full rebuild. */
  replaceNetwork(rebuild: NetworkRebuild): Promise<void>;
  /** What the stored network was built with (`NetworkRebuild.builtWith`); null before the first build. */
  networkBuiltWith(): Promise<string | null>;
  /** New and changed ads since the last saved version mark, and ads marked for re-scoring. */
  listStaleNetworkAds(): Promise<StaleNetworkAds>;
  saveNetworkVersionMark(mark: number): Promise<void>;
  /** Marks the ads that got reviews since the last call for re-scoring; returns how many. */
  markReviewedAds(): Promise<number>;
  /** Highest review id stored (0 when none). */
  latestReviewId(): Promise<number>;
  clearNetworkRescore(adIds: readonly number[]): Promise<void>;
  /** Features, contact-key members and links around some ads, and the ads' clusters. */
  loadNetworkNeighbourhood(
    adIds: readonly number[],
  ): Promise<{ hood: NetworkNeighbourhood; clusters: Map<number, string | null> }>;
  /** Each linked ad's cluster by ad key, so that a full rebuild keeps the ids. */
  networkClusterPresets(): Promise<Map<string, { id: string; seq: number }>>;
  getNetworkCluster(id: string, limit: number): Promise<NetworkCluster | null>;
  /** Ads with an e-mail or profile/messaging id (exact) or a phone (by its last digits), in id order. */
  findAdsByContact(contact: ContactQuery, limit: number): Promise<number[]>;
  /** Current version id of every ad. */
  adVersionIds(): Promise<Map<number, number | null>>;
  /** Latest indicator result of each of the ads that has one (as `getIndicatorResult`). */
  latestIndicatorResults(adIds: readonly number[]): Promise<Map<number, StoredIndicatorResult>>;
  /**
   * `saveIndicatorResult` for many results in one transaction; returns the ads whose result was
   * skipped because its `replaces` is stale (another result was stored meanwhile).
   */
  saveIndicatorResults(results: readonly StoredIndicatorResult[]): Promise<number[]>;
  /** Marks ads for re-scoring by the next incremental run. */
  markNetworkRescore(adIds: readonly number[]): Promise<void>;
  /** Perceptual hashes of stored photos by content hash (photos without one are left out). */
  photoPhashes(sha256s: readonly string[]): Promise<Map<string, string>>;
}
