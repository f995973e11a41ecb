import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdLine } from '../analyze/input.js';
import type { AdInput } from '../shared/types.js';
import { detailsOf, prepareAd, prepareAds, prepareAll } from './index.js';

const holdout: AdInput[] = readFileSync(new URL('../../test/holdout/ads.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .flatMap((line) => {
    const parsed = parseAdLine(line);
    return parsed.ok ? [parsed.ad] : [];
  });

describe('prepareAds', () => {
  it('prepares a batch, extractor by extractor, as prepareAd prepares each ad alone', () => {
    expect(holdout.length).toBeGreaterThan(100);
    const batch = prepareAds(holdout);
    holdout.forEach((ad, i) => {
      const alone = prepareAd(ad);
      const together = batch[i]!;
      if ('error' in together) throw new Error(`ad ${ad.id} failed in the batch`);
      expect(together.prepared.ad).toBe(ad);
      expect(together.prepared.fields).toEqual(alone.fields);
      expect(together.prepared.facts).toEqual(alone.facts);
      expect(detailsOf(together.prepared)).toEqual(detailsOf(alone));
    });
  });

  it('fails only the ad an extractor throws on, with what it threw', () => {
    const broken = {
      id: 'b:2',
      get text(): string {
        throw new Error('unreadable text');
      },
    } as AdInput;
    const [first, second, third] = prepareAds([
      { id: 'b:1', text: 'Ring 22 33 44 55' },
      broken,
      { id: 'b:3', text: 'Jeg er 25 år' },
    ]);
    expect(first).toMatchObject({ prepared: { facts: { phones: ['+4522334455'] } } });
    expect(second).toEqual({ error: new Error('unreadable text') });
    expect(third).toMatchObject({ prepared: { facts: { age: 25 } } });
    expect(() => prepareAd(broken)).toThrow('unreadable text');
    expect(() => prepareAll([...holdout, broken])).toThrow('unreadable text');
    expect(prepareAll(holdout).map((p) => p.facts)).toEqual(holdout.map((ad) => prepareAd(ad).facts));
  });
});
