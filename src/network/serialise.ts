import { InputError } from '../shared/errors.js';
import type { StoredAd } from './cross-ad.js';
import type { AdFeatures } from './features.js';
import type { NetworkOptions } from './options.js';
import { parsePhash, type Phash64 } from './phash.js';

/** A cluster's id and its creation order (the older id wins when clusters merge). */
export interface ClusterInfo {
  id: string;
  seq: number;
}

/** One ad of a serialised index; also the shape of a store row for the network. */
export interface SerialisedAd {
  id: string;
  name: string | null;
  city: string | null;
  time: number | null;
  keys: string[];
  /** MinHash signature, little-endian uint32s in base64; null without text. */
  signature: string | null;
  images: { id: string; phash: string }[];
  cluster: string | null;
  clusterSeq: number | null;
}

/** Plain-JSON form of a `NetworkIndex`. Links are recomputed on load; cluster ids are kept. */
export interface SerialisedNetwork {
  version: 1;
  options: NetworkOptions;
  ads: SerialisedAd[];
}

function phashHex(h: Phash64): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}

function encodeSignature(sig: Uint32Array): string {
  const copy = Uint32Array.from(sig);
  return Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength).toString('base64');
}

function decodeSignature(b64: string, k: number): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.byteLength !== k * 4)
    throw new InputError(`network signature has ${bytes.byteLength} bytes, expected ${k * 4}`);
  const sig = new Uint32Array(k);
  for (let i = 0; i < k; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return sig;
}

export function toSerialised(
  options: NetworkOptions,
  ads: readonly StoredAd[],
  signatureOf: (i: number) => Uint32Array,
  clusterOf: (i: number) => ClusterInfo | null,
  keyNames: readonly string[],
): SerialisedNetwork {
  return {
    version: 1,
    options,
    ads: ads.map((a, i) => {
      const cluster = clusterOf(i);
      return {
        id: a.id,
        name: a.name,
        city: a.city,
        time: a.time,
        keys: a.keys.map((k) => keyNames[k]!),
        signature: a.hasText ? encodeSignature(signatureOf(i)) : null,
        images: a.images.map((img) => ({ id: img.id, phash: phashHex(img.hash) })),
        cluster: cluster?.id ?? null,
        clusterSeq: cluster?.seq ?? null,
      };
    }),
  };
}

export function fromSerialised(json: SerialisedNetwork): {
  options: NetworkOptions;
  features: AdFeatures[];
  clusters: Map<string, ClusterInfo>;
} {
  if ((json.version as number) !== 1)
    throw new InputError(`unknown network format version ${String(json.version)}`);
  const clusters = new Map<string, ClusterInfo>();
  const features = json.ads.map((a): AdFeatures => {
    if (a.cluster !== null && a.clusterSeq !== null) clusters.set(a.id, { id: a.cluster, seq: a.clusterSeq });
    const images: AdFeatures['images'] = [];
    for (const img of a.images) {
      const hash = parsePhash(img.phash);
      if (hash) images.push({ id: img.id, hash });
    }
    return {
      id: a.id,
      name: a.name,
      city: a.city,
      time: a.time,
      keys: a.keys,
      signature: a.signature === null ? null : decodeSignature(a.signature, json.options.minhash.k),
      images,
    };
  });
  return { options: json.options, features, clusters };
}
