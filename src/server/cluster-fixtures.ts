import { prepareAd } from '../extract/index.js';
import { adFeatures } from '../network/features.js';
import { MinHasher } from '../network/minhash.js';
import { defaultNetworkOptions } from '../network/options.js';
import { storedAdToInput } from '../pipeline/score-store.js';
import type { FiredIndicator } from '../shared/types.js';
import type { Repository } from '../store/repository.js';
import { factsWith } from '../shared/facts.js';

/** The cluster id seeded by `seedCluster`. */
export const testClusterId = 'c-test-1';
/** The phone shared by the seeded cluster's ads. */
export const clusterPhone = '+4587654321';

export interface SeededCluster {
  /** København, site-a, first seen 2026-10-05. */
  first: number;
  /** Aarhus, site-b, first seen 2026-10-06. */
  second: number;
}

/**
 * Writes the persisted network of every stored ad: the given ads form the test cluster, every
 * other ad stands alone (so that the contact search finds it, without a cluster).
 */
async function persistNetwork(repo: Repository, clustered: ReadonlySet<number>): Promise<void> {
  const hasher = new MinHasher(defaultNetworkOptions.minhash);
  const versions = await repo.adVersionIds();
  const { ads } = await repo.listAds({ status: 'all', limit: 500 });
  const rows = [];
  for (const row of ads) {
    const prepared = prepareAd(storedAdToInput(row, await repo.listReviews(row.id)));
    rows.push({
      adId: row.id,
      versionId: versions.get(row.id) ?? null,
      features: adFeatures(prepared, hasher),
      cluster: clustered.has(row.id) ? { id: testClusterId, seq: 0 } : null,
    });
  }
  await repo.replaceNetwork({
    options: defaultNetworkOptions,
    builtWith: 'test',
    reviewMark: 0,
    versionMark: 0,
    links: [],
    ads: rows,
  });
}

/**
 * Seeds two more ads (on the sites of `seedAds`) that share a phone and text and form one cluster,
 * with cross-ad evidence on both sides of the link, and the persisted network of the store.
 */
export async function seedCluster(repo: Repository): Promise<SeededCluster> {
  const first = await repo.recordAd({
    siteId: 'site-a',
    siteAdId: '50',
    url: 'http://127.0.0.1:4101/ad/50',
    seenAt: '2026-10-05T09:00:00.000Z',
    runId: null,
    snapshot: {
      title: 'Sød <pige>',
      text: 'Ring nu',
      name: 'Lina',
      city: 'København',
      clinic: 'Klinik Rosen',
      address: 'Istedgade 1, København',
      phones: [clusterPhone],
      emails: ['Lina@Example.org'],
      profile_id: 'lina_dk',
      photoHashes: [],
    },
  });
  const second = await repo.recordAd({
    siteId: 'site-b',
    siteAdId: '51',
    url: 'http://127.0.0.1:4102/ad/51',
    seenAt: '2026-10-06T09:00:00.000Z',
    runId: null,
    snapshot: {
      title: 'Ny i Aarhus',
      text: 'Ring nu',
      name: 'Lena',
      city: 'Aarhus',
      phones: [clusterPhone],
      emails: ['lina@example.org'],
      photoHashes: [],
    },
  });
  const extracted = (city: string) =>
    factsWith({ phones: [clusterPhone], emails: ['Lina@Example.org'], cities: [city] });
  const save = async (adId: number, key: string, other: string, score: number, city: string) => {
    const indicators: FiredIndicator[] = [
      { id: 'shared-contact', weight: 3, evidence: [{ ads: [other], reason: `same phone ${clusterPhone}` }] },
      { id: 'copied-text', weight: 2, evidence: [{ ads: [other], reason: 'same text' }] },
    ];
    await repo.saveIndicatorResult({
      adId,
      configVersion: 'test-1',
      computedAt: '2026-10-06T10:00:00.000Z',
      score,
      level: score >= 5 ? 'red' : 'yellow',
      indicators,
      result: {
        id: key,
        score,
        level: score >= 5 ? 'red' : 'yellow',
        indicators,
        cluster: testClusterId,
        extracted: extracted(city),
      },
    });
  };
  await save(first.adId, 'site-a:50', 'site-b:51', 5, 'København');
  await save(second.adId, 'site-b:51', 'site-a:50', 4, 'Aarhus');
  await persistNetwork(repo, new Set([first.adId, second.adId]));
  return { first: first.adId, second: second.adId };
}
