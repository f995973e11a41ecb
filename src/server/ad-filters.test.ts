import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import { createTestServer, writeHeaders, type TestServer } from './test-fixtures.js';

/** The triage filters of GET /api/ads (#5) on the seeded store: red Odense, yellow København, gone Aarhus. */

let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await createTestServer();
  cookie = await t.login('outreach');
});
afterAll(async () => {
  await t.close();
});

async function keys(query: string): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/ads${query}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ ads: { key: string }[] }>().ads.map((a) => a.key);
}

describe('GET /api/ads triage filters', () => {
  it.each(['22 33 44 55', '+45 22334455', '0045 22 33 44 55', '22-33-44-55'])(
    'finds the ad by phone typed as %s',
    async (phone) => {
      expect(await keys(`?phone=${encodeURIComponent(phone)}`)).toEqual(['site-a:1']);
    },
  );

  it('filters by indicator, score range and first-seen bounds', async () => {
    expect(await keys('?indicator=new-in-town')).toEqual(['site-a:1', 'site-a:2']);
    expect(await keys('?indicator=youth-emphasis')).toEqual(['site-a:1']);
    expect(await keys('?indicator=drugs-offered')).toEqual([]);
    expect(await keys('?scoreMin=5')).toEqual(['site-a:1']);
    expect(await keys('?scoreMax=5')).toEqual(['site-a:2']);
    expect(await keys('?scoreMin=3&scoreMax=7')).toEqual(['site-a:1', 'site-a:2']);
    expect(await keys('?firstFrom=2026-10-02')).toEqual(['site-a:2']);
    expect(await keys('?firstTo=2026-10-01&status=all')).toEqual(['site-a:1', 'site-b:9']);
  });

  it('sorts by city and by score in both directions', async () => {
    expect(await keys('?sort=city&dir=asc')).toEqual(['site-a:2', 'site-a:1']);
    expect(await keys('?sort=city&dir=desc')).toEqual(['site-a:1', 'site-a:2']);
    expect(await keys('?sort=score&dir=asc')).toEqual(['site-a:2', 'site-a:1']);
  });

  it('filters by follow-up status and "assigned to me"', async () => {
    expect(await keys('?followUp=new')).toEqual(['site-a:1', 'site-a:2']);
    const me = (await t.repo.getUserByName('outreach'))!.id;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/ads/${t.ids.yellow}/case`,
      headers: writeHeaders(cookie),
      payload: { status: 'to-contact', assigneeId: me },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await keys('?followUp=to-contact')).toEqual(['site-a:2']);
    expect(await keys('?followUp=new')).toEqual(['site-a:1']);
    expect(await keys('?assignee=me')).toEqual(['site-a:2']);
    const analyst = await t.login('analyst');
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/ads?assignee=me',
      headers: { cookie: analyst },
    });
    expect(other.json<{ total: number }>().total).toBe(0);
  });

  it.each([
    ['?phone=abc', 'phone'],
    ['?phone=12', 'phone'],
    ['?indicator=Not%20An%20Id', 'indicator'],
    ['?nationality=romania', 'nationality'],
    ['?language=eng', 'language'],
    ['?scoreMin=-1', 'scoreMin'],
    ['?followUp=maybe', 'followUp'],
    ['?assignee=7', 'assignee'],
    ['?dir=up', 'dir'],
    ['?firstFrom=soon', 'firstFrom'],
  ])('rejects %s with 400 naming %s', async (query, path) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/ads${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.issues?.map((i) => i.path)).toContain(path);
  });
});
