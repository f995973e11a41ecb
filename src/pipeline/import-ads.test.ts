import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { KyselyRepository } from '../store/kysely-repository.js';
import type { Repository } from '../store/repository.js';
import { openTestRepository } from '../store/test-database.js';
import { importAdLines, recordInputOf } from './import-ads.js';
import { scoreStore } from './score-store.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function open(): Promise<Repository> {
  const { repo, cleanup } = await openTestRepository('sqlite');
  cleanups.push(cleanup);
  return repo;
}

const photo = 'ab'.repeat(32);
const lines = [
  JSON.stringify({
    id: 'site-a:1',
    site: 'site-a',
    url: 'https://a.example/1',
    title: 'Ny i byen',
    text: 'Hej, jeg er Anna, 19 år. Ring 22 33 44 55. Kun engelsk.',
    images: [
      { id: 'img-1', sha256: photo.toUpperCase() },
      { id: 'img-2', path: 'x.jpg' },
    ],
    reviews: [{ id: 'r1', posted_at: '2026-10-05', text: 'Hun talte ikke dansk.' }],
  }),
  '{"id": "site-a:2", "text": "Maria i Odense"',
  '',
  JSON.stringify({ id: 'site-b:7', text: 'Maria i Odense, ring 22 33 44 55' }),
  JSON.stringify({ id: 'loose-id', text: 'Eva' }),
];

describe('importAdLines', () => {
  it('records ads as a crawl would and reports malformed lines by number', async () => {
    const repo = await open();
    const malformed: number[] = [];
    const result = await importAdLines(repo, lines, {
      seenAt: '2026-11-01T10:00:00.000Z',
      onMalformed: (lineNo) => malformed.push(lineNo),
    });
    expect(result).toMatchObject({ lines: 4, malformed: 1, refused: 0 });
    expect(result.changes.new).toBe(3);
    expect(malformed).toEqual([2]);
    const anna = await repo.getAdByKey('site-a:1');
    expect(anna?.current.text).toContain('Anna');
    expect(anna?.current.photoHashes).toEqual([photo]);
    expect(anna?.url).toBe('https://a.example/1');
    expect((await repo.listReviews(anna!.id)).map((r) => r.id)).toEqual(['r1']);
    expect(await repo.getAdByKey('site-b:7')).not.toBeNull();
    expect(await repo.getAdByKey('import:loose-id')).not.toBeNull();

    // Scored like crawled ads; the shared phone links the two ads.
    await scoreStore(repo, loadScoringConfig());
    const result1 = await repo.getIndicatorResult(anna!.id);
    expect(result1?.result.extracted.phones).toEqual(['+4522334455']);
    expect(result1?.result.cluster).not.toBeNull();
  });

  it('keeps history: the same lines again are unchanged, an edited ad gets a new version', async () => {
    const repo = await open();
    await importAdLines(repo, lines, { seenAt: '2026-11-01T10:00:00.000Z' });
    const again = await importAdLines(repo, lines, { seenAt: '2026-11-02T10:00:00.000Z' });
    expect(again.changes).toMatchObject({ new: 0, changed: 0, unchanged: 3 });
    const edited = JSON.stringify({ id: 'site-b:7', text: 'Maria er flyttet til Aalborg' });
    const third = await importAdLines(repo, [edited], { seenAt: '2026-11-03T10:00:00.000Z' });
    expect(third.changes.changed).toBe(1);
    const maria = await repo.getAdByKey('site-b:7');
    expect(maria?.versionCount).toBe(2);
    expect(maria?.lastSeen).toBe('2026-11-03T10:00:00.000Z');
  });

  it('skips an ad the store refuses and keeps the rest of its batch', async () => {
    const repo = await open();
    if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
    await sql`create trigger refuse_bad before insert on ads when new.site_ad_id = 'bad'
      begin select raise(abort, 'refused by test trigger'); end`.execute(repo.db);
    const refused: string[] = [];
    const result = await importAdLines(
      repo,
      [
        JSON.stringify({ id: 's:good-1', text: 'a', reviews: [{ id: 'r', text: 'fine' }] }),
        JSON.stringify({ id: 's:bad', text: 'b', reviews: [{ id: 'r', text: 'lost' }] }),
        JSON.stringify({ id: 's:good-2', text: 'c' }),
      ],
      { onRefused: (lineNo, id, message) => refused.push(`${lineNo} ${id} ${message}`) },
    );
    expect(result).toMatchObject({ lines: 3, refused: 1 });
    expect(result.changes.new).toBe(2);
    expect(refused).toEqual(['2 s:bad refused by test trigger']);
    expect(await repo.getAdByKey('s:good-1')).not.toBeNull();
    expect(await repo.getAdByKey('s:good-2')).not.toBeNull();
    expect(await repo.getAdByKey('s:bad')).toBeNull();
    const reviews = await sql<{ n: number }>`select count(*) as n from reviews`.execute(repo.db);
    expect(reviews.rows[0]!.n).toBe(1);
  });
});

describe('recordInputOf', () => {
  it('reads the site from the field, else from the id', () => {
    expect(recordInputOf({ id: 'site-a:48213' }, 't')).toMatchObject({ siteId: 'site-a', siteAdId: '48213' });
    expect(recordInputOf({ id: 'x:1', site: 'site-b' }, 't')).toMatchObject({
      siteId: 'site-b',
      siteAdId: 'x:1',
    });
    expect(recordInputOf({ id: '48213' }, 't')).toMatchObject({ siteId: 'import', siteAdId: '48213' });
  });
});
