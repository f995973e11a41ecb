import type { FiredIndicator } from '../shared/types.js';
import { crossAdIndicators, type NetworkView, type StoredAd } from './cross-ad.js';
import type { AdFeatures } from './features.js';
import type { LinkRow } from './incremental.js';
import type { NetworkOptions } from './options.js';

/** Shared by the ads without a known move (most): no array per ad. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * What the store loads to decide the cross-ad indicators of some ads: those ads, the members of
 * their contact keys (oldest first, capped as `crossAdIndicators` reads them) and their text and
 * photo links, with the features of every ad named.
 */
export interface NetworkNeighbourhood {
  /** Features by ad id: the ads asked for and every ad they are linked to. */
  ads: ReadonlyMap<number, AdFeatures>;
  /** Members of each contact key of the ads asked for, oldest first. */
  keyMembers: ReadonlyMap<string, readonly number[]>;
  /** Text and photo links of the ads asked for. */
  links: readonly LinkRow[];
}

/**
 * A `NetworkView` over a neighbourhood loaded from the store, so that the cross-ad indicators of a
 * stored ad come out of the same rules (`crossAdIndicators`) as in a batch.
 */
export class PersistedNetworkView implements NetworkView {
  readonly options: NetworkOptions;
  private readonly local = new Map<number, number>();
  private readonly stored: StoredAd[] = [];
  private readonly keyNames: string[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly members: number[][] = [];
  private readonly text = new Map<number, { other: number; similarity: number }[]>();
  private readonly image = new Map<number, { other: number; mine: string; theirs: string }[]>();

  constructor(options: NetworkOptions, hood: NetworkNeighbourhood) {
    this.options = options;
    for (const [adId] of hood.ads) this.indexOf(adId, hood);
    for (const [key, adIds] of hood.keyMembers) {
      this.members[this.keyId(key)] = adIds.filter((id) => hood.ads.has(id)).map((id) => this.local.get(id)!);
    }
    for (const l of hood.links) {
      if (!hood.ads.has(l.adId) || !hood.ads.has(l.otherId)) continue;
      const i = this.indexOf(l.adId, hood);
      const other = this.indexOf(l.otherId, hood);
      if (l.type === 'text') push(this.text, i, { other, similarity: l.similarity ?? 0 });
      else push(this.image, i, { other, mine: l.mine, theirs: l.theirs });
    }
  }

  private indexOf(adId: number, hood: NetworkNeighbourhood): number {
    let i = this.local.get(adId);
    if (i !== undefined) return i;
    i = this.stored.length;
    this.local.set(adId, i);
    const f = hood.ads.get(adId)!;
    this.stored.push({
      id: f.id,
      name: f.name,
      city: f.city,
      time: f.time,
      keys: f.keys.map((k) => this.keyId(k)),
      hasText: f.signature !== null,
      images: f.images,
      movedFrom: f.movedFrom ?? NONE,
    });
    return i;
  }

  /** Interned key; members are filled only for the keys of the ads asked for. */
  private keyId(key: string): number {
    let k = this.keyIds.get(key);
    if (k === undefined) {
      k = this.keyNames.length;
      this.keyIds.set(key, k);
      this.keyNames.push(key);
      this.members.push([]);
    }
    return k;
  }

  /** The cross-ad indicators of a loaded ad (empty when it was not loaded). */
  indicatorsFor(adId: number): FiredIndicator[] {
    const i = this.local.get(adId);
    return i === undefined ? [] : crossAdIndicators(this, i);
  }

  ad(i: number): StoredAd {
    return this.stored[i]!;
  }
  keyName(k: number): string {
    return this.keyNames[k]!;
  }
  keyMembers(k: number): readonly number[] {
    return this.members[k]!;
  }
  textLinks(i: number): readonly { other: number; similarity: number }[] {
    return this.text.get(i) ?? [];
  }
  imageLinks(i: number): readonly { other: number; mine: string; theirs: string }[] {
    return this.image.get(i) ?? [];
  }
}

function push<T>(map: Map<number, T[]>, i: number, value: T): void {
  const list = map.get(i);
  if (list) list.push(value);
  else map.set(i, [value]);
}
