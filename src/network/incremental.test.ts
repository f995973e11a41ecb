import { describe, expect, it } from 'vitest';
import type { AdFeatures } from './features.js';
import { planLinks, splitCluster } from './incremental.js';
import { defaultNetworkOptions } from './options.js';

function ad(id: string, keys: string[], time: number | null = null): AdFeatures {
  return { id, name: id, city: null, time, keys, signature: null, images: [] };
}

describe('planLinks', () => {
  it('joins a new ad to the stored cluster of its contact and merges into the oldest cluster', () => {
    const plan = planLinks({
      options: defaultNetworkOptions,
      candidates: [
        { adId: 1, features: ad('s:1', ['phone:+4511111111']), cluster: 'c-young' },
        { adId: 2, features: ad('s:2', ['phone:+4522222222']), cluster: 'c-old' },
        { adId: 3, features: ad('s:3', ['phone:+4533333333']), cluster: null },
      ],
      clusterSeq: new Map([
        ['c-young', 7],
        ['c-old', 2],
      ]),
      fresh: [
        { adId: 10, features: ad('s:10', ['phone:+4511111111', 'phone:+4522222222']) },
        { adId: 11, features: ad('s:11', ['phone:+4533333333'], 5) },
        { adId: 12, features: ad('s:12', ['phone:+4599999999']) },
      ],
    });
    expect(plan.components).toEqual([
      { loose: [10], into: 'c-old', absorbed: ['c-young'], earliestKey: 's:10' },
      // A stored loner and a new ad form a new cluster named after the earliest (timed) ad.
      { loose: [3, 11], into: null, absorbed: [], earliestKey: 's:11' },
      { loose: [12], into: null, absorbed: [], earliestKey: 's:12' },
    ]);
    expect(plan.links).toEqual([]);
  });
});

describe('splitCluster', () => {
  const members = [1, 2, 3, 4, 5].map((adId) => ({ adId, key: `s:${adId}`, time: adId === 5 ? 0 : null }));

  it('keeps the id for the largest part, names other parts, leaves loners without a cluster', () => {
    expect(
      splitCluster(members, [
        [1, 2],
        [2, 3],
        [4, 5],
      ]),
    ).toEqual({ keep: [1, 2, 3], parts: [{ adIds: [4, 5], earliestKey: 's:5' }], alone: [] });
    expect(splitCluster(members, [[1, 2]])).toEqual({ keep: [1, 2], parts: [], alone: [3, 4, 5] });
  });

  it('breaks a tie between equal parts by the earliest ad', () => {
    expect(
      splitCluster(members.slice(1), [
        [2, 3],
        [4, 5],
      ]),
    ).toEqual({ keep: [4, 5], parts: [{ adIds: [2, 3], earliestKey: 's:2' }], alone: [] });
  });
});
