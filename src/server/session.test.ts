import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUserDisabled } from '../cli/commands/users.js';
import { configSchema } from '../config/index.js';
import { createLogger } from '../shared/logger.js';
import { createServer } from './app.js';
import type { ErrorBody } from './errors.js';
import { hashPassword, verifyPassword } from './auth/passwords.js';
import {
  createTestServer,
  sessionCookie,
  testPassword,
  writeHeaders,
  type TestServer,
} from './test-fixtures.js';

/** POST /api/session as the dashboard sends it; `headers` are added, `remoteAddress` is the client's. */
function postLogin(
  app: FastifyInstance,
  username: string,
  password: string,
  options: { headers?: Record<string, string>; remoteAddress?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { ...writeHeaders(), ...options.headers },
    payload: { username, password },
    ...(options.remoteAddress === undefined ? {} : { remoteAddress: options.remoteAddress }),
  });
}

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t.close();
});

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passwore')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('login and logout', () => {
  it('logs in, sets a strict httpOnly cookie, answers /api/me, and audits', async () => {
    const res = await postLogin(t.app, 'analyst', testPassword);
    expect(res.statusCode).toBe(200);
    expect(res.json<unknown>()).toMatchObject({ username: 'analyst', role: 'analyst' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = sessionCookie(res)!;
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ username: string }>().username).toBe('analyst');
    const audit = await t.repo.listAudit({ subject: 'user:analyst' });
    expect(audit.map((a) => a.action)).toContain('login');
  });

  it('refuses a wrong password with 401 and audits the failure', async () => {
    const res = await postLogin(t.app, 'analyst', 'wrong password');
    expect(res.statusCode).toBe(401);
    expect(res.json<unknown>()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'wrong username or password' },
    });
    expect(sessionCookie(res)).toBeUndefined();
    const audit = await t.repo.listAudit({ subject: 'user:analyst' });
    expect(audit.map((a) => a.action)).toContain('login.failed');
  });

  it('refuses an unknown user exactly like a wrong password', async () => {
    const res = await postLogin(t.app, 'nobody', testPassword);
    expect(res.statusCode).toBe(401);
    expect(res.json<ErrorBody>().error.message).toBe('wrong username or password');
  });

  it('never writes a name that is no account to the audit log (it may be a password typed there)', async () => {
    const res = await postLogin(t.app, 'Sommer2026!hemmelig', 'x');
    expect(res.statusCode).toBe(401);
    const failed = await t.repo.listAudit({ subject: 'user:(unknown)' });
    expect(failed.map((a) => a.action)).toContain('login.failed');
    expect(JSON.stringify(await t.repo.listAudit({}))).not.toContain('Sommer2026');
  });

  it('logs out: clears the cookie and audits', async () => {
    const login = await postLogin(t.app, 'outreach', testPassword);
    const cookie = sessionCookie(login)!;
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: writeHeaders(cookie) });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'opspor_session');
    expect(cleared?.value).toBe('');
    // The old cookie, replayed after logout, no longer opens anything.
    const replay = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
    const audit = await t.repo.listAudit({ subject: 'user:outreach' });
    expect(audit.map((a) => a.action)).toContain('logout');
  });

  it('ignores a forged cookie', async () => {
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'opspor_session=Zm9yZ2VkLWNvb2tpZQ%3D%3D' },
    });
    expect(me.statusCode).toBe(401);
  });

  it('keeps a logged-out cookie refused after a restart, and keeps the data folder and store private', async () => {
    const login = await postLogin(t.app, 'outreach', testPassword);
    const cookie = sessionCookie(login)!;
    await t.app.inject({ method: 'DELETE', url: '/api/session', headers: writeHeaders(cookie) });
    // A second server on the same data folder, as after a restart.
    const restarted = await createServer({
      repo: t.repo,
      config: configSchema.parse({ dataDir: t.dataDir }),
      logger: createLogger('test', 'silent'),
      webRoot: join(t.dataDir, 'no-web'),
    });
    try {
      const replay = await restarted.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(replay.statusCode).toBe(401);
    } finally {
      await restarted.close();
    }
    expect(statSync(join(t.dataDir, 'revoked-sessions.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(t.dataDir, 'test.db')).mode & 0o777).toBe(0o600);
  });

  it('ends the sessions of a disabled user at their next request', async () => {
    const cookie = await t.login('analyst');
    const analyst = (await t.repo.getUserByName('analyst'))!;
    await setUserDisabled(t.repo, 'analyst', true);
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
        401,
      );
      const again = await postLogin(t.app, 'analyst', testPassword);
      expect(again.statusCode).toBe(401);
      expect((await t.repo.listAudit({ subject: 'user:analyst' })).map((a) => a.action)).toContain(
        'user.disable',
      );
    } finally {
      await t.repo.setUserDisabled(analyst.id, false);
    }
  });

  it('stores a generated session key with mode 0600', () => {
    const mode = statSync(join(t.dataDir, 'session.key')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(statSync(join(t.dataDir, 'session.key')).size).toBe(32);
  });
});

describe('failed logins per account name', () => {
  const attempt = (s: TestServer, username: string, password: string, from: string) =>
    postLogin(s.app, username, password, { remoteAddress: from });

  it('refuses a name after too many failures from any addresses, even with the right password', async () => {
    const s = await createTestServer({ loginFailuresPerName: { max: 3, timeWindow: 60_000 } });
    try {
      const statuses: number[] = [];
      for (const from of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'])
        statuses.push((await attempt(s, 'analyst', 'guess', from)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const right = await attempt(s, 'ANALYST', testPassword, '10.0.0.5');
      expect(right.statusCode).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      expect((await s.repo.listAudit({ subject: 'user:analyst' })).map((a) => a.action)).toContain(
        'login.locked',
      );
      // Another name is not affected.
      expect((await attempt(s, 'outreach', testPassword, '10.0.0.1')).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('forgets the failures of a name after a successful login', async () => {
    const s = await createTestServer({ loginFailuresPerName: { max: 3, timeWindow: 60_000 } });
    try {
      const statuses: number[] = [];
      for (const password of ['a', 'b', testPassword, 'c', 'd', testPassword])
        statuses.push((await attempt(s, 'admin', password, '10.0.0.9')).statusCode);
      expect(statuses).toEqual([401, 401, 200, 401, 401, 200]);
    } finally {
      await s.close();
    }
  });
});

describe('behind a TLS proxy', () => {
  const login = (s: TestServer, headers: Record<string, string>) =>
    postLogin(s.app, 'analyst', testPassword, { headers });

  it('marks the session cookie Secure when the trusted proxy says https, and only then', async () => {
    const proxied = await createTestServer({}, { server: { trustProxy: '127.0.0.1' } });
    const direct = await createTestServer();
    try {
      const https = await login(proxied, { 'x-forwarded-proto': 'https' });
      expect(https.statusCode).toBe(200);
      expect(String(https.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      // Not configured: a forged header changes nothing.
      const forged = await login(direct, { 'x-forwarded-proto': 'https' });
      expect(String(forged.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many attempts', async () => {
    const limited = await createTestServer({ loginRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await postLogin(limited.app, 'admin', 'guess');
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const last = await postLogin(limited.app, 'admin', testPassword);
      expect(last.statusCode).toBe(429);
      expect(last.json<ErrorBody>().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
