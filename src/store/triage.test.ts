import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdResult, FiredIndicator, Level } from '../shared/types.js';
import { createTestDatabase, openRepository, openTestRepository } from './index.js';
import { KyselyRepository } from './kysely-repository.js';
import { migrationProvider } from './migrations/index.js';
import type { AdFilter, Repository } from './repository.js';
import { factsWith } from '../shared/facts.js';

/** Triage queries (list filters, Today, statistics) on both backends. */

const pgUrl = process.env.OPSPOR_TEST_PG_URL;
const backends: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

const day = (d: number, h = 12): string => new Date(Date.UTC(2026, 10, d, h)).toISOString();

interface Seed {
  siteAdId: string;
  city: string;
  site?: string;
  seen: string;
  level: Level;
  score: number;
  indicators?: string[];
  nationalities?: string[];
  languages?: string[];
  phones?: string[];
}

function resultOf(key: string, s: Seed): { indicators: FiredIndicator[]; result: AdResult } {
  const indicators = (s.indicators ?? []).map((id) => ({ id, weight: 1, evidence: [] }));
  return {
    indicators,
    result: {
      id: key,
      score: s.score,
      level: s.level,
      indicators,
      cluster: null,
      extracted: factsWith({
        phones: s.phones ?? [],
        nationalities: s.nationalities ?? [],
        languages: s.languages ?? [],
        cities: [s.city],
      }),
    },
  };
}

async function seed(repo: Repository, s: Seed): Promise<number> {
  const siteId = s.site ?? 'site-a';
  const { adId } = await repo.recordAd({
    siteId,
    siteAdId: s.siteAdId,
    url: `https://example.invalid/${s.siteAdId}`,
    seenAt: s.seen,
    runId: null,
    snapshot: { title: `Ad ${s.siteAdId}`, text: 'tekst', city: s.city, photoHashes: [] },
  });
  const { indicators, result } = resultOf(`${siteId}:${s.siteAdId}`, s);
  await repo.saveIndicatorResult({
    adId,
    configVersion: 't',
    computedAt: s.seen,
    score: s.score,
    level: s.level,
    indicators,
    result,
  });
  return adId;
}

const seeds: Seed[] = [
  {
    siteAdId: '1',
    city: 'Odense',
    seen: day(1),
    level: 'red',
    score: 9,
    indicators: ['new-in-town', 'low-price'],
    nationalities: ['RO'],
    languages: ['en'],
    phones: ['+4522334455'],
  },
  {
    siteAdId: '2',
    city: 'København',
    seen: day(2),
    level: 'yellow',
    score: 4,
    indicators: ['new-in-town'],
    nationalities: ['TH'],
    languages: ['en', 'th'],
  },
  {
    siteAdId: '3',
    city: 'Aarhus',
    site: 'site-b',
    seen: day(3),
    level: 'green',
    score: 1,
    languages: ['da'],
  },
  {
    siteAdId: '4',
    city: 'Odense',
    site: 'site-b',
    seen: day(4),
    level: 'red',
    score: 7,
    indicators: ['low-price'],
    nationalities: ['RO'],
  },
];

for (const backend of backends) {
  describe(`triage store: ${backend}`, () => {
    let repo: Repository;
    let cleanup: () => Promise<void>;
    let ids: number[];

    beforeEach(async () => {
      ({ repo, cleanup } = await openTestRepository(backend, pgUrl));
      ids = [];
      for (const s of seeds) ids.push(await seed(repo, s));
    });
    afterEach(async () => {
      await cleanup();
    });

    const keys = async (filter: AdFilter): Promise<string[]> =>
      (await repo.listAds({ status: 'all', sort: 'score', ...filter })).ads.map((a) => a.siteAdId);

    it('filters by indicator, nationality, language and phone from the current result', async () => {
      expect(await keys({ indicator: 'new-in-town' })).toEqual(['1', '2']);
      expect(await keys({ indicator: 'low-price' })).toEqual(['1', '4']);
      expect(await keys({ nationality: 'RO' })).toEqual(['1', '4']);
      expect(await keys({ language: 'th' })).toEqual(['2']);
      expect(await keys({ phone: '+4522334455' })).toEqual(['1']);
      expect(await keys({ phone: '+4599999999' })).toEqual([]);
      expect(
        await keys({ indicator: 'low-price', nationality: 'RO', city: 'Odense', siteId: 'site-b' }),
      ).toEqual(['4']);
    });

    it('follows a re-score: facets of an older result no longer match', async () => {
      const { indicators, result } = resultOf('site-a:1', { ...seeds[0]!, indicators: ['low-price'] });
      await repo.saveIndicatorResult({
        adId: ids[0]!,
        configVersion: 't2',
        computedAt: day(5),
        score: 2,
        level: 'green',
        indicators,
        result: { ...result, extracted: { ...result.extracted, phones: [] } },
      });
      expect(await keys({ indicator: 'new-in-town' })).toEqual(['2']);
      expect(await keys({ phone: '+4522334455' })).toEqual([]);
      // An older result saved late does not replace the current one.
      const old = resultOf('site-a:1', seeds[0]!);
      await repo.saveIndicatorResult({
        adId: ids[0]!,
        configVersion: 't0',
        computedAt: day(1, 1),
        ...old,
        score: 9,
        level: 'red',
      });
      expect(await keys({ indicator: 'new-in-town' })).toEqual(['2']);
    });

    it('searches text by substring, following edits (SQLite through its trigram index)', async () => {
      await repo.recordAd({
        siteId: 'site-a',
        siteAdId: '2',
        url: 'https://example.invalid/2',
        seenAt: day(5),
        runId: null,
        snapshot: {
          title: 'Ad 2',
          text: 'Sød pige fra Thailand, 100% diskret_',
          city: 'København',
          photoHashes: [],
        },
      });
      expect(await keys({ q: 'THAILAND' })).toEqual(['2']);
      expect(await keys({ q: 'sød pige' })).toEqual(['2']);
      expect(await keys({ q: 'tekst' })).toEqual(['1', '4', '3']);
      // Wildcards are literal, short terms work too.
      expect(await keys({ q: '100%' })).toEqual(['2']);
      expect(await keys({ q: 't_ekst' })).toEqual([]);
      expect(await keys({ q: 'et_' })).toEqual(['2']);
      expect(await keys({ q: 'ad' })).toEqual(['1', '4', '2', '3']);
    });

    it('counts up to a limit when asked, and exactly otherwise', async () => {
      const capped = await repo.listAds({ status: 'all', countLimit: 2, limit: 1 });
      expect(capped).toMatchObject({ total: 2, totalCapped: true });
      expect(capped.ads).toHaveLength(1);
      expect(await repo.listAds({ status: 'all', countLimit: 4 })).toMatchObject({
        total: 4,
        totalCapped: false,
      });
      expect((await repo.listAds({ status: 'all', indicator: 'low-price', countLimit: 1 })).totalCapped).toBe(
        true,
      );
      expect((await repo.listAds({ status: 'all' })).total).toBe(4);
    });

    it('filters by score range and first-seen bounds, and sorts both ways', async () => {
      expect(await keys({ scoreMin: 4, scoreMax: 7 })).toEqual(['4', '2']);
      expect(await keys({ firstSeenFrom: day(2, 0), firstSeenTo: day(3, 23) })).toEqual(['2', '3']);
      expect(await keys({ sort: 'score', dir: 'asc' })).toEqual(['3', '2', '4', '1']);
      expect(await keys({ sort: 'firstSeen', dir: 'asc' })).toEqual(['1', '2', '3', '4']);
      expect(await keys({ sort: 'firstSeen' })).toEqual(['4', '3', '2', '1']);
      // City ascending (København sorts after Aarhus; Odense ties broken by score).
      expect(await keys({ sort: 'city', dir: 'asc' })).toEqual(['3', '2', '1', '4']);
      expect(await keys({ sort: 'city', dir: 'desc' })).toEqual(['1', '4', '2', '3']);
    });

    it('filters by follow-up status and assignee through ad_cases (no row = new)', async () => {
      if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
      const { db } = repo;
      const user = await repo.createUser({ username: 'ulla', role: 'outreach', passwordHash: 'x' });
      const other = await repo.createUser({ username: 'bo', role: 'outreach', passwordHash: 'x' });
      const insertCase = (adId: number, status: string, assignee: number | null) =>
        sql`insert into ad_cases (ad_id, status, assignee_id, updated_by, updated_at)
            values (${adId}, ${status}, ${assignee}, ${user.id}, ${day(6)})`.execute(db);
      await insertCase(ids[0]!, 'to-contact', user.id);
      await insertCase(ids[1]!, 'new', other.id);
      await insertCase(ids[2]!, 'closed', null);
      expect(await keys({ followUp: 'to-contact' })).toEqual(['1']);
      expect(await keys({ followUp: 'new' })).toEqual(['4', '2']);
      expect(await keys({ followUp: 'closed' })).toEqual(['3']);
      expect(await keys({ assigneeId: user.id })).toEqual(['1']);
      expect(await keys({ assigneeId: other.id, followUp: 'new' })).toEqual(['2']);
    });

    it('Today: new and changed active red/yellow ads in (since, until], grouped', async () => {
      // Ad 2 changes on day 5; ad 3 (green) changes too; ad 4 goes away.
      await repo.recordAd({
        siteId: 'site-a',
        siteAdId: '2',
        url: 'https://example.invalid/2',
        seenAt: day(5),
        runId: null,
        snapshot: { title: 'Ad 2', text: 'ny tekst', city: 'København', photoHashes: [] },
      });
      await repo.recordAd({
        siteId: 'site-b',
        siteAdId: '3',
        url: 'https://example.invalid/3',
        seenAt: day(5),
        runId: null,
        snapshot: { title: 'Ad 3', text: 'ny tekst', city: 'Aarhus', photoHashes: [] },
      });
      const today = await repo.listToday({ since: day(2, 13), until: day(6), limit: 10 });
      expect(today.ads.map((a) => [a.ad.siteAdId, a.change])).toEqual([
        ['4', 'new'],
        ['2', 'changed'],
      ]);
      expect(today.counts).toEqual({ red: 1, yellow: 1, new: 1, changed: 1 });
      expect(today.byCity).toEqual([
        { key: 'Odense', red: 1, yellow: 0, total: 1 },
        { key: 'København', red: 0, yellow: 1, total: 1 },
      ]);
      expect(today.bySite.map((g) => g.key)).toEqual(['site-b', 'site-a']);
      // The upper bound holds: what arrives after the page was loaded waits for the next look.
      expect((await repo.listToday({ since: day(2, 13), until: day(4, 23), limit: 10 })).total).toBe(1);
      expect((await repo.listToday({ since: day(2, 13), until: day(6), limit: 1 })).ads).toHaveLength(1);
    });

    it('keeps a Today mark per user', async () => {
      const user = await repo.createUser({ username: 'ulla', role: 'outreach', passwordHash: 'x' });
      expect(await repo.getTodayMark(user.id)).toBeNull();
      await repo.setTodayMark(user.id, day(3));
      await repo.setTodayMark(user.id, day(4));
      expect(await repo.getTodayMark(user.id)).toBe(day(4));
    });

    it('counts statistics by day, city, nationality and site', async () => {
      const stats = await repo.adStatistics({ from: day(2, 0), top: 10 });
      expect(stats.byDay.map((d) => [d.day, d.total])).toEqual([
        ['2026-11-02', 1],
        ['2026-11-03', 1],
        ['2026-11-04', 1],
      ]);
      expect(stats.byCity[0]).toEqual({ key: 'Odense', red: 2, yellow: 0, green: 0, none: 0, total: 2 });
      expect(stats.byNationality).toEqual([
        { key: 'RO', red: 2, yellow: 0, green: 0, none: 0, total: 2 },
        { key: 'TH', red: 0, yellow: 1, green: 0, none: 0, total: 1 },
      ]);
      expect(stats.bySite.map((s) => [s.key, s.total])).toEqual([
        ['site-a', 2],
        ['site-b', 2],
      ]);
      expect((await repo.adStatistics({ from: day(1, 0), top: 1 })).byCity).toHaveLength(1);
      expect(await repo.listFacetValues('language')).toEqual([
        { value: 'en', count: 2 },
        { value: 'da', count: 1 },
        { value: 'th', count: 1 },
      ]);
    });
  });

  describe(`triage migration: ${backend}`, () => {
    it('backfills facets from the results stored before it', async () => {
      const database = await createTestDatabase(backend, pgUrl);
      const repo = await openRepository(database.url);
      try {
        if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
        const migrator = new Migrator({ db: repo.db, provider: migrationProvider(backend) });
        const before = await migrator.migrateTo('0002-casework');
        expect(before.error).toBeUndefined();
        // Results as the store held them before 0003: written without facets.
        for (const s of seeds) {
          const { adId } = await repo.recordAd({
            siteId: s.site ?? 'site-a',
            siteAdId: s.siteAdId,
            url: 'u',
            seenAt: s.seen,
            runId: null,
            snapshot: { city: s.city, photoHashes: [] },
          });
          const { indicators, result } = resultOf(s.siteAdId, s);
          await repo.db
            .insertInto('indicator_results')
            .values({
              ad_id: adId,
              config_version: 't',
              computed_at: s.seen,
              score: s.score,
              level: s.level,
              indicators: JSON.stringify(indicators),
              result: JSON.stringify(result),
            })
            .execute();
        }
        await repo.migrate();
        expect(
          (await repo.listAds({ status: 'all', indicator: 'low-price' })).ads.map((a) => a.siteAdId),
        ).toEqual(['4', '1']);
        expect((await repo.listAds({ status: 'all', phone: '+4522334455' })).total).toBe(1);
      } finally {
        await repo.close();
        await database.drop();
      }
    });
  });
}
