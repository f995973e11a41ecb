import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import { openTestRepository } from './index.js';
import type { Repository } from './repository.js';
import { factsWith } from '../shared/facts.js';

/** Casework on both backends (PostgreSQL when OPSPOR_TEST_PG_URL is set). */
const backends: ('sqlite' | 'postgres')[] = process.env.OPSPOR_TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const photo = 'a'.repeat(64);

describe.each(backends)('casework store: %s', (backend) => {
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
