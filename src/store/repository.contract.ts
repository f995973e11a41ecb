import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdResult } from '../shared/types.js';
import type { AdSnapshot, CrawlRunStats, Repository } from './repository.js';

/**
 * The one contract suite of the store; every backend runs it (sqlite.test.ts, postgres.test.ts).
 * Each test gets a fresh, migrated database from the factory.
 */
export type RepositoryFactory = () => Promise<{ repo: Repository; cleanup: () => Promise<void> }>;

const t = (minute: number): string => new Date(Date.UTC(2026, 9, 2, 12, minute)).toISOString();

function snap(over: Partial<AdSnapshot> = {}): AdSnapshot {
  return {
    title: 'Ny i byen',
    text: 'Hej, jeg hedder Mia',
    name: 'Mia',
    city: 'Odense',
    photoHashes: [],
    ...over,
  };
}

const stats: CrawlRunStats = {
  pages: 3,
  newAds: 2,
  changedAds: 1,
  unchangedAds: 0,
  goneAds: 1,
  errors: 0,
  pagesMissingFields: 0,
  detailPages: 3,
  healthy: true,
  healthReasons: [],
  errorSamples: [],
};

export function runRepositoryContract(name: string, factory: RepositoryFactory): void {
  describe(`Repository contract: ${name}`, () => {
    let repo: Repository;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ repo, cleanup } = await factory());
    });
    afterEach(async () => {
      await cleanup();
    });

    const record = (
      siteAdId: string,
      seenAt: string,
      snapshot: AdSnapshot,
      runId: number | null = null,
      siteId = 'site-a',
    ) =>
      repo.recordAd({
        siteId,
        siteAdId,
        url: `https://example.invalid/${siteAdId}`,
        seenAt,
        runId,
        snapshot,
      });

    it('migrates twice without harm', async () => {
      await repo.migrate();
      await repo.migrate();
      await repo.upsertSite({ id: 'site-a', name: 'Site A', baseUrl: 'http://127.0.0.1:4101' });
      await repo.upsertSite({ id: 'site-a', name: 'Site A2', baseUrl: 'http://127.0.0.1:4102' });
      expect(await repo.listSites()).toEqual([
        { id: 'site-a', name: 'Site A2', baseUrl: 'http://127.0.0.1:4102' },
      ]);
    });

    it('records new, unchanged, changed and returned ads with versions', async () => {
      const first = await record('1', t(0), snap());
      expect(first.change).toBe('new');
      expect((await record('1', t(1), snap())).change).toBe('unchanged');
      expect(await record('1', t(1), snap())).toEqual({ adId: first.adId, change: 'unchanged' });
      const changed = await record('1', t(2), snap({ city: 'Aarhus', title: 'Ny i Aarhus' }));
      expect(changed).toEqual({ adId: first.adId, change: 'changed' });

      const versions = await repo.listAdVersions(first.adId);
      expect(versions.map((v) => [v.number, v.firstSeen, v.lastSeen, v.changedFields])).toEqual([
        [1, t(0), t(1), []],
        [2, t(2), t(2), ['city', 'title']],
      ]);
      expect(versions[1]?.snapshot.city).toBe('Aarhus');

      const ad = await repo.getAdByKey('site-a:1');
      expect(ad).toMatchObject({
        id: first.adId,
        siteId: 'site-a',
        siteAdId: '1',
        firstSeen: t(0),
        lastSeen: t(2),
        goneAt: null,
      });
      expect(ad?.versionCount).toBe(2);
      expect(ad?.current.city).toBe('Aarhus');
      expect(await repo.getAd(first.adId)).toEqual(ad);
      expect(await repo.getAd(999_999)).toBeNull();
      expect(await repo.listCities()).toEqual(['Aarhus']);
    });

    it('does not make a version for null versus missing fields or key order', async () => {
      const { adId } = await record('1', t(0), snap({ age: null }));
      const reordered = {
        photoHashes: [],
        city: 'Odense',
        name: 'Mia',
        text: 'Hej, jeg hedder Mia',
        title: 'Ny i byen',
      };
      expect((await record('1', t(1), reordered)).change).toBe('unchanged');
      expect(await repo.listAdVersions(adId)).toHaveLength(1);
    });

    it('records the same new ad from several writers at once as one ad', async () => {
      await repo.listSites(); // warm the connection pool so that the writers really overlap
      const results = await Promise.all([1, 2, 3, 4].map(() => record('1', t(0), snap())));
      expect(new Set(results.map((r) => r.adId)).size).toBe(1);
      expect(results.map((r) => r.change).sort()).toEqual(['new', 'unchanged', 'unchanged', 'unchanged']);
      expect(await repo.listAdVersions(results[0]!.adId)).toHaveLength(1);
      const edits = await Promise.all(
        [1, 2, 3, 4].map((i) => record('1', t(i), snap({ title: `edit ${i}` }))),
      );
      expect(edits.map((r) => r.change)).toEqual(['changed', 'changed', 'changed', 'changed']);
      expect((await repo.listAdVersions(results[0]!.adId)).map((v) => v.number)).toEqual([1, 2, 3, 4, 5]);
    });

    it('pages 50 ads by default', async () => {
      for (let i = 0; i < 55; i++) await record(String(i), t(i % 60), snap());
      const page = await repo.listAds({});
      expect(page.total).toBe(55);
      expect(page.ads).toHaveLength(50);
    });

    it('marks unlisted active ads gone, never deletes them, and brings them back', async () => {
      const { run } = await repo.startOrResumeRun('site-a', t(0));
      for (const id of ['1', '2', '3']) await record(id, t(0), snap({ title: `ad ${id}` }), run.id);
      await record('9', t(0), snap(), null, 'site-b');
      await repo.finishRun(run.id, t(5), 'finished', stats);

      const { run: second } = await repo.startOrResumeRun('site-a', t(10));
      await repo.recordListed(second.id, 'site-a', ['1', '3']);
      await repo.recordListed(second.id, 'site-a', ['1']);
      expect(await repo.markUnlistedGone(second.id, 'site-a', t(11))).toEqual(['site-a:2']);
      expect(await repo.markUnlistedGone(second.id, 'site-a', t(12))).toEqual([]);
      expect((await repo.getAdByKey('site-a:2'))?.goneAt).toBe(t(11));
      expect((await repo.getAdByKey('site-b:9'))?.goneAt).toBeNull();
      expect((await repo.listAds({ status: 'all' })).total).toBe(4);
      expect((await repo.listAds({ status: 'gone' })).ads.map((a) => a.key)).toEqual(['site-a:2']);

      expect(await record('2', t(20), snap({ title: 'ad 2' }))).toMatchObject({ change: 'returned' });
      expect((await repo.getAdByKey('site-a:2'))?.goneAt).toBeNull();
      await repo.markUnlistedGone(second.id, 'site-a', t(21));
      expect(await record('2', t(22), snap({ title: 'ad 2 again' }))).toMatchObject({ change: 'returned' });
      expect((await repo.getAdByKey('site-a:2'))?.versionCount).toBe(2);
    });

    it('touchListed revives listed gone ads and moves lastSeen', async () => {
      await record('1', t(0), snap());
      await record('2', t(0), snap());
      const { run } = await repo.startOrResumeRun('site-a', t(1));
      await repo.recordListed(run.id, 'site-a', ['2']);
      expect(await repo.markUnlistedGone(run.id, 'site-a', t(2))).toEqual(['site-a:1']);
      const { run: next } = await repo.startOrResumeRun('site-a', t(3));
      expect(next.id).toBe(run.id);
      await repo.finishRun(run.id, t(4), 'finished', stats);
      const { run: third } = await repo.startOrResumeRun('site-a', t(5));
      await repo.recordListed(third.id, 'site-a', ['1', '2']);
      expect(await repo.touchListed(third.id, 'site-a', t(6))).toBe(1);
      const ad = await repo.getAdByKey('site-a:1');
      expect(ad).toMatchObject({ goneAt: null, lastSeen: t(6) });
      expect((await repo.listAdVersions(ad!.id))[0]?.lastSeen).toBe(t(6));
    });

    it('resumes a running run and starts a new one after it finished', async () => {
      const a = await repo.startOrResumeRun('site-a', t(0));
      expect(a.resumed).toBe(false);
      expect(a.run).toMatchObject({
        siteId: 'site-a',
        startedAt: t(0),
        status: 'running',
        finishedAt: null,
        stats: null,
      });
      const again = await repo.startOrResumeRun('site-a', t(1));
      expect(again).toEqual({ run: a.run, resumed: true });
      const other = await repo.startOrResumeRun('site-b', t(1));
      expect(other.resumed).toBe(false);
      await repo.finishRun(a.run.id, t(2), 'finished', stats);
      const b = await repo.startOrResumeRun('site-a', t(3));
      expect(b.resumed).toBe(false);
      expect(b.run.id).not.toBe(a.run.id);

      const runs = await repo.listRuns({ siteId: 'site-a' });
      expect(runs.map((r) => r.id)).toEqual([b.run.id, a.run.id]);
      expect(runs[1]).toMatchObject({ status: 'finished', finishedAt: t(2), durationMs: 120_000, stats });
      expect(await repo.listRuns({ limit: 1 })).toHaveLength(1);
      expect((await repo.latestRuns()).map((r) => r.id)).toEqual([a.run.id]);
    });

    it('stores list fingerprints of recorded ads', async () => {
      await record('1', t(0), snap());
      await record('2', t(0), snap());
      await repo.setFingerprint('site-a', '1', 'fp-1');
      const fps = await repo.getFingerprints('site-a', ['1', '2', '3']);
      expect([...fps.entries()].sort()).toEqual([
        ['1', 'fp-1'],
        ['2', null],
      ]);
    });

    it('stores a photo once by content hash', async () => {
      const photo = {
        sha256: 'ab'.repeat(32),
        mime: 'image/jpeg',
        width: 640,
        height: 480,
        phash: 'f0f0f0f0f0f0f0f0',
        bytes: 4,
      };
      expect(await repo.hasPhoto(photo.sha256)).toBe(false);
      await repo.savePhoto(photo, Buffer.from([1, 2, 3, 4]));
      await repo.savePhoto(photo, Buffer.from([1, 2, 3, 4]));
      expect(await repo.hasPhoto(photo.sha256)).toBe(true);
      const got = await repo.getPhoto(photo.sha256);
      expect(got?.photo).toEqual(photo);
      expect([...(got?.data ?? [])]).toEqual([1, 2, 3, 4]);
      expect(await repo.getPhoto('cd'.repeat(32))).toBeNull();
      const { adId } = await record('1', t(0), snap({ photoHashes: [photo.sha256, photo.sha256] }));
      expect((await repo.getAd(adId))?.current.photoHashes).toEqual([photo.sha256, photo.sha256]);
    });

    it('remembers which stored photo an address of a site gave, and when', async () => {
      const photo = {
        sha256: 'ef'.repeat(32),
        mime: 'image/png',
        width: 1,
        height: 1,
        phash: null,
        bytes: 1,
      };
      const url = 'https://example.invalid/img/1.jpg';
      await repo.savePhoto(photo, Buffer.from([9]));
      await repo.rememberPhotoUrl('site-a', url, photo.sha256, t(0));
      await repo.rememberPhotoUrl('site-a', url, photo.sha256, t(1));
      // An address whose photo is not stored says nothing; nor does another site's.
      await repo.rememberPhotoUrl('site-a', `${url}?2`, '00'.repeat(32), t(1));
      expect(await repo.knownPhotoUrls('site-a', [url, `${url}?2`, 'https://example.invalid/x'])).toEqual(
        new Map([[url, { sha256: photo.sha256, fetchedAt: t(1) }]]),
      );
      expect(await repo.knownPhotoUrls('site-b', [url])).toEqual(new Map());
    });

    it('records reviews and the list fingerprint with the ad, and leaves the fingerprint when not given', async () => {
      const input = {
        siteId: 'site-a',
        siteAdId: '7',
        url: 'https://example.invalid/7',
        seenAt: t(0),
        runId: null,
        snapshot: snap({ title: 'with reviews' }),
      };
      const { adId } = await repo.recordAd({
        ...input,
        reviews: [{ id: 'r1', text: 'ok' }],
        fingerprint: 'fp-7',
      });
      expect(await repo.listReviews(adId)).toEqual([{ id: 'r1', posted_at: null, text: 'ok', url: null }]);
      expect((await repo.getFingerprints('site-a', ['7'])).get('7')).toBe('fp-7');
      // Read in full with its fingerprint: when, for the crawler's re-reads.
      expect(await repo.getDetailsReadAt('site-a', ['7', '8'])).toEqual(new Map([['7', t(0)]]));
      const again = await repo.recordAd({ ...input, seenAt: t(1), reviews: [{ id: 'r1', text: 'edited' }] });
      expect(again).toEqual({ adId, change: 'unchanged' });
      expect((await repo.listReviews(adId))[0]?.text).toBe('edited');
      expect((await repo.getFingerprints('site-a', ['7'])).get('7')).toBe('fp-7');
      expect((await repo.getDetailsReadAt('site-a', ['7'])).get('7')).toBe(t(0));
      await repo.recordAd({ ...input, seenAt: t(2), fingerprint: 'fp-7' });
      expect((await repo.getDetailsReadAt('site-a', ['7'])).get('7')).toBe(t(2));
      await repo.recordAd({ ...input, seenAt: t(3), fingerprint: null });
      expect((await repo.getFingerprints('site-a', ['7'])).get('7')).toBeNull();
      expect(await repo.getDetailsReadAt('site-a', ['7'])).toEqual(new Map());
    });

    it('records a batch of ads in one call, as recordAd records each', async () => {
      const input = (id: string, title: string) => ({
        siteId: 'site-a',
        siteAdId: id,
        url: `https://example.invalid/${id}`,
        seenAt: t(0),
        runId: null,
        snapshot: snap({ title }),
      });
      const first = await repo.recordAds([input('b1', 'one'), input('b2', 'two')]);
      expect(first.map((o) => ('change' in o ? o.change : o.error))).toEqual(['new', 'new']);
      const again = await repo.recordAds([
        { ...input('b1', 'one'), reviews: [{ id: 'r1', text: 'ok' }] },
        input('b2', 'changed'),
      ]);
      expect(again.map((o) => ('change' in o ? o.change : o.error))).toEqual(['unchanged', 'changed']);
      const b1 = await repo.getAdByKey('site-a:b1');
      expect((await repo.listReviews(b1!.id)).map((r) => r.id)).toEqual(['r1']);
      expect((await repo.getAdByKey('site-a:b2'))?.versionCount).toBe(2);
    });

    it('upserts reviews by review id', async () => {
      const { adId } = await record('1', t(0), snap());
      await repo.saveReviews(adId, [
        { id: 'r1', posted_at: '2026-10-05', text: 'first' },
        { id: 'r2', text: 'second' },
      ]);
      await repo.saveReviews(adId, [{ id: 'r1', posted_at: '2026-10-05', text: 'edited' }]);
      expect(await repo.listReviews(adId)).toEqual([
        { id: 'r1', posted_at: '2026-10-05', text: 'edited', url: null },
        { id: 'r2', posted_at: null, text: 'second', url: null },
      ]);
      const other = await record('2', t(0), snap());
      await repo.saveReviews(other.adId, [{ id: 'x', text: 'other ad' }]);
      expect((await repo.getAds([other.adId, 999_999, adId])).map((a) => a.id)).toEqual([other.adId, adId]);
      const both = await repo.listReviewsOf([other.adId, adId, 999_999]);
      expect(both.get(adId)).toEqual(await repo.listReviews(adId));
      expect(both.get(other.adId)).toEqual([{ id: 'x', posted_at: null, text: 'other ad', url: null }]);
      expect(both.get(999_999)).toEqual([]);
    });

    it('lists ads with filters, sorts and pages', async () => {
      const a = await record('1', t(1), snap({ title: 'SØD pige', city: 'Odense' }));
      const b = await record('2', t(2), snap({ title: 'Massage', text: '100% diskret', city: 'Aarhus' }));
      const c = await record(
        '3',
        t(3),
        snap({ title: 'Ny', name: 'Anna_x', city: 'Odense' }),
        null,
        'site-b',
      );
      await record('1', t(4), snap({ title: 'SØD pige', city: 'Odense' }));
      const result = (score: number, level: 'red' | 'yellow' | 'green', adId: number) =>
        repo.saveIndicatorResult({
          adId,
          configVersion: 'v1',
          computedAt: t(5),
          score,
          level,
          indicators: [],
          result: {} as AdResult,
        });
      await result(9, 'red', b.adId);
      await result(4, 'yellow', c.adId);

      const keys = async (filter: Parameters<Repository['listAds']>[0]) =>
        (await repo.listAds(filter)).ads.map((x) => x.key);
      expect(await keys({})).toEqual(['site-a:1', 'site-b:3', 'site-a:2']);
      expect(await keys({ sort: 'firstSeen' })).toEqual(['site-b:3', 'site-a:2', 'site-a:1']);
      expect(await keys({ sort: 'score' })).toEqual(['site-a:2', 'site-b:3', 'site-a:1']);
      expect(await keys({ siteId: 'site-b' })).toEqual(['site-b:3']);
      expect(await keys({ city: 'Odense', sort: 'firstSeen' })).toEqual(['site-b:3', 'site-a:1']);
      expect(await keys({ level: 'red' })).toEqual(['site-a:2']);
      expect(await keys({ q: 'sød' })).toEqual(['site-a:1']);
      expect(await keys({ q: '100%' })).toEqual(['site-a:2']);
      expect(await keys({ q: 'anna_' })).toEqual(['site-b:3']);
      expect(await keys({ q: 'a_x' })).toEqual(['site-b:3']);
      expect(await keys({ q: 'n_a' })).toEqual([]);
      expect(await keys({ seenFrom: t(2), seenTo: t(3) })).toEqual(['site-b:3', 'site-a:2']);
      expect(await keys({ status: 'active' })).toHaveLength(3);

      const page = await repo.listAds({ sort: 'firstSeen', limit: 2, offset: 1 });
      expect(page.total).toBe(3);
      expect(page.ads.map((x) => x.id)).toEqual([b.adId, a.adId]);
      expect((await repo.listAds({ limit: 100_000 })).ads).toHaveLength(3);
      expect((await repo.getAd(b.adId))?.score).toBe(9);
    });

    it('keeps indicator result history and copies the latest into the ad', async () => {
      const { adId } = await record('1', t(0), snap());
      const base = { adId, configVersion: 'v1', indicators: [], result: { id: 'site-a:1' } as AdResult };
      const fired = [
        { id: 'youth-emphasis', weight: 3, evidence: [{ field: 'age', start: 0, end: 2, quote: '19' }] },
      ];
      await repo.saveIndicatorResult({ ...base, computedAt: t(1), score: 2, level: 'green' });
      await repo.saveIndicatorResult({
        ...base,
        computedAt: t(3),
        score: 7.5,
        level: 'red',
        indicators: fired,
        configVersion: 'v2',
      });
      await repo.saveIndicatorResult({ ...base, computedAt: t(2), score: 4, level: 'yellow' });
      const latest = await repo.getIndicatorResult(adId);
      expect(typeof latest?.id).toBe('number');
      expect(latest).toEqual({
        ...base,
        id: latest?.id,
        computedAt: t(3),
        score: 7.5,
        level: 'red',
        indicators: fired,
        configVersion: 'v2',
      });
      // Three rows of history; the latest (the second saved, by its later time) names its row.
      const first = (await repo.latestIndicatorResults([adId])).get(adId);
      expect(first?.id).toBe(latest?.id);
      expect(await repo.getAd(adId)).toMatchObject({ score: 7.5, level: 'red' });
      expect(await repo.getIndicatorResult(adId + 1)).toBeNull();
    });

    it('creates users with unique names', async () => {
      const u = await repo.createUser({ username: 'mette', role: 'outreach', passwordHash: '$argon2id$x' });
      expect(u).toMatchObject({
        username: 'mette',
        role: 'outreach',
        passwordHash: '$argon2id$x',
        lastVisitAt: null,
        disabled: false,
      });
      await expect(
        repo.createUser({ username: 'mette', role: 'admin', passwordHash: 'y' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await repo.touchUserVisit(u.id, t(9));
      expect(await repo.getUserByName('mette')).toEqual({ ...u, lastVisitAt: t(9) });
      expect(await repo.getUser(u.id)).toEqual({ ...u, lastVisitAt: t(9) });
      expect(await repo.getUserByName('nobody')).toBeNull();
      await repo.createUser({ username: 'anders', role: 'admin', passwordHash: 'z' });
      expect((await repo.listUsers()).map((x) => x.username)).toEqual(['anders', 'mette']);
    });

    it('keeps notes and the audit trail', async () => {
      const { adId } = await record('1', t(0), snap());
      const user = await repo.createUser({ username: 'mette', role: 'outreach', passwordHash: 'h' });
      const n1 = await repo.addNote({ adId, userId: user.id, body: 'Besøgt, tilbød hjælp', at: t(1) });
      await repo.addNote({ adId, userId: user.id, body: 'Opfølgning', at: t(2) });
      expect(n1).toMatchObject({ adId, userId: user.id, body: 'Besøgt, tilbød hjælp', createdAt: t(1) });
      expect((await repo.listNotes(adId)).map((n) => n.body)).toEqual(['Besøgt, tilbød hjælp', 'Opfølgning']);

      await repo.audit({
        at: t(1),
        userId: user.id,
        action: 'ad.view',
        subject: 'site-a:1',
        detail: { tab: 'versions' },
      });
      await repo.audit({ at: t(2), userId: null, action: 'login.failed', subject: null, detail: null });
      const all = await repo.listAudit();
      expect(all.map((e) => e.action)).toEqual(['login.failed', 'ad.view']);
      expect(await repo.listAudit({ subject: 'site-a:1' })).toEqual([
        {
          id: all[1]!.id,
          at: t(1),
          userId: user.id,
          action: 'ad.view',
          subject: 'site-a:1',
          detail: { tab: 'versions' },
        },
      ]);
      expect(await repo.listAudit({ limit: 1 })).toHaveLength(1);
    });
  });
}
