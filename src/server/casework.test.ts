import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicators } from '../indicators/index.js';
import { parseScoringConfig } from '../indicators/scoring-config.js';
import type { ManualEvidence } from '../shared/types.js';
import type { ErrorBody } from './errors.js';
import type { AdDetailView } from './routes/ads/presenter.js';
import type { ColleagueView } from './routes/casework/presenter.js';
import { createTestServer, pngSha, writeHeaders, type TestServer } from './test-fixtures.js';

/**
 * Casework through the API: status, assignment, x-factor and photo tags, with validation, CSRF and
 * the re-rank at once. The x-factor weighs 5 here so that it lifts the yellow ad (3) over the red
 * one (7) and the list order visibly changes.
 */
const scoring = parseScoringConfig({
  version: 'casework-test',
  thresholds: { red: 7, yellow: 3 },
  weights: {
    'youth-emphasis': 3,
    'new-in-town': 2,
    'low-price': 2,
    'foreign-nationality': 1,
    'x-factor': 5,
    'appears-young': 3,
    'distressed-expression': 2,
    'explicit-images': 1,
  },
});

let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await createTestServer({ scoring });
  cookie = await t.login('outreach');
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'PUT' | 'DELETE';

/** Score history names indicators with their catalogue labels. */
function ref(id: string) {
  const found = indicators.find((i) => i.id === id);
  return { id, labels: found?.labels ?? { da: id, en: id } };
}

async function call(method: Method, url: string, payload?: object, headers = writeHeaders(cookie)) {
  const res = await t.app.inject({
    method,
    url,
    headers: method === 'GET' ? { cookie } : headers,
    ...(payload ? { payload } : {}),
  });
  return res;
}

async function ad(id: number): Promise<AdDetailView> {
  return (await call('GET', `/api/ads/${id}`)).json<AdDetailView>();
}

async function listOrder(): Promise<string[]> {
  const res = await call('GET', '/api/ads?sort=score');
  return res.json<{ ads: { key: string }[] }>().ads.map((a) => a.key);
}

function expectValidation(res: LightMyRequestResponse, path: string, message: RegExp): void {
  expect(res.statusCode).toBe(400);
  const { error } = res.json<ErrorBody>();
  expect(error.code).toBe('VALIDATION');
  expect(error.issues?.find((i) => i.path === path)?.message).toMatch(message);
}

describe('ad page casework', () => {
  it('shows an untouched ad as new, unassigned, with its score history', async () => {
    const red = await ad(t.ids.red);
    expect(red.casework).toEqual({
      status: 'new',
      outcome: null,
      assignee: null,
      updatedBy: null,
      updatedAt: null,
      xFactor: null,
      photoTags: [],
      history: [],
    });
    expect(red.scoreHistory).toEqual([
      {
        computedAt: '2026-10-03T10:06:00.000Z',
        configVersion: 'test-1',
        score: 7,
        level: 'red',
        indicators: ['youth-emphasis', 'new-in-town', 'low-price'].map(ref),
        added: ['youth-emphasis', 'new-in-town', 'low-price'].map(ref),
        removed: [],
      },
    ]);
  });
});

describe('x-factor', () => {
  it('needs a note: missing, blank or too long is a 400 with a clear message, and nothing changes', async () => {
    const url = `/api/ads/${t.ids.yellow}/x-factor`;
    expectValidation(await call('PUT', url, {}), 'note', /needs a note/);
    expectValidation(await call('PUT', url, { note: '   ' }), 'note', /needs a note/);
    expectValidation(await call('PUT', url, { note: 'x'.repeat(2001) }), 'note', /too long/);
    expect((await call('PUT', url, { note: 'ok', weight: 3 })).statusCode).toBe(400);
    const yellow = await ad(t.ids.yellow);
    expect(yellow.casework.xFactor).toBeNull();
    expect(yellow.score).toBe(3);
  });

  it('is refused without the CSRF header, for an unknown ad (404) and for a bad id (400)', async () => {
    const csrf = await call('PUT', `/api/ads/${t.ids.yellow}/x-factor`, { note: 'n' }, { cookie });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    const missing = await call('PUT', '/api/ads/99999/x-factor', { note: 'n' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorBody>().error.message).toBe('ad 99999 not found');
    expect((await call('PUT', '/api/ads/abc/x-factor', { note: 'n' })).statusCode).toBe(400);
    expect((await ad(t.ids.yellow)).casework.xFactor).toBeNull();
  });

  it('re-ranks at once: the answer carries the new score and level, and the list order changes', async () => {
    expect(await listOrder()).toEqual(['site-a:1', 'site-a:2']);
    const res = await call('PUT', `/api/ads/${t.ids.yellow}/x-factor`, {
      note: 'Set ved opsøgning: virkede bange',
    });
    expect(res.statusCode).toBe(200);
    const yellow = res.json<AdDetailView>();
    expect(yellow).toMatchObject({ score: 8, level: 'red' });
    expect(yellow.indicators).toMatchObject({ score: 8, level: 'red', configVersion: scoring.configVersion });
    const fired = yellow.indicators?.fired.find((f) => f.id === 'x-factor');
    expect(fired?.weight).toBe(5);
    expect(fired?.evidence[0]).toMatchObject({ setBy: 'outreach', note: 'Set ved opsøgning: virkede bange' });
    expect(yellow.casework.xFactor).toMatchObject({
      note: 'Set ved opsøgning: virkede bange',
      setBy: 'outreach',
    });
    expect(yellow.casework.history[0]).toMatchObject({ by: 'outreach', kind: 'x-factor-set' });
    expect(yellow.scoreHistory[0]).toMatchObject({ score: 8, added: [ref('x-factor')], removed: [] });
    expect(await listOrder()).toEqual(['site-a:2', 'site-a:1']);

    const audit = await t.repo.listAudit({ subject: 'ad:site-a:2' });
    expect(audit[0]).toMatchObject({ action: 'x-factor.set' });
    expect(JSON.stringify(audit)).not.toContain('bange');
  });

  it('is removed at once, and removing it twice changes nothing', async () => {
    const res = await call('DELETE', `/api/ads/${t.ids.yellow}/x-factor`);
    expect(res.statusCode).toBe(200);
    const yellow = res.json<AdDetailView>();
    expect(yellow).toMatchObject({ score: 3, level: 'yellow' });
    expect(yellow.casework.xFactor).toBeNull();
    expect(yellow.scoreHistory[0]).toMatchObject({ score: 3, added: [], removed: [ref('x-factor')] });
    const again = (await call('DELETE', `/api/ads/${t.ids.yellow}/x-factor`)).json<AdDetailView>();
    expect(again.casework.history).toHaveLength(yellow.casework.history.length);
    expect(again.scoreHistory).toHaveLength(yellow.scoreHistory.length);
    expect(await listOrder()).toEqual(['site-a:1', 'site-a:2']);
  });
});

describe('photo tags', () => {
  const tagUrl = (tag: string, sha = pngSha, id = t.ids.red) => `/api/ads/${id}/photos/${sha}/tags/${tag}`;

  it('tags a photo: the image indicator fires with who set it and which photo', async () => {
    const res = await call('PUT', tagUrl('appears-young'));
    expect(res.statusCode).toBe(200);
    const red = res.json<AdDetailView>();
    expect(red.score).toBe(10);
    expect(red.casework.photoTags).toEqual([
      expect.objectContaining({ sha256: pngSha, tag: 'appears-young', setBy: 'outreach' }),
    ]);
    const fired = red.indicators?.fired.find((f) => f.id === 'appears-young');
    expect((fired?.evidence[0] as ManualEvidence).image).toBe(pngSha);
    // Tagging again is a no-op: no new result, no new event.
    const again = (await call('PUT', tagUrl('appears-young'))).json<AdDetailView>();
    expect(again.scoreHistory).toHaveLength(red.scoreHistory.length);
    expect(again.casework.history).toHaveLength(1);
  });

  it('removes a tag', async () => {
    const red = (await call('DELETE', tagUrl('appears-young'))).json<AdDetailView>();
    expect(red.score).toBe(7);
    expect(red.casework.photoTags).toEqual([]);
    expect(red.casework.history.map((h) => h.kind)).toEqual(['photo-tag-removed', 'photo-tag-added']);
  });

  it('refuses unknown tags, malformed hashes, photos of other ads and unknown ads', async () => {
    expectValidation(await call('PUT', tagUrl('looks-sad')), 'tag', /must be one of: appears-young/);
    expectValidation(await call('PUT', tagUrl('explicit-images', 'NOT-A-HASH')), 'sha256', /sha256/);
    const other = await call('PUT', tagUrl('explicit-images', 'c'.repeat(64)));
    expect(other.statusCode).toBe(404);
    expect((await call('PUT', tagUrl('explicit-images', pngSha, t.ids.yellow))).statusCode).toBe(404);
    expect((await call('PUT', tagUrl('explicit-images', pngSha, 99999))).statusCode).toBe(404);
    expect((await call('PUT', tagUrl('explicit-images'), undefined, { cookie })).statusCode).toBe(403);
    expect((await ad(t.ids.red)).casework.photoTags).toEqual([]);
  });
});

describe('status and assignment', () => {
  it('lists active colleagues without anything private', async () => {
    const res = await call('GET', '/api/colleagues');
    expect(res.statusCode).toBe(200);
    const { colleagues } = res.json<{ colleagues: ColleagueView[] }>();
    expect(colleagues.map((c) => c.username).sort()).toEqual(['admin', 'analyst', 'outreach', 'read-only']);
    expect(Object.keys(colleagues[0] ?? {}).sort()).toEqual(['id', 'role', 'username']);
  });

  it('sets status and assignee with who and when, then unassigns', async () => {
    const analyst = await t.repo.getUserByName('analyst');
    const url = `/api/ads/${t.ids.yellow}/case`;
    const res = await call('PUT', url, { status: 'to-contact', assigneeId: analyst?.id });
    expect(res.statusCode).toBe(200);
    const yellow = res.json<AdDetailView>();
    expect(yellow.casework).toMatchObject({
      status: 'to-contact',
      assignee: { id: analyst?.id, username: 'analyst' },
      updatedBy: 'outreach',
    });
    expect(yellow.casework.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const unassigned = (await call('PUT', url, { assigneeId: null })).json<AdDetailView>();
    expect(unassigned.casework).toMatchObject({ status: 'to-contact', assignee: null });
    expect(unassigned.casework.history.slice(0, 3).map((h) => [h.kind, h.by, h.detail])).toEqual([
      ['assignment', 'outreach', { fromId: analyst?.id, from: 'analyst', toId: null, to: null }],
      ['assignment', 'outreach', { fromId: null, from: null, toId: analyst?.id, to: 'analyst' }],
      ['status', 'outreach', { from: 'new', to: 'to-contact' }],
    ]);
    // A case change does not re-score.
    expect(unassigned.score).toBe(3);
  });

  it('refuses bad status, unknown assignee, an empty change and unknown ads', async () => {
    const url = `/api/ads/${t.ids.yellow}/case`;
    expectValidation(
      await call('PUT', url, { status: 'archived' }),
      'status',
      /must be one of: new, to-contact/,
    );
    expectValidation(await call('PUT', url, { assigneeId: 4242 }), 'assigneeId', /unknown colleague/);
    expectValidation(await call('PUT', url, { assigneeId: 'analyst' }), 'assigneeId', /.+/);
    expect((await call('PUT', url, {})).json<ErrorBody>().error.issues?.[0]?.message).toMatch(
      /give a status/,
    );
    expect((await call('PUT', '/api/ads/99999/case', { status: 'closed' })).statusCode).toBe(404);
    expect((await call('PUT', url, { status: 'closed' }, { cookie })).statusCode).toBe(403);
    expect((await ad(t.ids.yellow)).casework.status).toBe('to-contact');
  });

  it('records the outcome of a contact beside the status, changes and clears it, with history and audit', async () => {
    const url = `/api/ads/${t.ids.red}/case`;
    const set = await call('PUT', url, { status: 'visited', outcome: 'concern' });
    expect(set.statusCode).toBe(200);
    expect(set.json<AdDetailView>().casework).toMatchObject({
      status: 'visited',
      outcome: 'concern',
      updatedBy: 'outreach',
    });
    const changed = (await call('PUT', url, { outcome: 'no-concern' })).json<AdDetailView>();
    expect(changed.casework.outcome).toBe('no-concern');
    const cleared = (await call('PUT', url, { outcome: null })).json<AdDetailView>();
    expect(cleared.casework).toMatchObject({ status: 'visited', outcome: null });
    expect(cleared.casework.history.slice(0, 4).map((h) => [h.kind, h.detail])).toEqual([
      ['outcome', { from: 'no-concern', to: null }],
      ['outcome', { from: 'concern', to: 'no-concern' }],
      ['outcome', { from: null, to: 'concern' }],
      ['status', { from: 'new', to: 'visited' }],
    ]);
    // An outcome does not re-score: it is what the evaluation measures the score against.
    expect(cleared.score).toBe(7);
    const audit = await t.repo.listAudit({ subject: 'ad:site-a:1' });
    expect(audit.slice(0, 3).map((a) => [a.action, a.detail])).toEqual([
      ['case.outcome', { from: 'no-concern', to: null }],
      ['case.outcome', { from: 'concern', to: 'no-concern' }],
      ['case.outcome', { from: null, to: 'concern' }],
    ]);
  });

  it('refuses an unknown outcome and nothing changes', async () => {
    const url = `/api/ads/${t.ids.red}/case`;
    expectValidation(
      await call('PUT', url, { outcome: 'guilty' }),
      'outcome',
      /must be null or one of: concern/,
    );
    expect((await call('PUT', url, { outcome: 'concern' }, { cookie })).statusCode).toBe(403);
    expect((await ad(t.ids.red)).casework.outcome).toBeNull();
  });

  it('is denied to read-only accounts', async () => {
    const readOnly = await t.login('read-only');
    const res = await call(
      'PUT',
      `/api/ads/${t.ids.yellow}/case`,
      { status: 'closed' },
      writeHeaders(readOnly),
    );
    expect(res.statusCode).toBe(403);
  });
});
