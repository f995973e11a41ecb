/**
 * Dashboard benchmark: `npx tsx bench/dashboard.ts [--count N] [--requests N] [--keep] [--store DIR]`.
 * `--keep` leaves the built store in a temp folder (printed) and `--store DIR` measures that store
 * again without rebuilding it (e.g. after adding an index).
 *
 * Builds a SQLite store of 100,000 generated demo ads (`generateBatchAds`), scored by the real text
 * engine with the default profile and their facts extracted, spread over 60 days with second
 * versions, gone ads and follow-up cases; written with direct inserts in one transaction (the
 * crawler's path is measured by the crawl benchmark). Then starts the real server, logs in, and
 * measures p95 over sequential requests of the list API (default, each filter kind, text and phone
 * search, deep page), the ad page API, Today and statistics; exports of all ads (CSV, XLSX) and the
 * 100-ad PDF report, once each with the server's memory growth; and the Today page in chromium,
 * from navigation to the groups rendered. Prints one JSON line per measurement.
 * Targets: list and filter API p95 ≤ 100 ms, ad page API p95 ≤ 100 ms, Today page ≤ 1.5 s.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { configSchema } from '../src/config/index.js';
import { prepareAd } from '../src/extract/index.js';
import { scoreAd } from '../src/indicators/engine.js';
import { loadScoringConfig } from '../src/indicators/scoring-config.js';
import { createServer } from '../src/server/app.js';
import { csrfHeader, csrfHeaderValue } from '../src/server/auth/csrf.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import type { AdInput } from '../src/shared/types.js';
import { createLogger } from '../src/shared/logger.js';
import { generateBatchAds } from '../src/sources/demo/batch.js';
import { searchText, snapshotHash } from '../src/store/codec.js';
import { openRepository } from '../src/store/index.js';
import type { AdSnapshot } from '../src/store/repository.js';
import { facetsOf } from '../src/store/triage.js';
import { buildDashboard } from '../src/web/build-dashboard.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const count = option('--count', 100_000);
const requests = option('--requests', 200);
const keep = argv.includes('--keep');
const storeIndex = argv.indexOf('--store');
const reuse = storeIndex >= 0 ? argv[storeIndex + 1] : undefined;

const dayMs = 24 * 60 * 60 * 1000;
const now = Date.now();
const spreadDays = 60;
const round = (x: number, d = 1): number => Number(x.toFixed(d));

/** A deterministic stream of numbers in [0, 1) so that every run builds the same store. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function snapshotOf(ad: AdInput, city: string | null): AdSnapshot {
  const { id: _id, site: _site, images: _images, reviews: _reviews, ...rest } = ad;
  return { ...rest, city, photoHashes: [] };
}

interface Built {
  file: string;
  samplePhones: string[];
  sampleWords: string[];
  topIndicator: string;
  topNationality: string;
  topLanguage: string;
  topCity: string;
  seconds: number;
}

/** Writes `count` scored ads straight into a migrated store, in one transaction. */
async function buildStore(dir: string): Promise<Built> {
  const started = performance.now();
  const file = path.join(dir, 'bench.db');
  const repo = await openRepository(`sqlite:${file}`);
  await repo.migrate();
  await repo.close();

  const config = loadScoringConfig();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertSite = db.prepare('insert or ignore into sites (id, name, base_url) values (?, ?, ?)');
  const insertAd = db.prepare(
    `insert into ads (key, site_id, site_ad_id, url, first_seen, last_seen, gone_at, version_count, city, name, title, search_text, score, level)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `insert into ad_versions (ad_id, number, first_seen, last_seen, snapshot, content_hash, changed_fields)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setLatest = db.prepare('update ads set latest_version_id = ? where id = ?');
  const insertResult = db.prepare(
    `insert into indicator_results (ad_id, config_version, computed_at, score, level, indicators, result)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFacet = db.prepare('insert or ignore into ad_facets (ad_id, kind, value) values (?, ?, ?)');
  const random = rng(7);
  const tally = { indicator: new Map<string, number>(), nationality: new Map<string, number>() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const languages = new Map<string, number>();
  const cities = new Map<string, number>();
  const samplePhones: string[] = [];
  const sampleWords: string[] = [];

  const write = db.transaction(() => {
    for (const { ad } of generateBatchAds({ count, seed: 11 })) {
      const [siteId = 'site-a', siteAdId = ad.id] = ad.id.split(':');
      insertSite.run(siteId, siteId, '');
      const prepared = prepareAd(ad);
      const scored = scoreAd(prepared, config);
      const facts = prepared.facts;
      const city = ad.city ?? facts.cities[0] ?? null;
      const snapshot = snapshotOf(ad, city);
      const firstMs = now - random() * spreadDays * dayMs;
      const changed = random() < 0.2;
      const secondMs = changed ? firstMs + random() * (now - firstMs) : firstMs;
      const gone = random() < 0.1;
      const lastMs = gone ? secondMs + random() * (now - secondMs) * 0.5 : now - random() * dayMs * 0.5;
      const first = new Date(firstMs).toISOString();
      const second = new Date(secondMs).toISOString();
      const last = new Date(Math.max(lastMs, secondMs)).toISOString();
      const info = insertAd.run(
        ad.id,
        siteId,
        siteAdId,
        ad.url ?? '',
        first,
        last,
        gone ? last : null,
        changed ? 2 : 1,
        city,
        ad.name ?? null,
        ad.title ?? null,
        searchText(snapshot),
        scored.score,
        scored.level,
      );
      const adId = Number(info.lastInsertRowid);
      let versionId = Number(
        insertVersion.run(
          adId,
          1,
          first,
          changed ? second : last,
          JSON.stringify(snapshot),
          snapshotHash(snapshot),
          '[]',
        ).lastInsertRowid,
      );
      if (changed) {
        const next = { ...snapshot, prices: [...(snapshot.prices ?? []), '1 time 900 kr'] };
        versionId = Number(
          insertVersion.run(adId, 2, second, last, JSON.stringify(next), snapshotHash(next), '["prices"]')
            .lastInsertRowid,
        );
      }
      setLatest.run(versionId, adId);
      const result = {
        id: ad.id,
        score: scored.score,
        level: scored.level,
        indicators: scored.indicators,
        cluster: null,
        extracted: facts,
      };
      insertResult.run(
        adId,
        config.version,
        second,
        scored.score,
        scored.level,
        JSON.stringify(scored.indicators),
        JSON.stringify(result),
      );
      for (const f of facetsOf(scored.indicators, result)) {
        insertFacet.run(adId, f.kind, f.value);
        if (f.kind === 'indicator' || f.kind === 'nationality') bump(tally[f.kind], f.value);
        if (f.kind === 'language') bump(languages, f.value);
        if (f.kind === 'phone' && samplePhones.length < 500 && random() < 0.05) samplePhones.push(f.value);
      }
      if (city) bump(cities, city);
      if (sampleWords.length < 200 && ad.name && random() < 0.01) sampleWords.push(ad.name.toLowerCase());
    }
  });
  write();
  db.close();
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    file,
    samplePhones,
    sampleWords,
    topIndicator: top(tally.indicator),
    topNationality: top(tally.nationality),
    topLanguage: top(languages),
    topCity: top(cities),
    seconds: round((performance.now() - started) / 1000),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(scenario: string, times: number[], extra: Record<string, unknown> = {}): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      scenario,
      requests: times.length,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      maxMs: round(sorted[sorted.length - 1] ?? NaN),
      ...extra,
    }),
  );
}

/** Phone numbers as a worker types them: spaces, country code, or none. */
function typed(e164: string, i: number): string {
  const local = e164.startsWith('+45') ? e164.slice(3) : e164;
  const styles = [() => local.replace(/(\d{2})(?=\d)/g, '$1 '), () => `+45 ${local}`, () => local];
  return e164.startsWith('+45') ? styles[i % styles.length]!() : e164;
}

async function main(): Promise<void> {
  const dir = reuse ?? mkdtempSync(path.join(tmpdir(), 'opspor-dashboard-bench-'));
  const metaFile = path.join(dir, 'bench.json');
  try {
    let built: Built;
    if (reuse !== undefined) {
      built = JSON.parse(readFileSync(metaFile, 'utf8')) as Built;
    } else {
      built = await buildStore(dir);
      writeFileSync(metaFile, JSON.stringify(built));
      console.log(JSON.stringify({ scenario: 'build store', ads: count, seconds: built.seconds }));
    }
    const repo = await openRepository(`sqlite:${built.file}`);
    // A kept store is migrated again, so an index added since is built before measuring.
    await repo.migrate();
    // The ads written straight into the store wait for the text index as a crawl's ads do until
    // scoring indexes them (migration 0007): index them, as the scoring after a crawl would.
    await repo.indexPendingText();
    const user = await repo.createUser({
      username: `bench-${Date.now()}`,
      role: 'outreach',
      passwordHash: await hashPassword('bench password 123'),
    });
    // The worker last marked Today as seen a day ago: a day's new and changed ads.
    await repo.setTodayMark(user.id, new Date(now - dayMs).toISOString());
    const webRoot = path.join(root, 'dist/web');
    // Always built here (about a second): what is measured is the current production build, not
    // whatever an earlier test run or an older checkout left in dist/web.
    await buildDashboard();
    const config = configSchema.parse({ dataDir: dir, databaseUrl: `sqlite:${built.file}` });
    const app = await createServer({ repo, config, webRoot, logger: createLogger('bench', 'silent') });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [csrfHeader]: csrfHeaderValue },
      body: JSON.stringify({ username: user.username, password: 'bench password 123' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status}`);

    // Follow-up cases on 3 % of ads, a third assigned to the bench user.
    const db = new Database(built.file);
    const insertCase = db.prepare(
      'insert or replace into ad_cases (ad_id, status, assignee_id, updated_by, updated_at) values (?, ?, ?, ?, ?)',
    );
    const statuses = ['to-contact', 'contacted', 'visited', 'no-concern', 'closed'];
    const random = rng(3);
    db.transaction(() => {
      for (let id = 1; id <= count; id++) {
        if (random() >= 0.03) continue;
        insertCase.run(
          id,
          statuses[id % statuses.length],
          id % 3 === 0 ? user.id : null,
          user.id,
          new Date().toISOString(),
        );
      }
    })();
    db.close();

    async function time(url: string): Promise<number> {
      const start = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      return performance.now() - start;
    }
    async function measure(scenario: string, urls: (i: number) => string, n = requests): Promise<void> {
      for (let i = 0; i < 5; i++) await time(urls(i));
      const times: number[] = [];
      for (let i = 0; i < n; i++) times.push(await time(urls(i)));
      report(scenario, times);
    }

    const since = new Date(now - 7 * dayMs).toISOString().slice(0, 10);
    const pick = <T>(list: T[], i: number): T => list[i % list.length]!;
    await measure('list: default (active, by score)', () => '/api/ads?limit=25');
    await measure('list: level red', () => '/api/ads?level=red&limit=25');
    await measure('list: site', () => '/api/ads?site=site-b&limit=25');
    await measure('list: city', () => `/api/ads?city=${encodeURIComponent(built.topCity)}&limit=25`);
    await measure('list: score range', () => '/api/ads?scoreMin=4&scoreMax=8&limit=25');
    await measure('list: indicator', () => `/api/ads?indicator=${built.topIndicator}&limit=25`);
    await measure('list: rare indicator', () => '/api/ads?indicator=drugs-offered&limit=25');
    await measure('list: nationality', () => `/api/ads?nationality=${built.topNationality}&limit=25`);
    await measure('list: language', () => `/api/ads?language=${built.topLanguage}&limit=25`);
    await measure('list: follow-up status', () => '/api/ads?followUp=to-contact&limit=25');
    await measure('list: follow-up new', () => '/api/ads?followUp=new&limit=25');
    await measure('list: assigned to me', () => '/api/ads?assignee=me&status=all&limit=25');
    await measure('list: first seen since a week', () => `/api/ads?firstFrom=${since}&limit=25`);
    await measure('list: last seen bounds, all', () => `/api/ads?status=all&seenFrom=${since}&limit=25`);
    await measure('list: gone', () => '/api/ads?status=gone&limit=25');
    await measure('list: sort by city ascending', () => '/api/ads?sort=city&dir=asc&limit=25');
    await measure('list: sort by first seen ascending', () => '/api/ads?sort=firstSeen&dir=asc&limit=25');
    await measure(
      'list: combined (red, city, indicator)',
      () =>
        `/api/ads?level=red&city=${encodeURIComponent(built.topCity)}&indicator=${built.topIndicator}&limit=25`,
    );
    await measure(
      'list: text search',
      (i) => `/api/ads?q=${encodeURIComponent(pick(built.sampleWords, i))}&limit=25`,
    );
    await measure(
      'list: phone search',
      (i) => `/api/ads?phone=${encodeURIComponent(typed(pick(built.samplePhones, i), i))}`,
    );
    await measure(
      'list: deep page (offset 50,000 of all)',
      () => '/api/ads?status=all&limit=25&offset=50000',
    );
    await measure('ad page API', (i) => `/api/ads/${1 + ((i * 7919) % count)}`);
    await measure('Today API', () => '/api/today', 50);
    await measure('statistics API (90 days)', () => '/api/stats', 50);

    // Exports of every stored ad and the largest PDF report: one download each, timed to the last
    // byte, with how much the server process grew meanwhile (sampled RSS; the server is in-process).
    for (const [scenario, url] of [
      ['export: CSV of all ads', '/api/exports/ads.csv?status=all'],
      ['export: XLSX of all ads', '/api/exports/ads.xlsx?status=all'],
      ['report: PDF of the 100 most concerning ads', '/api/reports/concerning.pdf?top=100'],
    ] as const) {
      global.gc?.();
      const before = process.memoryUsage.rss();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
      const start = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      const bytes = (await res.arrayBuffer()).byteLength;
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      console.log(
        JSON.stringify({
          scenario,
          seconds: round(seconds, 2),
          fileMb: round(bytes / 2 ** 20),
          rssGrowthMb: Math.round((Math.max(peak, process.memoryUsage.rss()) - before) / 2 ** 20),
        }),
      );
    }

    // Today in a real browser: navigation start → first Today group rendered.
    const chromiumPath = '/usr/bin/chromium';
    if (existsSync(chromiumPath)) {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
      });
      const [name, value] = cookie.split('=') as [string, string];
      const url = new URL(base);
      const times: number[] = [];
      for (let i = 0; i < 12; i++) {
        // A fresh context each time: a cold cache, as on the first visit of the day.
        const context = await browser.newContext();
        await context.addCookies([{ name, value, domain: url.hostname, path: '/' }]);
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${base}/`);
        await page.getByTestId('today-group').first().waitFor({ timeout: 30_000 });
        times.push(performance.now() - start);
        await context.close();
      }
      await browser.close();
      report('Today page ready in chromium (cold cache)', times.slice(2));
    } else {
      console.error('chromium not found at /usr/bin/chromium: Today page in the browser not measured');
    }
    const today = await repo.listToday({
      since: new Date(now - dayMs).toISOString(),
      until: new Date().toISOString(),
      limit: 300,
    });
    console.log(JSON.stringify({ scenario: 'Today size', total: today.total, shown: today.ads.length }));

    await app.close();
    await repo.close();
  } finally {
    if (keep || reuse !== undefined) console.error(`store kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
