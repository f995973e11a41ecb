import type { FiredIndicator } from '../shared/types.js';
import type { Repository } from '../store/repository.js';

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
 * Seeds two more ads (on the sites of `seedAds`) that share a phone and text and form one cluster,
 * with cross-ad evidence on both sides of the link.
 */
export async function seedCluster(repo: Repository): Promise<SeededCluster> {
  const first = await repo.recordAd({
    siteId: 'site-a',
    siteAdId: '50',
    url: 'http://127.0.0.1:4101/ad/50',
    seenAt: '2026-10-05T09:00:00.000Z',
    runId: null,
    snapshot: { title: 'Sød <pige>', text: 'Ring nu', name: 'Lina', city: 'København', photoHashes: [] },
  });
  const second = await repo.recordAd({
    siteId: 'site-b',
    siteAdId: '51',
    url: 'http://127.0.0.1:4102/ad/51',
    seenAt: '2026-10-06T09:00:00.000Z',
    runId: null,
    snapshot: { title: 'Ny i Aarhus', text: 'Ring nu', name: 'Lena', city: 'Aarhus', photoHashes: [] },
  });
  const extracted = (city: string) => ({
    phones: [clusterPhone],
    emails: ['Lina@Example.org'],
    messaging: [],
    age: null,
    hourly_price_dkk: null,
    nationalities: [],
    languages: [],
    cities: [city],
    services: [],
  });
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
  return { first: first.adId, second: second.adId };
}
