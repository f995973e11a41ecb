import { copiedText } from '../indicators/copied-text.js';
import { multiCityMovement } from '../indicators/multi-city-movement.js';
import { reusedImages } from '../indicators/reused-images.js';
import { sharedContact } from '../indicators/shared-contact.js';
import type { FiredIndicator, LinkEvidence } from '../shared/types.js';
import { compareAds } from './ad-order.js';
import { keyKind, keyValue } from './contact-keys.js';
import type { NetworkOptions } from './options.js';
import { hammingDistance, type Phash64 } from './phash.js';

/** An indexed ad: its features with contact keys interned and the signature kept elsewhere. */
export interface StoredAd {
  id: string;
  name: string | null;
  city: string | null;
  time: number | null;
  keys: number[];
  hasText: boolean;
  images: { id: string; hash: Phash64 }[];
  /** See `AdFeatures.movedFrom`; empty when none is known. */
  movedFrom: readonly string[];
}

/** Read access to the index that the indicator rules need. */
export interface NetworkView {
  readonly options: NetworkOptions;
  ad(i: number): StoredAd;
  keyName(k: number): string;
  keyMembers(k: number): readonly number[];
  textLinks(i: number): readonly { other: number; similarity: number }[];
  imageLinks(i: number): readonly { other: number; mine: string; theirs: string }[];
}

export type LinkType = 'contact' | 'text' | 'image';

/** One edge of the network as a worker sees it. */
export interface NetworkLink {
  type: LinkType;
  from: string;
  to: string;
  /** "same phone +4522334455", "text 82 % similar", "same photo img-3". */
  reason: string;
  /** Whether the two ads present different persons (what makes a network rather than a re-post). */
  differentPersons: boolean;
}

/** Members of one contact key read per ad; an agency number on 50,000 ads must stay cheap. */
const maxKeyScan = 5_000;

function sharePhoto(a: StoredAd, b: StoredAd, threshold: number): boolean {
  return a.images.some((x) => b.images.some((y) => hammingDistance(x.hash, y.hash) <= threshold));
}

/**
 * Whether two ads present different persons: different names; or, when a name is missing on
 * either side, photos on both sides and none in common. The same name with photos on both sides
 * but none shared is also read as two persons (a common name is not an identity). Without names
 * or photos we cannot tell, and say no: indicators need evidence.
 */
export function differentPersons(a: StoredAd, b: StoredAd, phashThreshold: number): boolean {
  const photos = a.images.length > 0 && b.images.length > 0;
  if (a.name !== null && b.name !== null) {
    if (a.name !== b.name) return true;
    return photos && !sharePhoto(a, b, phashThreshold);
  }
  return photos && !sharePhoto(a, b, phashThreshold);
}

function contactReason(key: string): string {
  return `same ${keyKind(key)} ${keyValue(key)}`;
}

function phoneKeys(view: NetworkView, a: StoredAd): number[] {
  return a.keys.filter((k) => view.keyName(k).startsWith('phone:'));
}

/** Photo reuse counts when the other ad differs in name, phone or town. */
function differsForPhotos(view: NetworkView, a: StoredAd, b: StoredAd): boolean {
  if (a.name !== null && b.name !== null && a.name !== b.name) return true;
  if (a.city !== null && b.city !== null && a.city !== b.city) return true;
  const pa = phoneKeys(view, a);
  const pb = phoneKeys(view, b);
  return pa.length > 0 && pb.length > 0 && !pa.some((k) => pb.includes(k));
}

function fired(id: string, weight: number, evidence: LinkEvidence[]): FiredIndicator[] {
  return evidence.length > 0 ? [{ id, weight, evidence }] : [];
}

/** shared-contact, copied-text, reused-images and multi-city-movement for ad `i`. */
export function crossAdIndicators(view: NetworkView, i: number): FiredIndicator[] {
  const { maxEvidenceAds: cap, phashThreshold, movementWindowDays } = view.options;
  const a = view.ad(i);
  const windowMs = movementWindowDays * 86_400_000;
  const shared: LinkEvidence[] = [];
  const movement: LinkEvidence[] = [];
  for (const k of a.keys) {
    const persons: string[] = [];
    const moved: string[] = [];
    const towns = new Set<string>();
    const members = view.keyMembers(k);
    for (let n = 0; n < members.length && n < maxKeyScan; n++) {
      const j = members[n]!;
      if (j === i) continue;
      const b = view.ad(j);
      if (persons.length < cap && differentPersons(a, b, phashThreshold)) persons.push(b.id);
      const inWindow = a.time !== null && b.time !== null && Math.abs(a.time - b.time) <= windowMs;
      if (moved.length < cap && inWindow && a.city !== null && b.city !== null && a.city !== b.city) {
        moved.push(b.id);
        towns.add(b.city);
      }
    }
    const reason = contactReason(view.keyName(k));
    if (persons.length > 0) shared.push({ ads: persons, reason });
    if (moved.length > 0) {
      movement.push({
        ads: moved,
        reason: `${reason} in ${a.city} and ${[...towns].join(', ')} within ${movementWindowDays} days`,
      });
    }
  }
  // The ad's own history: edited from one town to another rather than re-posted.
  if (a.movedFrom.length > 0)
    movement.push({
      ads: [a.id],
      reason: `this ad moved from ${a.movedFrom.join(', ')} within ${movementWindowDays} days`,
    });

  const copies = view
    .textLinks(i)
    .filter((l) => differentPersons(a, view.ad(l.other), phashThreshold))
    .sort((x, y) => y.similarity - x.similarity || compareAds(view.ad(x.other), view.ad(y.other)))
    .slice(0, cap);
  const copied: LinkEvidence[] = [];
  if (copies.length > 0) {
    const hi = Math.round(copies[0]!.similarity * 100);
    const lo = Math.round(copies[copies.length - 1]!.similarity * 100);
    copied.push({
      ads: copies.map((l) => view.ad(l.other).id),
      reason: `text ${lo === hi ? hi : `${lo}–${hi}`} % similar`,
    });
  }

  const byImage = new Map<string, string[]>();
  const photoNo = (id: string): number => a.images.findIndex((img) => img.id === id);
  const photoLinks = [...view.imageLinks(i)].sort(
    (x, y) => photoNo(x.mine) - photoNo(y.mine) || compareAds(view.ad(x.other), view.ad(y.other)),
  );
  for (const l of photoLinks) {
    const b = view.ad(l.other);
    if (!differsForPhotos(view, a, b)) continue;
    const list = byImage.get(l.mine) ?? [];
    if (list.length < cap && !list.includes(b.id)) list.push(b.id);
    byImage.set(l.mine, list);
  }
  const reused: LinkEvidence[] = [...byImage].map(([image, ads]) => ({
    ads,
    images: [image],
    reason: `same photo ${image}`,
  }));

  return [
    ...fired(sharedContact.id, sharedContact.defaultWeight, shared),
    ...fired(copiedText.id, copiedText.defaultWeight, copied),
    ...fired(reusedImages.id, reusedImages.defaultWeight, reused),
    ...fired(multiCityMovement.id, multiCityMovement.defaultWeight, movement),
  ];
}

/** The links of ad `i`, at most `maxEvidenceAds` per contact key and per kind. */
export function networkLinks(view: NetworkView, i: number): NetworkLink[] {
  const { maxEvidenceAds: cap, phashThreshold } = view.options;
  const a = view.ad(i);
  const links: NetworkLink[] = [];
  const link = (type: LinkType, j: number, reason: string): void => {
    const b = view.ad(j);
    links.push({
      type,
      from: a.id,
      to: b.id,
      reason,
      differentPersons: differentPersons(a, b, phashThreshold),
    });
  };
  for (const k of a.keys) {
    const others = view
      .keyMembers(k)
      .slice(0, cap + 1)
      .filter((j) => j !== i)
      .slice(0, cap);
    for (const j of others) link('contact', j, contactReason(view.keyName(k)));
  }
  for (const l of view.textLinks(i).slice(0, cap))
    link('text', l.other, `text ${Math.round(l.similarity * 100)} % similar`);
  for (const l of view.imageLinks(i).slice(0, cap)) link('image', l.other, `same photo ${l.mine}`);
  return links;
}
