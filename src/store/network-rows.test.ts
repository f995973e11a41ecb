import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KyselyRepository } from './kysely-repository.js';
import type { LinkRow } from '../network/incremental.js';
import { deleteLinksOf, insertBuckets, insertLinks, readBucketMembers, readLinks } from './network-rows.js';
import { openTestRepository, testBackends } from './test-database.js';
import type { StoreDialect } from './schema.js';

describe.each(testBackends)('network rows (%s)', (backend) => {
  let repo: KyselyRepository;
  let cleanup: () => Promise<void>;
  const dialect: StoreDialect = backend;
  beforeEach(async () => {
    const opened = await openTestRepository(backend);
    if (!(opened.repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
    repo = opened.repo;
    cleanup = opened.cleanup;
  });
  afterEach(async () => {
    await cleanup();
  });

  it('takes the newest members of each bucket over both bucket tables, at most perBucket each', async () => {
    const big = 2 ** 40 + 7; // bucket keys are wider than 32 bits
    // Bucket 11: ads 1..30 in the big table, 31 and 5 (an old ad re-linked) in the recent one.
    const stored: [number, number][] = [];
    for (let ad = 1; ad <= 30; ad++) stored.push([11, ad]);
    stored.push([12, 40], [12, 41], [big, 50]);
    await insertBuckets(repo.db, dialect, stored);
    await insertBuckets(
      repo.db,
      dialect,
      [
        [11, 31],
        [11, 5],
        [13, 60],
      ],
      'network_buckets_recent',
    );

    const members = await readBucketMembers(repo.db, dialect, [11, 12, big, 13, 99, 11], 4);
    expect(members.sort((a, b) => a - b)).toEqual([28, 29, 30, 31, 40, 41, 50, 60]);
    const one = await readBucketMembers(repo.db, dialect, [11], 1);
    expect(one).toEqual([31]);
  });

  const link = (adId: number, otherId: number): LinkRow => ({
    adId,
    otherId,
    type: 'text',
    similarity: 0.8,
    mine: '',
    theirs: '',
  });
  const pairs = (rows: readonly LinkRow[]): string[] => rows.map((l) => `${l.adId}>${l.otherId}`).sort();

  it('deletes the links of the given ads in both directions and keeps the others', async () => {
    // Pairs 1–2, 1–3, 2–3 (both gone), 3–4 and 4–5 (both stay).
    const stored = [
      [1, 2],
      [1, 3],
      [2, 3],
      [3, 4],
      [4, 5],
    ].flatMap(([a, b]) => [link(a!, b!), link(b!, a!)]);
    await insertLinks(repo.db, stored);
    await deleteLinksOf(repo.db, [3, 2]);
    expect(pairs(await readLinks(repo.db, [1, 2, 3, 4, 5]))).toEqual(['4>5', '5>4']);
    // An ad without links: nothing to delete, nothing fails.
    await deleteLinksOf(repo.db, [9]);
    expect(pairs(await readLinks(repo.db, [4, 5]))).toEqual(['4>5', '5>4']);
  });
});
