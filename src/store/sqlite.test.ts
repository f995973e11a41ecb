import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { KyselyRepository } from './kysely-repository.js';
import { openRepository, openTestRepository, sqlitePath } from './index.js';
import { runRepositoryContract } from './repository.contract.js';

runRepositoryContract('sqlite', () => openTestRepository('sqlite'));

describe('sqlite specifics', () => {
  it('reads sqlite URLs and plain paths', () => {
    expect(sqlitePath('sqlite:data/opspor.db')).toBe('data/opspor.db');
    expect(sqlitePath('sqlite:///tmp/x.db')).toBe('/tmp/x.db');
    expect(sqlitePath('data/opspor.db')).toBe('data/opspor.db');
    expect(sqlitePath(':memory:')).toBe(':memory:');
  });

  it('opens an in-memory database', async () => {
    const repo = await openRepository(':memory:');
    await repo.migrate();
    expect(repo.dialect).toBe('sqlite');
    expect(
      (
        await repo.recordAd({
          siteId: 's',
          siteAdId: '1',
          url: 'u',
          seenAt: 'x',
          runId: null,
          snapshot: { photoHashes: [] },
        })
      ).change,
    ).toBe('new');
    await repo.close();
  });
});

describe('sqlite settings', () => {
  it('uses WAL and enforces foreign keys on a file database', async () => {
    const { repo, cleanup } = await openTestRepository('sqlite');
    try {
      if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
      const { db } = repo;
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      await expect(repo.addNote({ adId: 12345, userId: 1, body: 'x', at: 'now' })).rejects.toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      await cleanup();
    }
  });
});
