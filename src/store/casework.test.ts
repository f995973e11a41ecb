import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import { openTestRepository, testBackends } from './index.js';
import type { Repository } from './repository.js';
import { factsWith } from '../shared/facts.js';

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const photo = 'a'.repeat(64);

describe.each(testBackends)('casework store: %s', (backend) => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let adId: number;
  let mia: number;
  let jens: number;

  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository(backend));
    ({ adId } = await repo.recordAd({
      siteId: 'site-a',
      siteAdId: '1',
      url: 'http://127.0.0.1/1',
      seenAt: at(0),
      runId: null,
      snapshot: { title: 'Ny i byen', text: 'Hej', photoHashes: [photo] },
    }));
    mia = (await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' })).id;
    jens = (await repo.createUser({ username: 'jens', role: 'analyst', passwordHash: 'x' })).id;
  });
  afterEach(async () => {
    await cleanup();
  });

  it('an ad without a case is new and unassigned', async () => {
    const work = await repo.getCasework(adId);
    expect(work).toEqual({
      case: {
        adId,
        status: 'new',
        outcome: null,
        assigneeId: null,
        assigneeName: null,
        updatedById: null,
        updatedByName: null,
        updatedAt: null,
      },
      xFactor: null,
      photoTags: [],
    });
    expect(await repo.listCaseEvents(adId)).toEqual([]);
  });

  it('changes status and assignee, recording who and when for real changes only', async () => {
    const first = await repo.updateCase({
      adId,
      status: 'to-contact',
      assigneeId: jens,
      userId: mia,
      at: at(1),
    });
    expect(first).toMatchObject({
      status: 'to-contact',
      assigneeId: jens,
      assigneeName: 'jens',
      updatedById: mia,
      updatedByName: 'mia',
      updatedAt: at(1),
    });
    // The same values again change nothing and record nothing.
    await repo.updateCase({ adId, status: 'to-contact', assigneeId: jens, userId: jens, at: at(2) });
    const second = await repo.updateCase({ adId, assigneeId: null, userId: jens, at: at(3) });
    expect(second).toMatchObject({
      status: 'to-contact',
      assigneeId: null,
      updatedByName: 'jens',
      updatedAt: at(3),
    });

    const events = await repo.listCaseEvents(adId);
    expect(events.map((e) => [e.kind, e.username, e.at, e.detail])).toEqual([
      ['status', 'mia', at(1), { from: 'new', to: 'to-contact' }],
      ['assignment', 'mia', at(1), { fromId: null, from: null, toId: jens, to: 'jens' }],
      ['assignment', 'jens', at(3), { fromId: jens, from: 'jens', toId: null, to: null }],
    ]);
    const audit = await repo.listAudit({ subject: 'ad:site-a:1' });
    expect(audit.map((a) => a.action).reverse()).toEqual(['case.status', 'case.assign', 'case.assign']);
    expect(audit.at(-1)?.userId).toBe(mia);
  });

  it('reads the case status of many ads at once, new where no case was opened', async () => {
    const { adId: other } = await repo.recordAd({
      siteId: 'site-a',
      siteAdId: '2',
      url: 'http://127.0.0.1/2',
      seenAt: at(0),
      runId: null,
      snapshot: { title: 'Anden', text: 'Hej', photoHashes: [] },
    });
    await repo.updateCase({ adId, status: 'visited', userId: mia, at: at(1) });
    const statuses = await repo.caseStatusesOf([other, adId]);
    expect([...statuses]).toEqual([
      [other, 'new'],
      [adId, 'visited'],
    ]);
    expect((await repo.caseStatusesOf([])).size).toBe(0);
  });

  it('sets, replaces and removes the x-factor; the audit never holds the note', async () => {
    const set = await repo.setXFactor({
      adId,
      note: 'Set ved opsøgning, virkede bange',
      userId: mia,
      at: at(1),
    });
    expect(set).toEqual({
      adId,
      note: 'Set ved opsøgning, virkede bange',
      setById: mia,
      setByName: 'mia',
      setAt: at(1),
    });
    await repo.setXFactor({ adId, note: 'Ny note', userId: jens, at: at(2) });
    expect((await repo.getCasework(adId)).xFactor).toMatchObject({ note: 'Ny note', setByName: 'jens' });
    expect(await repo.removeXFactor({ adId, userId: mia, at: at(3) })).toBe(true);
    expect(await repo.removeXFactor({ adId, userId: mia, at: at(4) })).toBe(false);
    expect((await repo.getCasework(adId)).xFactor).toBeNull();

    const events = await repo.listCaseEvents(adId);
    expect(events.map((e) => [e.kind, e.username, e.detail])).toEqual([
      ['x-factor-set', 'mia', { note: 'Set ved opsøgning, virkede bange', replaced: false }],
      ['x-factor-set', 'jens', { note: 'Ny note', replaced: true }],
      ['x-factor-removed', 'mia', { note: 'Ny note' }],
    ]);
    const audit = await repo.listAudit({ subject: 'ad:site-a:1' });
    expect(audit.map((a) => a.action).reverse()).toEqual(['x-factor.set', 'x-factor.set', 'x-factor.remove']);
    expect(JSON.stringify(audit)).not.toContain('note');
  });

  it('tags photos once per (photo, tag) and removes tags', async () => {
    expect(await repo.adHasPhoto(adId, photo)).toBe(true);
    expect(await repo.adHasPhoto(adId, 'b'.repeat(64))).toBe(false);
    expect(
      await repo.addPhotoTag({ adId, sha256: photo, tag: 'appears-young', userId: mia, at: at(1) }),
    ).toBe(true);
    expect(
      await repo.addPhotoTag({ adId, sha256: photo, tag: 'appears-young', userId: jens, at: at(2) }),
    ).toBe(false);
    expect(
      await repo.addPhotoTag({ adId, sha256: photo, tag: 'explicit-images', userId: jens, at: at(3) }),
    ).toBe(true);
    expect((await repo.getCasework(adId)).photoTags).toEqual([
      { adId, sha256: photo, tag: 'appears-young', setById: mia, setByName: 'mia', setAt: at(1) },
      { adId, sha256: photo, tag: 'explicit-images', setById: jens, setByName: 'jens', setAt: at(3) },
    ]);
    expect(
      await repo.removePhotoTag({ adId, sha256: photo, tag: 'appears-young', userId: jens, at: at(4) }),
    ).toBe(true);
    expect(
      await repo.removePhotoTag({ adId, sha256: photo, tag: 'appears-young', userId: jens, at: at(5) }),
    ).toBe(false);
    expect((await repo.getCasework(adId)).photoTags.map((t) => t.tag)).toEqual(['explicit-images']);
    const events = await repo.listCaseEvents(adId);
    expect(events.map((e) => [e.kind, e.username, e.detail.tag])).toEqual([
      ['photo-tag-added', 'mia', 'appears-young'],
      ['photo-tag-added', 'jens', 'explicit-images'],
      ['photo-tag-removed', 'jens', 'appears-young'],
    ]);
  });

  it('refuses changes to an unknown ad and writes nothing', async () => {
    await expect(
      repo.updateCase({ adId: 9999, status: 'closed', userId: mia, at: at(1) }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(repo.setXFactor({ adId: 9999, note: 'x', userId: mia, at: at(1) })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await repo.listAudit()).toEqual([]);
  });

  it('refuses a status outside the list (database check)', async () => {
    await expect(
      repo.updateCase({ adId, status: 'archived' as 'closed', userId: mia, at: at(1) }),
    ).rejects.toThrow();
    expect((await repo.getCasework(adId)).case.status).toBe('new');
  });

  it('records, changes and clears the outcome with who, when and from→to; the audit holds only the words', async () => {
    const set = await repo.updateCase({ adId, outcome: 'not-reached', userId: mia, at: at(1) });
    expect(set).toMatchObject({
      status: 'new',
      outcome: 'not-reached',
      updatedByName: 'mia',
      updatedAt: at(1),
    });
    // Status and outcome in one change: one event each.
    await repo.updateCase({ adId, status: 'visited', outcome: 'no-concern', userId: jens, at: at(2) });
    // The same outcome again records nothing.
    await repo.updateCase({ adId, outcome: 'no-concern', userId: mia, at: at(3) });
    const cleared = await repo.updateCase({ adId, outcome: null, userId: mia, at: at(4) });
    expect(cleared).toMatchObject({
      status: 'visited',
      outcome: null,
      updatedByName: 'mia',
      updatedAt: at(4),
    });

    const events = await repo.listCaseEvents(adId);
    expect(events.map((e) => [e.kind, e.username, e.at, e.detail])).toEqual([
      ['outcome', 'mia', at(1), { from: null, to: 'not-reached' }],
      ['status', 'jens', at(2), { from: 'new', to: 'visited' }],
      ['outcome', 'jens', at(2), { from: 'not-reached', to: 'no-concern' }],
      ['outcome', 'mia', at(4), { from: 'no-concern', to: null }],
    ]);
    const audit = await repo.listAudit({ subject: 'ad:site-a:1' });
    expect(audit.map((a) => [a.action, a.detail]).reverse()).toEqual([
      ['case.outcome', { from: null, to: 'not-reached' }],
      ['case.status', { from: 'new', to: 'visited' }],
      ['case.outcome', { from: 'not-reached', to: 'no-concern' }],
      ['case.outcome', { from: 'no-concern', to: null }],
    ]);
  });

  it('refuses an outcome outside the list (database check)', async () => {
    await expect(
      repo.updateCase({ adId, outcome: 'guilty' as 'concern', userId: mia, at: at(1) }),
    ).rejects.toThrow();
    expect((await repo.getCasework(adId)).case.outcome).toBeNull();
  });

  it('lists the ads with an outcome and their latest result in one read', async () => {
    const save = (id: number, minute: number, score: number, ids: string[]) => {
      const indicators = ids.map((i) => ({
        id: i,
        weight: 2,
        evidence: [{ setBy: 'x', setAt: at(minute) }],
      }));
      const level = score >= 7 ? 'red' : score >= 3 ? 'yellow' : 'green';
      return repo.saveIndicatorResult({
        adId: id,
        configVersion: 'v1',
        computedAt: at(minute),
        score,
        level,
        indicators,
        result: { id: `ad-${id}`, score, level, indicators, cluster: null, extracted: factsWith() },
      });
    };
    const record = async (siteAdId: string) =>
      (
        await repo.recordAd({
          siteId: 'site-a',
          siteAdId,
          url: `http://127.0.0.1/${siteAdId}`,
          seenAt: at(0),
          runId: null,
          snapshot: { title: siteAdId, text: 'Hej', photoHashes: [] },
        })
      ).adId;
    const [unscored, noOutcome, cleared] = [await record('2'), await record('3'), await record('4')];
    // The result computed last is current, also when it was stored before an older one.
    await save(adId, 5, 7, ['new-in-town', 'low-price', 'youth-emphasis']);
    await save(adId, 1, 2, ['new-in-town']);
    await save(noOutcome, 1, 9, ['drugs-offered']);
    await save(cleared, 1, 3, ['low-price']);
    await repo.updateCase({ adId, outcome: 'concern', userId: mia, at: at(6) });
    await repo.updateCase({ adId: unscored, outcome: 'not-reached', userId: mia, at: at(6) });
    await repo.updateCase({ adId: noOutcome, status: 'visited', userId: mia, at: at(6) });
    await repo.updateCase({ adId: cleared, outcome: 'no-concern', userId: mia, at: at(6) });
    await repo.updateCase({ adId: cleared, outcome: null, userId: mia, at: at(7) });

    expect(await repo.listOutcomeSamples()).toEqual([
      {
        adId,
        outcome: 'concern',
        indicators: ['new-in-town', 'low-price', 'youth-emphasis'],
        score: 7,
        level: 'red',
      },
      { adId: unscored, outcome: 'not-reached', indicators: null, score: null, level: null },
    ]);
  });

  it('lists the score history oldest first with the indicators of each result', async () => {
    const result = (minute: number, score: number, ids: string[]) => {
      const indicators = ids.map((id) => ({ id, weight: 2, evidence: [{ setBy: 'x', setAt: at(minute) }] }));
      return repo.saveIndicatorResult({
        adId,
        configVersion: 'v1',
        computedAt: at(minute),
        score,
        level: score >= 7 ? 'red' : score >= 3 ? 'yellow' : 'green',
        indicators,
        result: {
          id: 'site-a:1',
          score,
          level: 'green',
          indicators,
          cluster: null,
          extracted: factsWith(),
        },
      });
    };
    await result(5, 4, ['new-in-town', 'low-price']);
    await result(1, 2, ['new-in-town']);
    await result(9, 7, ['new-in-town', 'x-factor', 'low-price']);
    const history = await repo.listScoreHistory(adId);
    expect(history.map((h) => [h.computedAt, h.score, h.level, h.indicators.map((i) => i.id)])).toEqual([
      [at(1), 2, 'green', ['new-in-town']],
      [at(5), 4, 'yellow', ['new-in-town', 'low-price']],
      [at(9), 7, 'red', ['new-in-town', 'x-factor', 'low-price']],
    ]);
    expect((await repo.listScoreHistory(adId, 2)).map((h) => h.score)).toEqual([4, 7]);
  });
});
