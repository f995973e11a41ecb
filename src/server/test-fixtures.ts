import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { configSchema } from '../config/index.js';
import { OpsporError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { openRepository } from '../store/index.js';
import type { AdSnapshot, Repository } from '../store/repository.js';
import type { Role } from './auth/policy.js';
import { roles } from './auth/policy.js';
import { csrfHeader, csrfHeaderValue } from './auth/csrf.js';
import { hashPassword } from './auth/passwords.js';
import { createServer, type ServerOptions } from './app.js';

/**
 * Test fixtures for the server: a real SQLite store in a temp dir, seeded through the repository
 * API, and one user per role. Not a fake store: the server is tested against the real backend.
 */

/** Password of every seeded user. */
export const testPassword = 'correct horse battery staple';

/** A 1×1 transparent PNG. */
export const pngBytes = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const pngSha = createHash('sha256').update(pngBytes).digest('hex');

/** Ad text containing markup and entities: it must come back byte for byte. */
export const trickyText =
  'Ny i byen <b>& "sød"</b> ung pige 19 år. <script>alert(1)</script> Ring 22 33 44 55';

export interface SeededIds {
  /** Red ad with evidence, photo, reviews and two versions (Odense, site-a). */
  red: number;
  /** Yellow ad (København, site-a). */
  yellow: number;
  /** Green ad that has gone (Aarhus, site-b). */
  gone: number;
}

function snapshot(partial: Partial<AdSnapshot>): AdSnapshot {
  return { photoHashes: [], ...partial };
}

/** Seeds two sites, runs, three ads with results, a photo and reviews. */
export async function seedAds(repo: Repository): Promise<SeededIds> {
  await repo.upsertSite({ id: 'site-a', name: 'Site A', baseUrl: 'http://127.0.0.1:4101' });
  await repo.upsertSite({ id: 'site-b', name: 'Site B', baseUrl: 'http://127.0.0.1:4102' });
  await repo.savePhoto(
    { sha256: pngSha, mime: 'image/png', width: 1, height: 1, phash: null, bytes: pngBytes.length },
    pngBytes,
  );

  const runA = (await repo.startOrResumeRun('site-a', '2026-10-01T10:00:00.000Z')).run;
  const first = await repo.recordAd({
    siteId: 'site-a',
    siteAdId: '1',
    url: 'http://127.0.0.1:4101/ad/1',
    seenAt: '2026-10-01T10:00:00.000Z',
    runId: runA.id,
    snapshot: snapshot({
      title: 'Ny i byen',
      text: 'Old text',
      name: 'Mia',
      age: '19',
      city: 'Odense',
      prices: ['1 time 900 kr'],
    }),
  });
  await repo.recordAd({
    siteId: 'site-a',
    siteAdId: '1',
    url: 'http://127.0.0.1:4101/ad/1',
    seenAt: '2026-10-03T10:00:00.000Z',
    runId: runA.id,
    snapshot: snapshot({
      title: 'Ny i byen',
      text: trickyText,
      name: 'Mia',
      age: '19',
      city: 'Odense',
      prices: ['1 time 500 kr'],
      phones: ['+4522334455'],
      photoHashes: [pngSha],
    }),
  });
  const yellow = await repo.recordAd({
    siteId: 'site-a',
    siteAdId: '2',
    url: 'http://127.0.0.1:4101/ad/2',
    seenAt: '2026-10-02T10:00:00.000Z',
    runId: runA.id,
    snapshot: snapshot({ title: 'Massage', text: 'Jeg er ny på stedet', name: 'Ana', city: 'København' }),
  });
  await repo.recordListed(runA.id, 'site-a', ['1', '2']);
  await repo.finishRun(runA.id, '2026-10-03T10:05:00.000Z', 'finished', {
    pages: 4,
    newAds: 2,
    changedAds: 1,
    unchangedAds: 0,
    goneAds: 0,
    errors: 0,
    pagesMissingFields: 0,
    detailPages: 2,
    healthy: true,
    healthReasons: [],
    errorSamples: [],
  });

  const runB = (await repo.startOrResumeRun('site-b', '2026-10-01T11:00:00.000Z')).run;
  const gone = await repo.recordAd({
    siteId: 'site-b',
    siteAdId: '9',
    url: 'http://127.0.0.1:4102/ad/9',
    seenAt: '2026-10-01T11:00:00.000Z',
    runId: runB.id,
    snapshot: snapshot({ title: 'Hello', text: 'I am independent', name: 'Eva', city: 'Aarhus' }),
  });
  await repo.finishRun(runB.id, '2026-10-01T11:01:00.000Z', 'finished', {
    pages: 1,
    newAds: 1,
    changedAds: 0,
    unchangedAds: 0,
    goneAds: 0,
    errors: 0,
    pagesMissingFields: 0,
    detailPages: 1,
    healthy: true,
    healthReasons: [],
    errorSamples: [],
  });
  // A second run that lists nothing: the ad is gone and the run is unhealthy.
  const runB2 = (await repo.startOrResumeRun('site-b', '2026-10-04T11:00:00.000Z')).run;
  await repo.markUnlistedGone(runB2.id, 'site-b', '2026-10-04T11:00:00.000Z');
  await repo.finishRun(runB2.id, '2026-10-04T11:00:30.000Z', 'finished', {
    pages: 1,
    newAds: 0,
    changedAds: 0,
    unchangedAds: 0,
    goneAds: 1,
    errors: 3,
    pagesMissingFields: 1,
    detailPages: 0,
    healthy: false,
    healthReasons: ['list page had no ads'],
    errorSamples: [{ url: 'http://127.0.0.1:4102/', message: 'boom' }],
  });

  await repo.saveReviews(first.adId, [
    { id: 'r1', posted_at: '2026-10-02', text: 'She seemed <i>nervous</i>' },
  ]);
  const youth = { field: 'age', start: 0, end: 2, quote: '19' };
  const newInTown = { field: 'text', start: 0, end: 9, quote: 'Ny i byen' };
  const ung = {
    field: 'text',
    start: trickyText.indexOf('ung pige'),
    end: trickyText.indexOf('ung pige') + 3,
    quote: 'ung',
  };
  const indicators = [
    { id: 'youth-emphasis', weight: 3, evidence: [youth, ung] },
    { id: 'new-in-town', weight: 2, evidence: [newInTown] },
    { id: 'low-price', weight: 2, evidence: [{ field: 'prices[0]', start: 7, end: 10, quote: '500' }] },
  ];
  const extracted = {
    phones: ['+4522334455'],
    emails: [],
    messaging: [],
    age: 19,
    hourly_price_dkk: 500,
    nationalities: [],
    languages: [],
    cities: ['Odense'],
    services: [],
  };
  await repo.saveIndicatorResult({
    adId: first.adId,
    configVersion: 'test-1',
    computedAt: '2026-10-03T10:06:00.000Z',
    score: 7,
    level: 'red',
    indicators,
    result: { id: 'site-a:1', score: 7, level: 'red', indicators, cluster: null, extracted },
  });
  const yellowIndicators = [
    { id: 'new-in-town', weight: 2, evidence: [{ field: 'text', start: 7, end: 19, quote: 'ny på stedet' }] },
    { id: 'foreign-nationality', weight: 1, evidence: [{ field: 'text', start: 0, end: 3, quote: 'Jeg' }] },
  ];
  await repo.saveIndicatorResult({
    adId: yellow.adId,
    configVersion: 'test-1',
    computedAt: '2026-10-03T10:06:00.000Z',
    score: 3,
    level: 'yellow',
    indicators: yellowIndicators,
    result: {
      id: 'site-a:2',
      score: 3,
      level: 'yellow',
      indicators: yellowIndicators,
      cluster: null,
      extracted: { ...extracted, phones: [], age: null, hourly_price_dkk: null },
    },
  });
  return { red: first.adId, yellow: yellow.adId, gone: gone.adId };
}

export interface TestServer {
  app: FastifyInstance;
  repo: Repository;
  ids: SeededIds;
  dataDir: string;
  /** Logs in as the seeded user of this role and returns the Cookie header value. */
  login(role: Role): Promise<string>;
  close(): Promise<void>;
}

/**
 * A server on a fresh seeded SQLite store, with users `admin`, `analyst`, `outreach`, `read-only`;
 * `settings` are configuration file settings (`{ server: { trustProxy: true } }`).
 */
export async function createTestServer(
  overrides: Partial<ServerOptions> = {},
  settings: Record<string, unknown> = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'opspor-server-'));
  const repo = await openRepository(`sqlite:${join(dataDir, 'test.db')}`);
  await repo.migrate();
  const ids = await seedAds(repo);
  const passwordHash = await hashPassword(testPassword);
  for (const role of roles) await repo.createUser({ username: role, role, passwordHash });
  const config = configSchema.parse({
    ...settings,
    dataDir,
    databaseUrl: `sqlite:${join(dataDir, 'test.db')}`,
  });
  const app = await createServer({
    repo,
    config,
    logger: createLogger('test', 'silent'),
    webRoot: join(dataDir, 'no-web'),
    loginRateLimit: { max: 1000, timeWindow: 60_000 },
    ...overrides,
  });
  const cookies = new Map<Role, string>();
  return {
    app,
    repo,
    ids,
    dataDir,
    async login(role) {
      const cached = cookies.get(role);
      if (cached) return cached;
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { [csrfHeader]: csrfHeaderValue },
        payload: { username: role, password: testPassword },
      });
      const cookie = sessionCookie(res);
      if (res.statusCode !== 200 || !cookie)
        throw new OpsporError('UNAUTHENTICATED', `login as ${role} failed: ${res.statusCode} ${res.body}`);
      cookies.set(role, cookie);
      return cookie;
    },
    async close() {
      await app.close();
      await repo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The raw `name=value` of the session cookie set by a response, if any (still URL-encoded). */
export function sessionCookie(res: LightMyRequestResponse): string | undefined {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  const found = all.find((c) => c.startsWith('opspor_session='));
  const pair = found?.split(';')[0];
  return pair === undefined || pair === 'opspor_session=' ? undefined : pair;
}

/** Headers for a state-changing request from the dashboard. */
export function writeHeaders(cookie?: string): Record<string, string> {
  return cookie ? { [csrfHeader]: csrfHeaderValue, cookie } : { [csrfHeader]: csrfHeaderValue };
}
