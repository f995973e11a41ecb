import { describe, expect, it } from 'vitest';
import { createDemoWorld } from './world.js';
import { Rng } from './prng.js';
import { cities } from './vocab.js';

describe('Rng', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('demo world', () => {
  it('is identical for the same seed, day after day, and different for another seed', () => {
    const a = createDemoWorld({ seed: 5 });
    const b = createDemoWorld({ seed: 5 });
    expect(b.groundTruth()).toEqual(a.groundTruth());
    a.advanceDay();
    b.advanceDay();
    expect(b.groundTruth()).toEqual(a.groundTruth());
    expect(createDemoWorld({ seed: 6 }).groundTruth().sites).not.toEqual(
      createDemoWorld({ seed: 5 }).groundTruth().sites,
    );
  });

  it('has 60-120 ads per site at size small, all adults, invented contacts', () => {
    const truth = createDemoWorld({ seed: 42 }).groundTruth();
    for (const ads of Object.values(truth.sites)) {
      expect(ads.length).toBeGreaterThanOrEqual(60);
      expect(ads.length).toBeLessThanOrEqual(120);
      for (const ad of ads) {
        expect(ad.fields.age).toBeGreaterThanOrEqual(18);
        expect((cities as readonly string[]).includes(ad.fields.city)).toBe(true);
        for (const p of ad.fields.phones)
          expect(p).toMatch(/^(\+45[2-9]\d{7}|\+40\d{9}|\+380\d{9}|\+234\d{10})$/);
        for (const e of ad.fields.emails) expect(e).toMatch(/@example\.invalid$/);
        expect(ad.id).toBe(`${ad.site}:${ad.siteAdId}`);
      }
    }
  });

  it('plants networks: shared phones, copied texts, reused photos, moves, and mostly independent ads', () => {
    const ads = Object.values(createDemoWorld({ seed: 42 }).groundTruth().sites).flat();
    const has = (id: string): number => ads.filter((a) => a.indicators.includes(id)).length;
    for (const id of [
      'shared-contact',
      'copied-text',
      'reused-images',
      'multi-city-movement',
      'third-party-voice',
      'low-price',
      'foreign-nationality',
      'youth-emphasis',
    ]) {
      expect(has(id), id).toBeGreaterThan(0);
    }
    const classic = ads.filter((a) => a.site === 'demo-classic');
    expect(classic.filter((a) => a.networkId === null).length).toBeGreaterThan(classic.length / 2);
    const networked = classic.filter((a) => a.networkId !== null);
    expect(networked.every((a) => a.indicators.includes('shared-contact'))).toBe(true);
    expect(classic.some((a) => a.fields.phonesShown.some((p) => /[a-z]|\./.test(p)))).toBe(true);
  });

  it('logs each day: new, changed and removed ads match what the world serves', () => {
    const world = createDemoWorld({ seed: 9 });
    const before = new Map(world.groundTruth().sites['demo-classic'].map((a) => [a.siteAdId, a]));
    const changes = world.advanceDay();
    expect(world.day).toBe(1);
    expect(world.date).toBe('2026-10-02');
    const after = new Map(world.groundTruth().sites['demo-classic'].map((a) => [a.siteAdId, a]));
    const c = changes.counts['demo-classic'];
    expect(c.new).toBeGreaterThan(0);
    expect(c.new + c.changed + c.removed).toBe(
      changes.entries.filter((e) => e.site === 'demo-classic').length,
    );
    expect(after.size).toBe(before.size + c.new - c.removed);
    for (const e of changes.entries.filter((x) => x.site === 'demo-classic')) {
      if (e.kind === 'new') expect(before.has(e.siteAdId) || !after.has(e.siteAdId)).toBe(false);
      if (e.kind === 'removed') expect(after.has(e.siteAdId)).toBe(false);
      if (e.kind === 'changed')
        expect(after.get(e.siteAdId)?.updatedAt).not.toBe(before.get(e.siteAdId)?.updatedAt);
    }
    expect(world.groundTruth().changes).toBe(changes);
    expect(world.groundTruth().changeLog).toHaveLength(1);
  });

  it('reports ads behind faulty pages, with exactly one huge page by default and none when off', () => {
    const world = createDemoWorld({ seed: 42 });
    const faults = world.groundTruth().faultAds;
    expect(faults.filter((f) => f.kind === 'huge')).toHaveLength(1);
    expect(world.groundTruth({ faults: false }).faultAds).toEqual([]);
    expect(createDemoWorld({ seed: 42, faults: false }).groundTruth().faultAds).toEqual([]);
  });

  it('scales with size', () => {
    const small = createDemoWorld({ seed: 1, size: 'small' }).groundTruth().sites['demo-classic'].length;
    const medium = createDemoWorld({ seed: 1, size: 'medium' }).groundTruth().sites['demo-classic'].length;
    expect(medium).toBeGreaterThan(small * 3);
  });
});
