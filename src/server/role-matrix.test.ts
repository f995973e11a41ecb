import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import { registeredApiRoutes } from './app.js';
import { roles, type Role } from './auth/policy.js';
import { apiPolicies } from './routes/policies.js';
import {
  createTestServer,
  sessionCookie,
  pngSha,
  testPassword,
  writeHeaders,
  type TestServer,
} from './test-fixtures.js';
import { seedCluster, testClusterId } from './cluster-fixtures.js';

/**
 * Every API route × every role and a stranger. Two tables that must agree: the policy table the
 * server enforces, and this literal expectation written by hand. Changing one without the other
 * fails the test, and so does a route that is registered but missing from either.
 */
type Caller = Role | 'stranger';
const callers: Caller[] = [...roles, 'stranger'];
const all: Caller[] = ['admin', 'analyst', 'outreach', 'read-only'];

const expected: Record<string, Caller[] | 'public'> = {
  'POST /api/session': 'public',
  'DELETE /api/session': all,
  'GET /api/me': all,
  'GET /api/ads': all,
  'GET /api/ads/:id': all,
  'GET /api/cities': all,
  'POST /api/ads/:id/notes': ['admin', 'analyst', 'outreach'],
  'GET /api/colleagues': all,
  'PUT /api/ads/:id/case': ['admin', 'analyst', 'outreach'],
  'PUT /api/ads/:id/x-factor': ['admin', 'analyst', 'outreach'],
  'DELETE /api/ads/:id/x-factor': ['admin', 'analyst', 'outreach'],
  'PUT /api/ads/:id/photos/:sha256/tags/:tag': ['admin', 'analyst', 'outreach'],
  'DELETE /api/ads/:id/photos/:sha256/tags/:tag': ['admin', 'analyst', 'outreach'],
  'GET /api/clusters/:id': ['admin', 'analyst', 'outreach', 'read-only'],
  'GET /api/search': ['admin', 'analyst', 'outreach', 'read-only'],
  'GET /api/exports/ads.csv': ['admin', 'analyst', 'outreach'],
  'GET /api/exports/ads.xlsx': ['admin', 'analyst', 'outreach'],
  'GET /api/reports/concerning.pdf': ['admin', 'analyst', 'outreach'],
  'GET /api/photos/:sha256': all,
  'GET /api/sites': all,
  'GET /api/today': all,
  'POST /api/today/seen': all,
  'GET /api/stats': all,
  'GET /api/facets': all,
  'GET /api/evaluation': ['admin', 'analyst'],
  'GET /api/runs': all,
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
};

let t: TestServer;
const cookies = new Map<Caller, string | undefined>();
beforeAll(async () => {
  t = await createTestServer();
  await seedCluster(t.repo);
  for (const role of roles) cookies.set(role, await t.login(role));
  cookies.set('stranger', undefined);
});
afterAll(async () => {
  await t.close();
});

function requestFor(key: string): {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
} {
  const [method, pattern] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
  const urls: Record<string, string> = {
    'GET /api/clusters/:id': `/api/clusters/${testClusterId}`,
    'GET /api/search': '/api/search?contact=87654321',
    'GET /api/exports/ads.csv': '/api/exports/ads.csv?level=red',
    'GET /api/exports/ads.xlsx': '/api/exports/ads.xlsx?status=all',
    'GET /api/reports/concerning.pdf': '/api/reports/concerning.pdf?lang=en&top=5',
  };
  const url =
    urls[key] ??
    pattern.replace(':id', String(t.ids.red)).replace(':sha256', pngSha).replace(':tag', 'appears-young');
  const payloads: Record<string, object> = {
    'POST /api/session': { username: 'read-only', password: testPassword },
    'POST /api/ads/:id/notes': { body: 'role matrix note' },
    'PUT /api/ads/:id/case': { status: 'to-contact' },
    'PUT /api/ads/:id/x-factor': { note: 'role matrix concern' },
    'POST /api/today/seen': { until: '2026-10-05T00:00:00.000Z' },
  };
  return { method, url, payload: payloads[key] };
}

let userCounter = 0;

async function freshLogin(role: Role): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: writeHeaders(),
    payload: { username: role, password: testPassword },
  });
  return sessionCookie(res)!;
}

describe('role matrix', () => {
  it('the policy table and the expectation table list the same routes with the same roles', () => {
    expect(Object.keys(apiPolicies).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, access] of Object.entries(apiPolicies)) {
      expect([key, access === 'public' ? 'public' : [...access].sort()]).toEqual([
        key,
        expected[key] === 'public' ? 'public' : [...expected[key]!].sort(),
      ]);
    }
  });

  it('every registered /api route has an expectation, and every expectation a route', () => {
    expect(registeredApiRoutes(t.app)).toEqual(Object.keys(expected).sort());
  });

  const cases = Object.keys(expected).flatMap((key) => callers.map((caller) => [key, caller] as const));
  it.each(cases)('%s as %s', async (key, caller) => {
    const access = expected[key]!;
    const { method, url, payload } = requestFor(key);
    const body =
      key === 'POST /api/users'
        ? { username: `u${++userCounter}-${caller}`, password: 'a long password 123', role: 'read-only' }
        : payload;
    // Logging out revokes the cookie, so logout is tried with a fresh login of its own.
    const cookie =
      key === 'DELETE /api/session' && caller !== 'stranger' ? await freshLogin(caller) : cookies.get(caller);
    const res = await t.app.inject({
      method,
      url,
      headers: method === 'GET' ? (cookie ? { cookie } : {}) : writeHeaders(cookie),
      ...(body ? { payload: body } : {}),
    });
    const allowed = access === 'public' || access.includes(caller);
    if (allowed) {
      expect(res.statusCode, res.body).toBeLessThan(400);
    } else {
      expect(res.statusCode, res.body).toBe(caller === 'stranger' ? 401 : 403);
      expect(res.json<ErrorBody>().error.code).toBe(caller === 'stranger' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});
