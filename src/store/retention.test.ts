import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { scoreStore } from '../pipeline/score-store.js';
import { openTestRepository, testBackends } from './test-database.js';
import type { Repository } from './repository.js';

const config = loadScoringConfig();

describe.each(testBackends)('purgeGoneAds (%s)', (backend) => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository(backend));
    await repo.upsertSite({ id: 'demo', name: 'Demo', baseUrl: 'http://127.0.0.1' });
  });
  afterEach(async () => {
    await cleanup();
  });

  it('deletes ads gone long enough with everything about them, and keeps the others', async () => {
    const photo = (sha: string) => ({
      sha256: sha,
      mime: 'image/png',
      width: 1,
      height: 1,
      phash: null,
      bytes: 1,
    });
    const own = 'a'.repeat(64);
    const shared = 'b'.repeat(64);
    for (const sha of [own, shared]) await repo.savePhoto(photo(sha), Buffer.from([1]));
    await repo.rememberPhotoUrl('demo', 'http://127.0.0.1/img/own.png', own, '2026-09-01T10:00:00.000Z');
    const record = async (siteAdId: string, photoHashes: string[]) =>
      (
        await repo.recordAd({
          siteId: 'demo',
          siteAdId,
          url: `http://127.0.0.1/${siteAdId}`,
          seenAt: '2026-09-01T10:00:00.000Z',
          runId: null,
          snapshot: { photoHashes, name: `N${siteAdId}`, text: `Ny i byen. Ring 22 33 44 55 (${siteAdId})` },
          reviews: [{ id: `r${siteAdId}`, text: 'Hun virkede bange.' }],
        })
      ).adId;
    const gone = await record('1', [own, shared]);
    const kept = await record('2', [shared]);
    await scoreStore(repo, config);
    const user = await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' });
    await repo.addNote({ adId: gone, userId: user.id, body: 'Besøgt', at: '2026-09-02T10:00:00.000Z' });
    await repo.setXFactor({ adId: gone, note: 'bekymret', userId: user.id, at: '2026-09-02T10:00:00.000Z' });
    // Ad 1 goes offline on 3 September; ad 2 stays listed.
    const { run } = await repo.startOrResumeRun('demo', '2026-09-03T10:00:00.000Z');
    await repo.recordListed(run.id, 'demo', ['2']);
    await repo.markUnlistedGone(run.id, 'demo', '2026-09-03T10:00:00.000Z');

    // Not gone long enough yet: nothing happens.
    expect(await repo.purgeGoneAds({ goneBefore: '2026-09-02T00:00:00.000Z' })).toBe(0);
    expect(await repo.purgeGoneAds({ goneBefore: '2026-10-01T00:00:00.000Z' })).toBe(1);
    expect(await repo.getAd(gone)).toBeNull();
    expect(await repo.getIndicatorResult(gone)).toBeNull();
    expect(await repo.listNotes(gone)).toEqual([]);
    expect(await repo.listReviews(gone)).toEqual([]);
    expect(await repo.hasPhoto(own)).toBe(false);
    expect(await repo.knownPhotoUrls('demo', ['http://127.0.0.1/img/own.png'])).toEqual(new Map());
    // The other ad, its photo and its result stay; scoring goes on over the smaller network.
    expect(await repo.hasPhoto(shared)).toBe(true);
    expect((await repo.getAd(kept))?.current.photoHashes).toEqual([shared]);
    await scoreStore(repo, config);
    expect((await repo.getIndicatorResult(kept))?.indicators.map((i) => i.id)).not.toContain(
      'shared-contact',
    );
    expect(await scoreStore(repo, config, { full: true })).toMatchObject({ ads: 1, written: 0 });
  });
});
