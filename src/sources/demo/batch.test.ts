import { describe, expect, it } from 'vitest';
import { generateBatchAds } from './batch.js';

describe('generateBatchAds', () => {
  it('is deterministic and lazy', () => {
    const a = [...generateBatchAds({ count: 300, seed: 4 })];
    const b = [...generateBatchAds({ count: 300, seed: 4 })];
    expect(b).toEqual(a);
    expect(a).toHaveLength(300);
    // A huge corpus must not be built up front: taking the first ads is immediate.
    const it = generateBatchAds({ count: 1_000_000, seed: 4 });
    expect(it.next().value).toEqual(a[0]);
  });

  it('writes the batch format with structured fields on about 60 % of ads', () => {
    const ads = [...generateBatchAds({ count: 1000, seed: 2 })];
    const ids = new Set(ads.map((x) => x.ad.id));
    expect(ids.size).toBe(1000);
    const structured = ads.filter((x) => x.ad.phones !== undefined).length;
    expect(structured).toBeGreaterThan(500);
    expect(structured).toBeLessThan(700);
    for (const { ad, truth } of ads) {
      expect(ad.id).toMatch(/^site-[ab]:\d+$/);
      expect(typeof ad.text).toBe('string');
      for (const p of truth.phones) expect(p).toMatch(/^\+\d{10,13}$/);
      expect(truth.hourly_price_dkk).toBeGreaterThan(0);
      if (!ad.phones) expect(ad.text).toMatch(/(Ring|Call) /);
    }
  });

  it('plants networks whose members share a phone and carry the cross-ad truth', () => {
    const ads = [...generateBatchAds({ count: 1000, seed: 2 })];
    const clusters = new Map<string, typeof ads>();
    for (const x of ads) {
      if (x.truth.cluster) clusters.set(x.truth.cluster, [...(clusters.get(x.truth.cluster) ?? []), x]);
    }
    const share = [...clusters.values()].reduce((n, c) => n + c.length, 0) / ads.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.4);
    for (const members of clusters.values()) {
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.truth.phones[0])).size).toBe(1);
      for (const m of members) expect(m.truth.indicators).toContain('shared-contact');
    }
    expect(
      ads
        .filter((x) => x.truth.cluster === null)
        .every((x) => !x.truth.indicators.includes('shared-contact')),
    ).toBe(true);
  });
});
