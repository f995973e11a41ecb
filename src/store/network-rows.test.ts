import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KyselyRepository } from './kysely-repository.js';
import { insertBuckets, readBucketMembers } from './network-rows.js';
import { openTestRepository, testBackends } from './test-database.js';
import type { StoreDialect } from './schema.js';

describe.each(testBackends)('readBucketMembers (%s)', (backend) => {
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
});
