import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import { adFeatures } from '../network/features.js';
import { MinHasher } from '../network/minhash.js';
import { defaultNetworkOptions } from '../network/options.js';
import { PersistedNetworkView } from '../network/persisted-view.js';
import type { AdInput } from '../shared/types.js';
import { openTestRepository, testBackends } from './index.js';
import type { NetworkAdInput } from './network-store.js';
import type { Repository } from './repository.js';

const options = defaultNetworkOptions;
const hasher = new MinHasher(options.minhash);

const template =
  'Ny i byen, kun her få dage. Diskret lejlighed tæt på stationen, ring for at booke. Ingen sms, kun opkald i åbningstiden.';

describe.each(testBackends)('persisted network (%s)', (backend) => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let n = 0;
  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository(backend));
    n = 0;
  });
  afterEach(async () => {
    await cleanup();
  });

  /** Records an ad and returns its network input (features of its current version). */
  async function ad(fields: Omit<AdInput, 'id'>, siteAdId = String(++n)): Promise<NetworkAdInput> {
    const day = String(1 + (Number(siteAdId) % 27)).padStart(2, '0');
    const { adId } = await repo.recordAd({
      siteId: 'demo',
      siteAdId,
      url: `http://127.0.0.1/${siteAdId}`,
      seenAt: `2026-10-${day}T10:00:00.000Z`,
      runId: null,
      snapshot: { photoHashes: [], ...fields },
    });
    const features = adFeatures(prepareAd({ id: `demo:${siteAdId}`, ...fields }), hasher);
    const versions = await repo.adVersionIds();
    return { adId, versionId: versions.get(adId) ?? null, features };
  }

  async function clusterOf(adId: number): Promise<string | null> {
    const { clusters } = await repo.loadNetworkNeighbourhood([adId]);
    return clusters.get(adId) ?? null;
  }

  it('links a new ad to a stored one by phone and names the cluster after the earliest ad', async () => {
    const a = await ad({ name: 'Anna', text: 'Anna, ring 22 33 44 55', posted_at: '2026-10-01T10:00:00Z' });
    expect((await repo.updateNetwork([a], options)).created).toEqual([]);
    expect(await clusterOf(a.adId)).toBeNull();
    const b = await ad({ name: 'Bella', text: 'Bella her, +45 22334455', posted_at: '2026-10-02T10:00:00Z' });
    const update = await repo.updateNetwork([b], options);
    expect(update.created).toHaveLength(1);
    expect(update.affected).toEqual([b.adId, a.adId]);
    const id = update.created[0]!;
    expect(await clusterOf(a.adId)).toBe(id);
    expect(await clusterOf(b.adId)).toBe(id);
    const cluster = await repo.getNetworkCluster(id, 10);
    expect(cluster).toMatchObject({ id, size: 2, adIds: [a.adId, b.adId] });

    // The cross-ad indicators come out of the stored neighbourhood.
    const { hood } = await repo.loadNetworkNeighbourhood([a.adId]);
    const fired = new PersistedNetworkView(options, hood).indicatorsFor(a.adId);
    expect(fired.map((f) => f.id)).toContain('shared-contact');

    // Both are marked for re-scoring until cleared.
    expect((await repo.listStaleNetworkAds()).rescore).toEqual([a.adId, b.adId]);
    await repo.clearNetworkRescore([a.adId, b.adId]);
    expect(await repo.listStaleNetworkAds()).toMatchObject({ changed: [], rescore: [] });

    expect(await repo.findAdsByContact({ kind: 'phone', digits: '22334455' }, 10)).toEqual([a.adId, b.adId]);
    expect(await repo.findAdsByContact({ kind: 'phone', digits: '004522334455' }, 10)).toEqual([
      a.adId,
      b.adId,
    ]);
    expect(await repo.findAdsByContact({ kind: 'phone', digits: '99887766' }, 10)).toEqual([]);
  });

  it('finds the same candidates whether bucket rows are still recent or merged into the big table', async () => {
    // Two unrelated templates and phones, so that the two runs in this one store do not link.
    const other =
      'Velkommen til en afslappende massage i rolige omgivelser med blød musik, varme håndklæder og te bagefter.';
    const run = async (recentLimit: number, text: string, d: string): Promise<string[]> => {
      const a1 = await ad({ name: 'Anna', text: `Anna. ${text} ${d}2 33 44 55` });
      const b1 = await ad({
        name: 'Bella',
        text: `Bella er en glad pige med smil, skriv gerne ${d}1 92 04 38`,
      });
      await repo.updateNetwork([a1, b1], options, recentLimit);
      const copy = await ad({ name: 'Cara', text: `Cara. ${text} ${d}0 50 60 70` });
      const update = await repo.updateNetwork([copy], options, recentLimit);
      expect(update.affected).toEqual([copy.adId, a1.adId]);
      const { hood } = await repo.loadNetworkNeighbourhood([copy.adId]);
      return hood.links.filter((l) => l.adId === copy.adId).map((l) => `${l.type}:${l.otherId - copy.adId}`);
    };
    const recent = await run(1_000_000, template, '2');
    // A limit of 0 merges after every update: the copy must still find Anna's text in the big table.
    const merged = await run(0, other, '3');
    expect(recent).toEqual(['text:-2']);
    expect(merged).toEqual(recent);
  });

  it('links copied text and merges two clusters into the older id', async () => {
    const a1 = await ad({ name: 'Anna', text: `Anna. ${template} 22 33 44 55` });
    const a2 = await ad({ name: 'Alma', text: 'Alma fra Odense, massage og hygge. Tlf 22 33 44 55' });
    const b1 = await ad({ name: 'Bella', text: 'Bella er en glad pige med smil, skriv gerne 61 92 04 38' });
    const b2 = await ad({ name: 'Berit', text: 'Berit tager imod i weekenden på 61 92 04 38 hele natten' });
    const first = (await repo.updateNetwork([a1, a2], options)).created[0]!;
    const second = (await repo.updateNetwork([b1, b2], options)).created[0]!;
    expect(first).not.toBe(second);
    await repo.clearNetworkRescore([a1.adId, a2.adId, b1.adId, b2.adId]);

    // A copy of Anna's text with Bella's phone joins both networks.
    const bridge = await ad({ name: 'Cara', text: `Cara. ${template} 61 92 04 38` });
    const update = await repo.updateNetwork([bridge], options);
    expect(update.merged).toEqual([{ from: second, into: first }]);
    for (const x of [a1, a2, b1, b2, bridge]) expect(await clusterOf(x.adId)).toBe(first);
    expect((await repo.getNetworkCluster(first, 10))?.size).toBe(5);
    expect(await repo.getNetworkCluster(second, 10)).toBeNull();
    // The bridge, the ad it copies, and the absorbed cluster's ads; Alma's flags and id stay.
    expect(update.affected).toEqual([bridge.adId, a1.adId, b1.adId, b2.adId]);
    const { hood } = await repo.loadNetworkNeighbourhood([bridge.adId]);
    expect(hood.links.filter((l) => l.type === 'text').map((l) => l.otherId)).toEqual([a1.adId]);
  });

  it('splits a cluster when a changed ad no longer links it, keeping the id for the larger part', async () => {
    const a = await ad({ name: 'Anna', text: 'Anna fra Odense, massage og hygge. Tlf 22 33 44 55' }, '1');
    const b = await ad(
      { name: 'Bella', text: 'Bella er en glad pige med smil, 22 33 44 55 eller 61 92 04 38' },
      '2',
    );
    const c = await ad({ name: 'Cara', text: 'Cara tager imod i weekenden på 61 92 04 38 hele natten' }, '3');
    const d = await ad(
      { name: 'Dina', text: 'Dina venter på dig med olie og varme hænder: 61 92 04 38' },
      '4',
    );
    const id = (await repo.updateNetwork([a, b, c, d], options)).created[0]!;
    for (const x of [a, b, c, d]) expect(await clusterOf(x.adId)).toBe(id);

    // Bella drops the Danish number that tied Anna to the others.
    const changed = await ad({ name: 'Bella', text: 'Bella er en glad pige med smil, 61 92 04 38' }, '2');
    expect((await repo.listStaleNetworkAds()).changed).toEqual([
      { adId: b.adId, versionId: changed.versionId },
    ]);
    const update = await repo.updateNetwork([changed], options);
    expect(update.affected).toContain(a.adId);
    expect(await clusterOf(a.adId)).toBeNull();
    for (const x of [b, c, d]) expect(await clusterOf(x.adId)).toBe(id);
    expect((await repo.getNetworkCluster(id, 10))?.size).toBe(3);
    expect((await repo.listStaleNetworkAds()).changed).toEqual([]);
  });

  it('rebuilds the whole network and reads back presets, versions and reviews', async () => {
    const a = await ad({ name: 'Anna', text: 'Anna, ring 22 33 44 55' });
    const b = await ad({ name: 'Bella', text: 'Bella, ring 22 33 44 55' });
    await repo.replaceNetwork({
      options,
      builtWith: 'test-1',
      reviewMark: 0,
      versionMark: 0,
      links: [],
      ads: [
        { ...a, cluster: { id: 'c-kept', seq: 4 } },
        { ...b, cluster: { id: 'c-kept', seq: 4 } },
      ],
    });
    expect(await repo.networkBuiltWith()).toBe('test-1');
    expect(await repo.networkClusterPresets()).toEqual(
      new Map([
        ['demo:1', { id: 'c-kept', seq: 4 }],
        ['demo:2', { id: 'c-kept', seq: 4 }],
      ]),
    );
    expect(await repo.getNetworkCluster('c-kept', 1)).toEqual({
      id: 'c-kept',
      seq: 4,
      size: 2,
      adIds: [a.adId],
    });
    // The bucket index is back after the bulk load: a copy is found through it.
    const c = await ad({ name: 'Cara', text: 'Cara, ring 22 33 44 55' });
    expect((await repo.updateNetwork([c], options)).created).toEqual([]);
    expect(await clusterOf(c.adId)).toBe('c-kept');

    await repo.saveReviews(a.adId, [{ id: 'r1', text: 'fin' }]);
    expect(await repo.markReviewedAds()).toBe(1);
    expect(await repo.markReviewedAds()).toBe(0);
    expect((await repo.listStaleNetworkAds()).rescore).toContain(a.adId);
    expect(await repo.latestReviewId()).toBeGreaterThan(0);
  });
});
