import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../config/index.js';
import { seedAds, type SeededIds } from '../server/test-fixtures.js';
import type { Level } from '../shared/types.js';
import { openTestRepository, testBackends } from '../store/index.js';
import type { Repository } from '../store/repository.js';
import { produceDigest } from './digest-run.js';
import { digestDir, loadDigestState } from './digest-state.js';
import { factsWith } from '../shared/facts.js';

describe.each(testBackends)('daily digest: %s', (backend) => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let ids: SeededIds;
  let dataDir: string;
  let config: Config;

  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository(backend));
    ids = await seedAds(repo);
    dataDir = await mkdtemp(join(tmpdir(), 'opspor-digest-'));
    config = configSchema.parse({ dataDir, digest: { dashboardUrl: 'https://opspor.example.org/' } });
  });
  afterEach(async () => {
    await cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Stores a result that links the ad into a network. */
  async function link(
    adId: number,
    key: string,
    level: Level,
    score: number,
    cluster: string,
  ): Promise<void> {
    const indicators = [
      { id: 'shared-contact', weight: 2, evidence: [{ ads: ['site-a:1', key], reason: 'same phone' }] },
    ];
    await repo.saveIndicatorResult({
      adId,
      configVersion: 'test-1',
      computedAt: '2026-10-04T08:00:00.000Z',
      score,
      level,
      indicators,
      result: {
        id: key,
        score,
        level,
        indicators,
        cluster,
        extracted: factsWith(),
      },
    });
  }

  async function recordAd(siteAdId: string, seenAt: string, city: string): Promise<number> {
    const { adId } = await repo.recordAd({
      siteId: 'site-a',
      siteAdId,
      url: `http://127.0.0.1:4101/ad/${siteAdId}`,
      seenAt,
      runId: null,
      snapshot: {
        photoHashes: [],
        title: 'Ny',
        text: 'Ny pige, ring 22 33 44 55',
        name: 'Secret Name',
        city,
      },
    });
    return adId;
  }

  it('reports new red ads, changed networks and unhealthy crawls since the previous digest', async () => {
    // First digest: no previous one, so "new" means first seen in the last 24 hours.
    const first = await produceDigest(repo, config, new Date('2026-10-02T10:00:00.000Z'));
    expect(first.digest).toMatchObject({
      day: '2026-10-02',
      since: '2026-10-01T10:00:00.000Z',
      hasPrevious: false,
      // The yellow ad is first seen at the digest's end: it belongs to the next one.
      newYellowCount: 0,
      changedNetworks: [],
      unhealthyCrawls: [{ site: 'site-b', reasons: ['list page had no ads'] }],
    });
    expect(first.digest.newRed).toEqual([
      {
        id: ids.red,
        key: 'site-a:1',
        site: 'site-a',
        city: 'Odense',
        score: 7,
        indicators: ['youth-emphasis', 'new-in-town', 'low-price'],
      },
    ]);
    expect(first.mailed).toBe(false);

    // The red and yellow ads turn out linked, and a new red ad joins their network in Vejle.
    await link(ids.red, 'site-a:1', 'red', 7, 'net-1');
    await link(ids.yellow, 'site-a:2', 'yellow', 3, 'net-1');
    const vejle = await recordAd('3', '2026-10-04T07:00:00.000Z', 'Vejle');
    await link(vejle, 'site-a:3', 'red', 8, 'net-1');
    const second = await produceDigest(repo, config, new Date('2026-10-04T12:00:00.000Z'));
    expect(second.digest.since).toBe('2026-10-02T10:00:00.000Z');
    expect(second.digest.newRed.map((a) => a.key)).toEqual(['site-a:3']);
    expect(second.digest.newYellowCount).toBe(1);
    expect(second.digest.changedNetworks).toEqual([
      { id: 'net-1', ads: 3, gained: 3, newCities: [], cities: ['København', 'Odense', 'Vejle'] },
    ]);

    // Nothing changed: nothing new.
    const third = await produceDigest(repo, config, new Date('2026-10-05T06:00:00.000Z'));
    expect(third.digest.newRed).toEqual([]);
    expect(third.digest.changedNetworks).toEqual([]);

    // The yellow ad moves to Aalborg: the network advertises in a new city.
    await recordAd('2', '2026-10-05T08:00:00.000Z', 'Aalborg');
    const fourth = await produceDigest(repo, config, new Date('2026-10-05T12:00:00.000Z'));
    expect(fourth.digest.changedNetworks).toEqual([
      // Danish order: "Aa" is Å, after Z.
      { id: 'net-1', ads: 3, gained: 0, newCities: ['Aalborg'], cities: ['Odense', 'Vejle', 'Aalborg'] },
    ]);

    // One file per digest, dated; a second on the same day does not overwrite the first.
    expect((await readdir(digestDir(dataDir))).filter((f) => f.endsWith('.md')).sort()).toEqual([
      'digest-2026-10-02.md',
      'digest-2026-10-04.md',
      'digest-2026-10-05-2.md',
      'digest-2026-10-05.md',
    ]);
    const markdown = await readFile(second.file, 'utf8');
    expect(markdown).toContain('# opspor: Dagligt overblik 2026-10-04');
    expect(markdown).toContain(
      `[site-a:3](https://opspor.example.org/ads/${vejle}): site-a · Vejle · Score 8`,
    );
    expect(markdown).toContain(
      '[net-1](https://opspor.example.org/clusters/net-1): 3 annoncer i alt; 3 nye annoncer',
    );
    expect(markdown).toContain('opmærksomhedspunkt, aldrig et bevis');
    // The file names ads; it does not copy their content.
    expect(markdown).not.toContain('Secret Name');
    expect(markdown).not.toContain('22 33 44 55');

    expect((await loadDigestState(dataDir)).state).toMatchObject({ lastDay: '2026-10-05' });
    const audit = await repo.listAudit({ limit: 10 });
    expect(audit.filter((e) => e.action === 'digest.create')).toHaveLength(4);
    expect(audit.find((e) => e.action === 'digest.create')?.detail).toMatchObject({ mailed: false });
  });

  it('counts a yellow ad scored after the digest of its first-seen day in the next one, once', async () => {
    const recordAt = async (siteAdId: string, at: string) =>
      (
        await repo.recordAd({
          siteId: 'site-a',
          siteAdId,
          url: `http://127.0.0.1:4101/ad/${siteAdId}`,
          seenAt: at,
          runId: null,
          snapshot: { photoHashes: [], title: siteAdId, city: 'Odense' },
        })
      ).adId;
    const score = async (adId: number, level: Level, points: number) =>
      repo.saveIndicatorResult({
        adId,
        configVersion: 'test-1',
        computedAt: '2026-10-05T10:30:00.000Z',
        score: points,
        level,
        indicators: [],
        result: {
          id: `site-a:${adId}`,
          score: points,
          level,
          indicators: [],
          cluster: null,
          extracted: factsWith(),
        },
      });
    // First seen at 09:00 between two digests; the crawl's scoring finishes after the second.
    const yellow = await recordAt('late-yellow', '2026-10-05T09:00:00.000Z');
    const red = await recordAt('late-red', '2026-10-05T09:00:00.000Z');
    const first = await produceDigest(repo, config, new Date('2026-10-05T08:00:00.000Z'));
    const second = await produceDigest(repo, config, new Date('2026-10-05T10:00:00.000Z'));
    await score(yellow, 'yellow', 4);
    await score(red, 'red', 8);
    const third = await produceDigest(repo, config, new Date('2026-10-06T10:00:00.000Z'));
    const digests = [first, second, third].map((d) => d.digest);
    expect(digests.map((d) => d.newRed.filter((a) => a.id === red).length)).toEqual([0, 0, 1]);
    const yellowCounts = digests.map((d) => d.newYellowCount);
    // The seeded store's own yellow ads count in the first digest; the late one in the third.
    expect(yellowCounts[2]).toBe(1);
  });

  it('moves a damaged state file aside and starts afresh instead of failing every day', async () => {
    await produceDigest(repo, config, new Date('2026-10-02T09:00:00.000Z'));
    await writeFile(join(digestDir(dataDir), 'state.json'), '{"version": 1, "lastRun');
    const run = await produceDigest(repo, config, new Date('2026-10-03T09:00:00.000Z'));
    expect(run.stateDamaged).toBe(true);
    expect(run.digest.hasPrevious).toBe(false);
    expect((await readdir(digestDir(dataDir))).some((f) => f.startsWith('state.json.damaged-'))).toBe(true);
    expect((await loadDigestState(dataDir)).state?.lastDay).toBe('2026-10-03');
  });

  it('refuses to make a digest while another process holds the lock', async () => {
    await produceDigest(repo, config, new Date('2026-10-02T09:00:00.000Z'));
    await writeFile(join(digestDir(dataDir), '.lock'), '');
    await expect(produceDigest(repo, config, new Date('2026-10-03T09:00:00.000Z'))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await loadDigestState(dataDir)).state?.lastDay).toBe('2026-10-02');
  });
});
