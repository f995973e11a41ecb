import { describe, expect, it } from 'vitest';
import { crossAdIndicators, type NetworkView, type StoredAd } from './cross-ad.js';
import { defaultNetworkOptions } from './options.js';
import { parsePhash } from './phash.js';

/**
 * A batch lists an ad's links in the order it found them, the store in the order it reads them
 * back: the evidence must not depend on which (an incremental run must equal a full one).
 */
const photo = (id: string, hex: string) => ({ id, hash: parsePhash(hex)! });

const ads: StoredAd[] = [
  {
    id: 's:me',
    name: 'Anna',
    city: 'Odense',
    time: 5,
    keys: [],
    hasText: true,
    images: [photo('p1', 'ffff0000ffff0000'), photo('p2', '00ff00ff00ff00ff')],
    movedFrom: [],
  },
  {
    id: 's:b',
    name: 'Bella',
    city: 'Aarhus',
    time: 3,
    keys: [],
    hasText: true,
    images: [photo('q1', 'ffff0000ffff0000')],
    movedFrom: [],
  },
  {
    id: 's:c',
    name: 'Cleo',
    city: 'Vejle',
    time: 1,
    keys: [],
    hasText: true,
    images: [photo('q2', '00ff00ff00ff00ff')],
    movedFrom: [],
  },
  {
    id: 's:d',
    name: 'Dora',
    city: 'Aalborg',
    time: 1,
    keys: [],
    hasText: true,
    images: [photo('q3', 'ffff0000ffff0000')],
    movedFrom: [],
  },
];

function view(order: number[]): NetworkView {
  return {
    options: defaultNetworkOptions,
    ad: (i) => ads[i]!,
    keyName: () => '',
    keyMembers: () => [],
    textLinks: (i) => (i === 0 ? order.map((other) => ({ other, similarity: 1 })) : []),
    imageLinks: (i) =>
      i === 0
        ? order.map((other) => ({
            other,
            mine: other === 2 ? 'p2' : 'p1',
            theirs: ads[other]!.images[0]!.id,
          }))
        : [],
  };
}

describe('crossAdIndicators', () => {
  it('lists linked ads in the same order whatever order the links come in', () => {
    const found = crossAdIndicators(view([1, 2, 3]), 0);
    expect(crossAdIndicators(view([3, 2, 1]), 0)).toEqual(found);
    expect(crossAdIndicators(view([2, 3, 1]), 0)).toEqual(found);
    // Equal similarity: the earlier posting first, then the smaller key.
    expect(found.find((f) => f.id === 'copied-text')?.evidence).toEqual([
      { ads: ['s:c', 's:d', 's:b'], reason: 'text 100 % similar' },
    ]);
    // Photos in the ad's own order, each with its linked ads earliest first.
    expect(found.find((f) => f.id === 'reused-images')?.evidence).toEqual([
      { ads: ['s:d', 's:b'], images: ['p1'], reason: 'same photo p1' },
      { ads: ['s:c'], images: ['p2'], reason: 'same photo p2' },
    ]);
  });
});
