import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScoringConfig, parseScoringConfig } from '../indicators/scoring-config.js';
import type { ManualEvidence } from '../shared/types.js';
import { openTestRepository } from '../store/index.js';
import type { Repository } from '../store/repository.js';
import { rerankAd, workerFlags } from './score-ad.js';
import { scoreStore } from './score-store.js';

const config = loadScoringConfig();
const photoA = 'a'.repeat(64);
const photoB = 'b'.repeat(64);
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();

describe('rerankAd', () => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let adId: number;
  let mia: number;

  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository('sqlite'));
    ({ adId } = await repo.recordAd({
      siteId: 'demo',
      siteAdId: '1',
      url: 'http://127.0.0.1/1',
      seenAt: at(0),
      runId: null,
      // "new in town" fires from the text (weight 2 in the default profile): yellow needs 3.
      snapshot: { title: 'Anna', text: 'Anna is new in town.', photoHashes: [photoA, photoB] },
    }));
    mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
  });
  afterEach(async () => {
    await cleanup();
  });

  it('scores an unscored ad from its text plus the x-factor, with who, when and the note as evidence', async () => {
    await repo.setXFactor({ adId, note: 'Virkede bange ved besøget', userId: mia, at: at(1) });
    const stored = await rerankAd(repo, adId, config, () => new Date(at(2)));
    expect(stored.indicators.map((i) => [i.id, i.weight])).toEqual([
      ['new-in-town', 2],
      ['x-factor', 3],
    ]);
    expect(stored).toMatchObject({ score: 5, level: 'yellow', computedAt: at(2) });
    expect(stored.configVersion).toBe(config.configVersion);
    const evidence = stored.indicators[1]?.evidence[0] as ManualEvidence;
    expect(evidence).toEqual({ setBy: 'mia', setAt: at(1), note: 'Virkede bange ved besøget' });
    // Saved as the current result, which moves the ad's score and level.
    expect(await repo.getAd(adId)).toMatchObject({ score: 5, level: 'yellow' });
    expect(stored.result).toMatchObject({ id: 'demo:1', score: 5, level: 'yellow', cluster: null });
  });

  it('re-ranks from the latest result: keeps its other flags, replaces the worker-set ones', async () => {
    await scoreStore(repo, config, { now: () => new Date(at(1)) });
    expect((await repo.getAd(adId))?.score).toBe(2);

    await repo.addPhotoTag({ adId, sha256: photoA, tag: 'appears-young', userId: mia, at: at(2) });
    await repo.addPhotoTag({ adId, sha256: photoB, tag: 'appears-young', userId: mia, at: at(3) });
    await repo.setXFactor({ adId, note: 'Bekymret', userId: mia, at: at(3) });
    const up = await rerankAd(repo, adId, config, () => new Date(at(4)));
    expect(up.indicators.map((i) => i.id)).toEqual(['new-in-town', 'x-factor', 'appears-young']);
    expect(up.indicators[2]?.evidence).toEqual([
      { setBy: 'mia', setAt: at(2), image: photoA },
      { setBy: 'mia', setAt: at(3), image: photoB },
    ]);
    expect(up).toMatchObject({ score: 8, level: 'red' });

    // Removing the x-factor drops it at once; the tag stays.
    await repo.removeXFactor({ adId, userId: mia, at: at(5) });
    const down = await rerankAd(repo, adId, config, () => new Date(at(6)));
    expect(down.indicators.map((i) => i.id)).toEqual(['new-in-town', 'appears-young']);
    expect(down).toMatchObject({ score: 5, level: 'yellow' });
    expect(await repo.getAd(adId)).toMatchObject({ score: 5, level: 'yellow' });
    expect((await repo.listScoreHistory(adId)).map((h) => h.score)).toEqual([2, 8, 5]);
  });

  it('worker-set flags survive the next crawl: scoreStore carries them over', async () => {
    await repo.setXFactor({ adId, note: 'Bekymret', userId: mia, at: at(1) });
    await repo.addPhotoTag({ adId, sha256: photoA, tag: 'explicit-images', userId: mia, at: at(1) });
    const reranked = await rerankAd(repo, adId, config, () => new Date(at(2)));
    expect(reranked.score).toBe(6);

    // The next crawl changes the text; the store is scored again from scratch.
    await repo.recordAd({
      siteId: 'demo',
      siteAdId: '1',
      url: 'http://127.0.0.1/1',
      seenAt: at(3),
      runId: null,
      snapshot: { title: 'Anna', text: 'Anna, 25.', photoHashes: [photoA, photoB] },
    });
    await scoreStore(repo, config, { now: () => new Date(at(4)) });
    const after = await repo.getIndicatorResult(adId);
    expect(after?.computedAt).toBe(at(4));
    expect(after?.indicators.map((i) => i.id)).toEqual(['x-factor', 'explicit-images']);
    expect(after?.indicators[0]?.evidence).toEqual([{ setBy: 'mia', setAt: at(1), note: 'Bekymret' }]);
    expect(after).toMatchObject({ score: 4, level: 'yellow' });
  });

  it('never sorts before the result it replaces when that one carries a later clock', async () => {
    await scoreStore(repo, config, { now: () => new Date(at(30)) });
    await repo.setXFactor({ adId, note: 'Bekymret', userId: mia, at: at(1) });
    const stored = await rerankAd(repo, adId, config, () => new Date(at(2)));
    expect(stored.computedAt).toBe(at(30));
    expect(await repo.getIndicatorResult(adId)).toMatchObject({ score: 5 });
  });

  it('serialises concurrent re-ranks of one ad, so the last change wins', async () => {
    await repo.setXFactor({ adId, note: 'Bekymret', userId: mia, at: at(1) });
    // The first re-rank reads the flags, then stalls until released; a clock that always advances.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reads = 0;
    const slowFirstRead = new Proxy(repo, {
      get(target, property, receiver) {
        if (property !== 'getCasework') return Reflect.get(target, property, receiver) as unknown;
        return async (id: number) => {
          const work = await target.getCasework(id);
          if (++reads === 1) await gate;
          return work;
        };
      },
    });
    let tick = 10;
    const clock = () => new Date(at(tick++));
    const first = rerankAd(slowFirstRead, adId, config, clock);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await repo.removeXFactor({ adId, userId: mia, at: at(2) });
    const second = rerankAd(slowFirstRead, adId, config, clock);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([first, second]);
    expect((await repo.getIndicatorResult(adId))?.indicators.map((i) => i.id)).toEqual(['new-in-town']);
  });

  it('starts again when a crawl stores a result between its read and its write', async () => {
    await scoreStore(repo, config, { now: () => new Date(at(1)) });
    await repo.setXFactor({ adId, note: 'Bekymret', userId: mia, at: at(2) });
    const crawled = {
      id: 'language-barrier',
      weight: 1,
      evidence: [{ field: 'text', start: 0, end: 4, quote: 'Anna' }],
    };
    let reads = 0;
    const racing = new Proxy(repo, {
      get(target, property, receiver) {
        if (property !== 'getIndicatorResult') return Reflect.get(target, property, receiver) as unknown;
        return async (id: number) => {
          const read = await target.getIndicatorResult(id);
          // After the re-rank's first read, the crawl's scoring stores a result with a new flag.
          if (++reads === 1 && read) {
            const indicators = [...read.indicators, crawled];
            await target.saveIndicatorResult({
              ...read,
              computedAt: at(3),
              indicators,
              result: { ...read.result, indicators },
            });
          }
          return read;
        };
      },
    });
    const stored = await rerankAd(racing, adId, config, () => new Date(at(4)));
    expect(reads).toBe(2);
    expect(stored.indicators.map((i) => i.id)).toEqual(['new-in-town', 'language-barrier', 'x-factor']);
    expect((await repo.getIndicatorResult(adId))?.indicators.map((i) => i.id)).toEqual([
      'new-in-town',
      'language-barrier',
      'x-factor',
    ]);
  });

  it('uses the configured weights and leaves disabled indicators out', () => {
    const light = parseScoringConfig({
      version: 'light',
      thresholds: { red: 7, yellow: 3 },
      weights: { 'x-factor': 1, 'appears-young': 2 },
      enabled: ['x-factor'],
    });
    const flags = workerFlags(
      {
        xFactor: { adId, note: 'n', setById: mia, setByName: 'mia', setAt: at(1) },
        photoTags: [
          { adId, sha256: photoA, tag: 'appears-young', setById: mia, setByName: 'mia', setAt: at(1) },
        ],
      },
      light,
    );
    expect(flags.map((f) => [f.id, f.weight])).toEqual([
      ['x-factor', 1],
      ['appears-young', 2],
    ]);
  });
});
