import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScoringConfig, parseScoringConfig } from '../indicators/scoring-config.js';
import { openTestRepository, testBackends } from '../store/index.js';
import type { AdSnapshot, Repository } from '../store/repository.js';
import { rerankAd } from './score-ad.js';
import { scoreStore } from './score-store.js';

const base = loadScoringConfig();

function snap(partial: Partial<AdSnapshot>): AdSnapshot {
  return { photoHashes: [], ...partial };
}

async function record(
  repo: Repository,
  siteAdId: string,
  snapshot: AdSnapshot,
  seenAt = '2026-10-01T10:00:00.000Z',
): Promise<number> {
  const { adId } = await repo.recordAd({
    siteId: 'demo',
    siteAdId,
    url: `http://127.0.0.1/${siteAdId}`,
    seenAt,
    runId: null,
    snapshot,
  });
  return adId;
}

describe.each(testBackends)('scoreStore (%s)', (backend) => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository(backend));
    await repo.upsertSite({ id: 'demo', name: 'Demo', baseUrl: 'http://127.0.0.1' });
  });
  afterEach(async () => {
    await cleanup();
  });

  it('scores text, reviews and cross-ad links of stored ads and writes only what changed', async () => {
    const template = 'is new in town, she is only here a few days. Call to book her. No english.';
    const a = await record(
      repo,
      '1',
      snap({
        name: 'Anna',
        city: 'Odense',
        title: 'Anna',
        text: `Anna ${template} 22 33 44 55`,
        phones: ['22 33 44 55'],
      }),
    );
    const b = await record(
      repo,
      '2',
      snap({
        name: 'Bella',
        city: 'Aarhus',
        title: 'Bella',
        text: `Bella ${template} 22 33 44 55`,
        phones: ['22 33 44 55'],
      }),
    );
    const c = await record(
      repo,
      '3',
      snap({
        name: 'Mette',
        city: 'Vejle',
        title: 'Mette',
        text: 'Jeg hedder Mette, dansk, 45 år. 1 time 1500 kr. Ring 61 92 04 38',
      }),
    );
    await repo.saveReviews(c, [{ id: 'r1', text: 'Hun virkede bange og en mand tog pengene.' }]);

    const first = await scoreStore(repo, base);
    expect(first).toMatchObject({ ads: 3, written: 3 });
    const ra = await repo.getIndicatorResult(a);
    const ids = ra?.indicators.map((i) => i.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['new-in-town', 'third-party-voice', 'shared-contact']));
    expect(ra?.result.cluster).not.toBeNull();
    expect(ra?.result.cluster).toBe((await repo.getIndicatorResult(b))?.result.cluster);
    const rc = await repo.getIndicatorResult(c);
    expect(rc?.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['review-distress', 'review-third-party-control']),
    );
    expect(rc?.result.cluster).toBeNull();
    expect((await repo.getAd(a))?.level).toBe(ra?.level);

    // Nothing changed: nothing read, nothing written.
    expect(await scoreStore(repo, base)).toMatchObject({ mode: 'incremental', ads: 0, written: 0 });
    // A changed configuration re-scores without re-crawling and records its version.
    const stricter = parseScoringConfig({
      version: 'test-2',
      thresholds: { red: 3, yellow: 1 },
      weights: {},
      enabled: [...base.enabled],
    });
    const again = await scoreStore(repo, stricter);
    expect(again.written).toBe(3);
    const after = await repo.getIndicatorResult(a);
    expect(after?.configVersion).toBe(stricter.configVersion);
    expect(after?.level).toBe('red');
  });

  it('after a crawl links and re-scores only new, changed and affected ads, as a full run would', async () => {
    const a = await record(
      repo,
      '1',
      snap({ name: 'Anna', city: 'Odense', text: 'Anna fra Odense. Ring 22 33 44 55' }),
    );
    const b = await record(
      repo,
      '2',
      snap({ name: 'Bella', city: 'Aarhus', text: 'Bella i Aarhus, 22 33 44 55' }),
    );
    const c = await record(
      repo,
      '3',
      snap({ name: 'Mette', city: 'Vejle', text: 'Jeg hedder Mette. Ring 61 92 04 38' }),
    );
    expect(await scoreStore(repo, base)).toMatchObject({ mode: 'full', ads: 3, written: 3 });
    const cluster = (await repo.getIndicatorResult(a))?.result.cluster;
    expect(cluster).toBeTruthy();

    // A new ad with Anna's phone: it, Anna and Bella are re-scored, Mette is not read at all.
    const d = await record(
      repo,
      '4',
      snap({ name: 'Dora', city: 'Vejle', text: 'Dora er ny. Tlf 22 33 44 55' }),
    );
    const step = await scoreStore(repo, base);
    expect(step).toMatchObject({ mode: 'incremental', ads: 3, written: 3 });
    for (const id of [a, b, d]) expect((await repo.getIndicatorResult(id))?.result.cluster).toBe(cluster);
    const dora = await repo.getIndicatorResult(d);
    const shared = dora?.indicators.find((i) => i.id === 'shared-contact');
    expect(shared?.evidence).toEqual([{ ads: ['demo:1', 'demo:2'], reason: 'same phone +4522334455' }]);
    expect(
      (await repo.getIndicatorResult(a))?.indicators.find((i) => i.id === 'shared-contact')?.evidence,
    ).toEqual([{ ads: ['demo:2', 'demo:4'], reason: 'same phone +4522334455' }]);

    // Mette changes to Anna's phone: she joins the network; a new review re-scores its ad only.
    await record(
      repo,
      '3',
      snap({ name: 'Mette', city: 'Vejle', text: 'Jeg hedder Mette. Ring 22 33 44 55' }),
    );
    expect((await scoreStore(repo, base)).written).toBe(4);
    expect((await repo.getIndicatorResult(c))?.result.cluster).toBe(cluster);
    await repo.saveReviews(c, [{ id: 'r1', text: 'Hun virkede bange og en mand tog pengene.' }]);
    expect(await scoreStore(repo, base)).toMatchObject({ ads: 1, written: 1 });
    expect((await repo.getIndicatorResult(c))?.indicators.map((i) => i.id)).toContain('review-distress');
    expect(await scoreStore(repo, base)).toMatchObject({ ads: 0, written: 0 });
    // The same review read again changes nothing; edited under the same id, it re-scores the ad.
    await repo.saveReviews(c, [{ id: 'r1', text: 'Hun virkede bange og en mand tog pengene.' }]);
    expect(await scoreStore(repo, base)).toMatchObject({ ads: 0, written: 0 });
    await repo.saveReviews(c, [{ id: 'r1', text: 'Hyggelig aften, alt var fint.' }]);
    expect(await scoreStore(repo, base)).toMatchObject({ ads: 1, written: 1 });
    expect((await repo.getIndicatorResult(c))?.indicators.map((i) => i.id)).not.toContain('review-distress');

    // The incremental results equal a full run's: nothing to write, and the cluster id is kept.
    expect(await scoreStore(repo, base, { full: true })).toMatchObject({ mode: 'full', ads: 4, written: 0 });
    expect((await repo.getIndicatorResult(a))?.result.cluster).toBe(cluster);
  });

  it('re-scores new ads that copy stored ones as a full run would, text and reviews included', async () => {
    const texts = [
      'is new in town, only here a few days. Call to book her. No english. 22 33 44 55',
      'Jeg hedder Mette, dansk, 45 år. 1 time 1500 kr. Ring 61 92 04 38',
      'Vi har 5 søde piger, nye piger hver uge. Åbent døgnet rundt. Ring 22 33 44 55',
    ];
    for (let n = 0; n < 6; n++)
      await record(repo, `s${n}`, snap({ name: `N${n}`, city: 'Odense', text: texts[n % 3]! }));
    await scoreStore(repo, base);
    const fresh: number[] = [];
    for (let n = 0; n < 6; n++)
      fresh.push(await record(repo, `t${n}`, snap({ name: `M${n}`, city: 'Aarhus', text: texts[n % 3]! })));
    await repo.saveReviews(fresh[1]!, [{ id: 'r1', text: 'Hun virkede bange og en mand tog pengene.' }]);
    const step = await scoreStore(repo, base);
    expect(step).toMatchObject({ mode: 'incremental' });
    // The ad rows carry the latest score and level (what the triage list sorts by).
    for (const adId of fresh) {
      const latest = await repo.getIndicatorResult(adId);
      expect(await repo.getAd(adId)).toMatchObject({ score: latest?.score, level: latest?.level });
    }
    expect(step.written).toBeGreaterThanOrEqual(6);
    const ids = async (adId: number) =>
      ((await repo.getIndicatorResult(adId))?.indicators ?? []).map((i) => i.id);
    expect(await ids(fresh[0]!)).toEqual(expect.arrayContaining(['new-in-town', 'shared-contact']));
    expect(await ids(fresh[1]!)).toContain('review-distress');
    expect((await repo.getIndicatorResult(fresh[1]!))?.result.extracted.phones).toEqual(['+4561920438']);
    // A full run finds nothing to change (equal similarities list their ads in one order).
    expect(await scoreStore(repo, base, { full: true })).toMatchObject({ written: 0 });
  });

  it('says which crawled change it has not scored yet, the oldest first, until it has', async () => {
    const seen = (day: number) => `2026-10-0${day}T10:00:00.000Z`;
    const at = (siteAdId: string, day: number, snapshot: AdSnapshot) =>
      record(repo, siteAdId, snapshot, seen(day));
    const text = 'Jeg hedder Mette. 1 time 1500 kr. Ring 61 92 04 38';
    expect(await repo.oldestUnscoredChange()).toBeNull();
    await at('1', 1, snap({ text }));
    expect(await repo.oldestUnscoredChange()).toBe(seen(1));
    // Scored an hour after each crawl.
    const after = (day: number) => ({ now: () => new Date(Date.parse(seen(day)) + 3_600_000) });
    await scoreStore(repo, base, after(1));
    expect(await repo.oldestUnscoredChange()).toBeNull();
    // A new photo: a new version whose result stays the same (nothing written), and a new ad.
    await at('1', 2, snap({ text, photoHashes: ['a'.repeat(64)] }));
    await at('2', 3, snap({ text: 'Ny i byen, Sofia. Ring 22 33 44 55' }));
    expect(await repo.oldestUnscoredChange()).toBe(seen(2));
    expect(await scoreStore(repo, base, after(3))).toMatchObject({ ads: 2, written: 1 });
    expect(await repo.oldestUnscoredChange()).toBeNull();
  });

  it('flags an ad edited from one town to another within the window, and keeps the flag', async () => {
    const version = (siteAdId: string, day: number, city: string, text: string) =>
      record(
        repo,
        siteAdId,
        snap({ name: 'Anna', city, text }),
        new Date(Date.UTC(2026, 9, day, 10)).toISOString(),
      );
    const moves = async (adId: number) =>
      (await repo.getIndicatorResult(adId))?.indicators.find((i) => i.id === 'multi-city-movement')?.evidence;
    const a = await version('1', 1, 'Aarhus', 'Anna i Aarhus. Ring 22 33 44 55');
    const b = await version('2', 1, 'Vejle', 'Sofie i Vejle. Ring 61 92 04 38');
    await scoreStore(repo, base);
    expect(await moves(a)).toBeUndefined();
    // Edited to Odense five days later: no other ad involved.
    await version('1', 6, 'Odense', 'Anna i Odense. Ring 22 33 44 55');
    await scoreStore(repo, base);
    const evidence = [{ ads: ['demo:1'], reason: 'this ad moved from Aarhus within 30 days' }];
    expect(await moves(a)).toEqual(evidence);
    // Re-scored for a neighbour's sake (a new ad with her phone), the ad keeps it.
    await version('3', 7, 'Odense', 'Mia er ny. Tlf 22 33 44 55');
    await scoreStore(repo, base);
    expect(await moves(a)).toEqual(evidence);
    // The same move 40 days later is outside the window; a full run agrees with the incremental.
    await version('2', 45, 'Aalborg', 'Sofie i Aalborg. Ring 61 92 04 38');
    await scoreStore(repo, base);
    expect(await moves(b)).toBeUndefined();
    expect(await scoreStore(repo, base, { full: true })).toMatchObject({ written: 0 });
    expect(await moves(a)).toEqual(evidence);
  });

  it('keeps a network its id through a full run after one ad left it, and gives the lone ad none', async () => {
    const ad = (name: string, phone: string) =>
      snap({ name, city: 'Odense', title: name, text: `${name} ring ${phone}`, phones: [phone] });
    const a = await record(repo, '1', ad('Anna', '22 33 44 55'));
    const b = await record(repo, '2', ad('Bella', '22 33 44 55'));
    const c = await record(repo, '3', ad('Cille', '22 33 44 55'));
    await scoreStore(repo, base);
    const before = (await repo.getIndicatorResult(a))?.result.cluster;
    expect(before).toBeTruthy();
    // Anna's ad is edited to a phone of its own: it leaves the network of Bella and Cille.
    await record(
      repo,
      '1',
      snap({ name: 'Anna', city: 'Odense', text: 'Helt anden tekst om noget andet, 61 92 04 38' }),
      '2026-10-02T10:00:00.000Z',
    );
    await scoreStore(repo, base, { full: true });
    const cluster = async (id: number) => (await repo.getIndicatorResult(id))?.result.cluster;
    expect(await cluster(a)).toBeNull();
    expect([await cluster(b), await cluster(c)]).toEqual([before, before]);
    expect((await repo.getNetworkCluster(before!, 10))?.size).toBe(2);
  });

  it("keeps the list filters' facets of the ads it scores up to date", async () => {
    const listed = async (filter: { indicator?: string; nationality?: string; phone?: string }) =>
      (await repo.listAds({ status: 'all', ...filter })).ads.map((ad) => ad.key);
    const text = 'Ny i byen! Sofia fra Rumænien, kun her få dage. Ring 22 33 44 55';
    const a = await record(repo, '1', snap({ title: 'Sofia', text }));
    await scoreStore(repo, base);
    expect(await listed({ indicator: 'new-in-town' })).toEqual(['demo:1']);
    expect(await listed({ nationality: 'RO' })).toEqual(['demo:1']);
    expect(await listed({ phone: '+4522334455' })).toEqual(['demo:1']);

    // A new version without those facts: the filters no longer find the ad.
    await repo.recordAd({
      siteId: 'demo',
      siteAdId: '1',
      url: 'http://127.0.0.1/1',
      seenAt: '2026-10-02T10:00:00.000Z',
      runId: null,
      snapshot: snap({ title: 'Sofia', text: 'Sofia, massage i Odense. Ring 61 92 04 38' }),
    });
    await scoreStore(repo, base);
    expect((await repo.getIndicatorResult(a))?.indicators.map((i) => i.id)).not.toContain('new-in-town');
    expect(await listed({ indicator: 'new-in-town' })).toEqual([]);
    expect(await listed({ nationality: 'RO' })).toEqual([]);
    expect(await listed({ phone: '+4561920438' })).toEqual(['demo:1']);
  });

  it('keeps flags set by people (x-factor) when re-scoring', async () => {
    const id = await record(repo, '9', snap({ name: 'Mette', text: 'Jeg hedder Mette. 1 time 1500 kr.' }));
    await scoreStore(repo, base);
    expect((await repo.getIndicatorResult(id))?.score).toBe(0);
    const mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
    await repo.setXFactor({
      adId: id,
      note: 'seen at the address',
      userId: mia,
      at: '2026-10-02T10:00:00.000Z',
    });
    await rerankAd(repo, id, base);
    await scoreStore(
      repo,
      parseScoringConfig({
        version: 'test-3',
        thresholds: { red: 7, yellow: 3 },
        weights: {},
        enabled: [...base.enabled],
      }),
    );
    const rescored = await repo.getIndicatorResult(id);
    expect(rescored?.indicators.map((i) => i.id)).toEqual(['x-factor']);
    expect(rescored?.level).toBe('yellow');
  });

  it('brings an x-factor back when a profile that disabled it is replaced by one that enables it', async () => {
    const id = await record(repo, '9', snap({ name: 'Mette', text: 'Jeg hedder Mette. 1 time 1500 kr.' }));
    await scoreStore(repo, base);
    const mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
    await repo.setXFactor({
      adId: id,
      note: 'seen at the address',
      userId: mia,
      at: '2026-10-02T10:00:00.000Z',
    });
    await rerankAd(repo, id, base);
    const { 'x-factor': _x, ...weights } = base.weights;
    await scoreStore(repo, parseScoringConfig({ version: 'no-x', thresholds: base.thresholds, weights }), {
      full: true,
    });
    expect((await repo.getIndicatorResult(id))?.indicators.map((i) => i.id)).toEqual([]);
    await scoreStore(repo, base, { full: true });
    const back = await repo.getIndicatorResult(id);
    expect(back?.indicators.map((i) => i.id)).toEqual(['x-factor']);
    expect(back?.score).toBe(3);
  });

  it("makes a crawl's new result current even when the re-rank before it ran under a clock ahead", async () => {
    const id = await record(repo, '9', snap({ name: 'Mette', text: 'Jeg hedder Mette. 1 time 1500 kr.' }));
    await scoreStore(repo, base);
    const mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
    await repo.setXFactor({ adId: id, note: 'bekymret', userId: mia, at: new Date().toISOString() });
    // The dashboard's host runs a minute ahead of the crawler's.
    await rerankAd(repo, id, base, () => new Date(Date.now() + 60_000));
    await record(
      repo,
      '9',
      snap({ name: 'Mette', text: 'Ny i byen! Alt uden kondom. Min ven tager telefonen.' }),
      new Date().toISOString(),
    );
    await scoreStore(repo, base);
    const current = await repo.getIndicatorResult(id);
    expect(current?.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['x-factor', 'new-in-town', 'unprotected-services']),
    );
    expect(await repo.getAd(id)).toMatchObject({ score: current?.score, level: current?.level });
  });

  it('skips saving a result computed from one that is no longer the latest, and says which', async () => {
    const id = await record(repo, '7', snap({ text: 'Ny i byen' }));
    await scoreStore(repo, base);
    const read = (await repo.getIndicatorResult(id))!;
    expect(read.id).toEqual(expect.any(Number));
    const next = (minute: number) => ({ ...read, computedAt: `2030-01-01T10:0${minute}:00.000Z` });
    // Computed from `read`, saved while `read` is still the latest: stored.
    expect(await repo.saveIndicatorResult({ ...next(1), score: 4, replaces: read.id! })).toBe(true);
    // Computed from `read` too, but another result was stored since: skipped, nothing written.
    expect(await repo.saveIndicatorResult({ ...next(2), score: 9, replaces: read.id! })).toBe(false);
    expect(await repo.saveIndicatorResults([{ ...next(3), score: 9, replaces: read.id! }])).toEqual([id]);
    expect((await repo.getIndicatorResult(id))?.score).toBe(4);
    // Without `replaces` a save is unconditional, as before.
    expect(await repo.saveIndicatorResults([{ ...next(4), score: 5 }])).toEqual([]);
    expect((await repo.getIndicatorResult(id))?.score).toBe(5);
  });

  it("never overwrites a worker's re-rank made while it scored, and scores that ad again next run", async () => {
    const template = 'is new in town, she is only here a few days. Call to book her.';
    const a = await record(repo, '1', snap({ name: 'Anna', text: `Anna ${template} 22 33 44 55` }));
    await scoreStore(repo, base);
    const mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
    // A second ad on the same phone arrives; while the crawl's scoring has read the stored
    // results (Anna's among them, to re-score her shared-contact evidence), a worker sets an
    // x-factor on Anna and the dashboard re-ranks her.
    await record(repo, '2', snap({ name: 'Bella', text: `Bella ${template} 22 33 44 55` }));
    let acted = false;
    const racing = new Proxy(repo, {
      get(target, property, receiver) {
        if (property !== 'latestIndicatorResults') return Reflect.get(target, property, receiver) as unknown;
        return async (ids: readonly number[]) => {
          const read = await target.latestIndicatorResults(ids);
          if (!acted && ids.includes(a)) {
            acted = true;
            await target.setXFactor({
              adId: a,
              note: 'Virkede bange',
              userId: mia,
              at: '2026-10-02T09:00:00.000Z',
            });
            await rerankAd(target, a, base);
          }
          return read;
        };
      },
    });
    await scoreStore(racing, base);
    expect(acted).toBe(true);
    const ids = async () => (await repo.getIndicatorResult(a))?.indicators.map((i) => i.id) ?? [];
    // The re-rank's result stands (with the x-factor); Anna is still marked for re-scoring.
    expect(await ids()).toContain('x-factor');
    expect((await repo.listStaleNetworkAds()).rescore).toContain(a);
    // The next run scores her again from that result: the x-factor and the new shared contact.
    await scoreStore(repo, base);
    expect(await ids()).toEqual(expect.arrayContaining(['x-factor', 'shared-contact']));
    expect((await repo.listStaleNetworkAds()).rescore).not.toContain(a);
  });
});
