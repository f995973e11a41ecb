import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import type { EvaluationView } from './routes/evaluation/presenter.js';
import { createTestServer, writeHeaders, type TestServer } from './test-fixtures.js';

/**
 * Outcomes recorded on the ad page, measured by GET /api/evaluation. Seeded: the red ad (7:
 * youth-emphasis, new-in-town, low-price), the yellow ad (3: new-in-town, foreign-nationality) and
 * a gone ad never scored.
 */
let t: TestServer;
let outreach: string;
let analyst: string;
beforeAll(async () => {
  t = await createTestServer();
  outreach = await t.login('outreach');
  analyst = await t.login('analyst');
});
afterAll(async () => {
  await t.close();
});

const evaluation = async (cookie = analyst) =>
  t.app.inject({ method: 'GET', url: '/api/evaluation', headers: { cookie } });

const record = (id: number, outcome: string | null) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/ads/${id}/case`,
    headers: writeHeaders(outreach),
    payload: { outcome },
  });

describe('GET /api/evaluation', () => {
  it('is empty and flagged before any outcome is recorded', async () => {
    const res = await evaluation();
    expect(res.statusCode).toBe(200);
    const view = res.json<EvaluationView>();
    expect(view).toMatchObject({ evaluated: 0, notReached: 0, baseRate: null, fewOutcomes: true });
    expect(view.indicators.find((i) => i.id === 'new-in-town')).toMatchObject({
      precision: null,
      lift: null,
    });
  });

  it('measures indicators and levels against the outcomes workers recorded', async () => {
    for (const [id, outcome] of [
      [t.ids.red, 'concern'],
      [t.ids.yellow, 'no-concern'],
      [t.ids.gone, 'not-reached'],
    ] as const)
      expect((await record(id, outcome)).statusCode).toBe(200);
    const view = (await evaluation()).json<EvaluationView>();
    expect(view).toMatchObject({
      evaluated: 2,
      concern: 1,
      noConcern: 1,
      notReached: 1,
      unscored: 0,
      baseRate: 0.5,
      fewOutcomes: true,
      minOutcomes: 20,
    });
    const row = (id: string) => {
      const i = view.indicators.find((x) => x.id === id);
      return (
        i && [
          i.firedConcern,
          i.firedNoConcern,
          i.notFiredConcern,
          i.notFiredNoConcern,
          i.precision,
          i.recall,
          i.lift,
        ]
      );
    };
    expect(row('youth-emphasis')).toEqual([1, 0, 0, 1, 1, 1, 2]);
    expect(row('new-in-town')).toEqual([1, 1, 0, 0, 0.5, 1, 1]);
    expect(row('foreign-nationality')).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(row('drugs-offered')).toEqual([0, 0, 1, 1, null, 0, null]);
    expect(view.indicators.find((i) => i.id === 'new-in-town')?.labels.da).toBeTruthy();
    expect(view.levels.map((l) => [l.threshold, l.precision, l.recall, l.lift])).toEqual([
      ['red', 1, 1, 2],
      ['red-yellow', 0.5, 1, 1],
    ]);
    // Counts only: no ad, no phone, no worker.
    const body = JSON.stringify(view);
    for (const secret of ['site-a:1', '4522334455', 'outreach']) expect(body).not.toContain(secret);
  });

  it('forgets an outcome that is cleared', async () => {
    expect((await record(t.ids.yellow, null)).statusCode).toBe(200);
    expect((await evaluation()).json<EvaluationView>()).toMatchObject({
      evaluated: 1,
      concern: 1,
      noConcern: 0,
    });
  });

  it('is for admins and analysts: outreach and read-only get 403, a stranger 401', async () => {
    expect((await evaluation(await t.login('admin'))).statusCode).toBe(200);
    for (const role of ['outreach', 'read-only'] as const) {
      const res = await evaluation(await t.login(role));
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/evaluation' })).statusCode).toBe(401);
  });

  it('takes no parameters', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation?days=3',
      headers: { cookie: analyst },
    });
    expect(res.statusCode).toBe(400);
  });
});
