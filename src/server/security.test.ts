import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './errors.js';
import type { UserView } from './routes/users/presenter.js';
import { createTestServer, testPassword, writeHeaders, type TestServer } from './test-fixtures.js';

let t: TestServer;
let admin: string;
let webRoot: string;
beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'opspor-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>opspor</title><div id="root"></div>');
  await writeFile(join(webRoot, 'app.js'), 'console.log(1)');
  t = await createTestServer({ webRoot, extraPolicies: { 'GET /api/probe-with-policy': ['admin'] } });
  // Registered after createServer, like a route a future engineer forgets to put in a policy.ts.
  t.app.get('/api/forgotten', () => ({ secret: true }));
  t.app.get('/api/probe-with-policy', () => ({ ok: true }));
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
  await rm(webRoot, { recursive: true, force: true });
});

describe('deny by default', () => {
  it('rejects a route without policy, even for an admin (500 in tests)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/forgotten', headers: { cookie: admin } });
    expect(res.statusCode).toBe(500);
    expect(res.json<ErrorBody>().error.code).toBe('POLICY_MISSING');
    expect(res.body).not.toContain('secret');
  });

  it('rejects a route without policy with 403 in production mode', async () => {
    const prod = await createTestServer({ missingPolicy: 'forbid' });
    try {
      prod.app.get('/api/forgotten', () => ({ secret: true }));
      const cookie = await prod.login('admin');
      const res = await prod.app.inject({ method: 'GET', url: '/api/forgotten', headers: { cookie } });
      expect(res.statusCode).toBe(403);
    } finally {
      await prod.close();
    }
  });

  it('enforces a policy entry added for a new route', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/probe-with-policy', headers: { cookie: admin } }))
        .statusCode,
    ).toBe(200);
    const reader = await t.login('read-only');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/probe-with-policy', headers: { cookie: reader } }))
        .statusCode,
    ).toBe(403);
  });

  it('gives HEAD the policy of GET', async () => {
    expect((await t.app.inject({ method: 'HEAD', url: '/api/ads' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'HEAD', url: '/api/ads', headers: { cookie: admin } })).statusCode,
    ).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { cookie: admin } });
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND');
  });
});

describe('CSRF', () => {
  it('refuses a state change without the custom header', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin', password: testPassword },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a state change from another origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/ads/${t.ids.red}/notes`,
      headers: { ...writeHeaders(admin), origin: 'https://evil.example', host: 'localhost:80' },
      payload: { body: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('accepts the same origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/ads/${t.ids.red}/notes`,
      headers: { ...writeHeaders(admin), origin: 'http://localhost:80', host: 'localhost:80' },
      payload: { body: 'same origin' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('validation and errors', () => {
  it('answers a malformed login body with 400 VALIDATION and no echo of the password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: writeHeaders(),
      payload: { username: 'admin', password: 12345678901, extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.code).toBe('VALIDATION');
    expect(res.body).not.toContain('12345678901');
  });

  it('answers broken JSON with a 400 error body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...writeHeaders(), 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.code).toBe('BAD_REQUEST');
  });
});

describe('users', () => {
  it('lets an admin create a user (hashed, audited, no hash in answers) and refuses duplicates', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: writeHeaders(admin),
      payload: { username: 'new.worker', password: 'twelve chars long', role: 'outreach' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'new.worker', role: 'outreach', disabled: false });
    const stored = await t.repo.getUserByName('new.worker');
    expect(stored?.passwordHash.startsWith('$argon2id$')).toBe(true);
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: admin } });
    expect(list.body).not.toContain('argon2');
    expect(list.json<{ users: UserView[] }>().users.map((u) => u.username)).toContain('new.worker');
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: writeHeaders(admin),
      payload: { username: 'new.worker', password: 'twelve chars long', role: 'outreach' },
    });
    expect(dup.statusCode).toBe(409);
    expect((await t.repo.listAudit({ subject: 'user:new.worker' })).map((a) => a.action)).toContain(
      'user.create',
    );
  });

  it('refuses a short password and an unknown role', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: writeHeaders(admin),
      payload: { username: 'x1', password: 'short', role: 'boss' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<ErrorBody>()
        .error.issues?.map((i) => i.path)
        .sort(),
    ).toEqual(['password', 'role']);
  });
});

describe('headers and the web app', () => {
  it('sends a CSP that allows only self scripts and styles, and self/data images', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves index.html, assets, and falls back to index.html for client routes', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/' })).body).toContain('<div id="root">');
    expect((await t.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
    const deep = await t.app.inject({ method: 'GET', url: '/ads/12' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
  });
});
