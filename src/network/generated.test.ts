import { describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import { generateBatchAds } from '../sources/demo/batch.js';
import { createBatchLinker } from './batch-linker.js';
import { scorePairs } from './evaluate.js';

/**
 * Planted networks of the demo generator (one phone and one copied template per network, 2 to
 * 10 persons), through the real preparation and the default options, text links included.
 * Independent ads are written from a combinatorial grammar in each writer's own voice, so
 * unrelated pairs stay far below the copy threshold (word-trigram Jaccard after masking:
 * 99.99th percentile about 0.25) while a network's copies stay above it (median about 0.73).
 */
describe('generated corpus with planted networks', () => {
  const items = [...generateBatchAds({ count: 5000, seed: 7 })];
  const linker = createBatchLinker();
  for (const item of items) linker.add(prepareAd(item.ad));
  linker.finish();
  const results = items.map((item) => linker.resultFor(item.ad.id));

  it('recovers the networks: pairwise precision ≥ 0.97 and recall ≥ 0.95', () => {
    const score = scorePairs(
      items.map((i) => i.truth.cluster),
      results.map((r) => r.cluster),
    );
    expect(score.truePairs).toBeGreaterThan(1000);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['shared-contact', 'copied-text', 'multi-city-movement'])('%s has F1 ≥ 0.95', (id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, n) => {
      const expected = item.truth.indicators.includes(id);
      const fired = results[n]!.indicators.some((i) => i.id === id);
      if (expected && fired) tp++;
      else if (fired) fp++;
      else if (expected) fn++;
    });
    expect(tp).toBeGreaterThan(100);
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.95);
  });
});
