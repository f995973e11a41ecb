/**
 * Cost of moving the recent bucket rows into the big bucket table (`mergeRecentBuckets`), the
 * batch that `updateNetwork` runs once RECENT_BUCKET_LIMIT rows have gathered:
 * `npx tsx bench/network-merge.ts FILE` on a copy of a store kept by `bench/network.ts
 * --keep-store`. Fills the recent table with that many rows spread over the range of the stored
 * buckets, then times the merge (one transaction, commit included). Prints one JSON line.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openRepository } from '../src/store/index.js';
import { KyselyRepository } from '../src/store/kysely-repository.js';
import { insertBuckets, mergeRecentBuckets } from '../src/store/network-rows.js';
import { writeTransaction } from '../src/store/db.js';
import { RECENT_BUCKET_LIMIT } from '../src/store/network.js';

const source = process.argv[2];
if (!source) {
  console.error('usage: network-merge.ts STORE_FILE');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'opspor-merge-'));
const file = path.join(dir, 'merge.db');
copyFileSync(source, file);
const repo = await openRepository(file);
if (!(repo instanceof KyselyRepository)) throw new TypeError('expected the Kysely repository');
await repo.migrate();
await sql`pragma wal_checkpoint(truncate)`.execute(repo.db);
const range = await sql<{ lo: number; hi: number; ads: number }>`
  select min(bucket) as lo, max(bucket) as hi, max(ad_id) as ads from network_buckets`.execute(repo.db);
const { lo, hi, ads } = range.rows[0]!;
const rows: [number, number][] = [];
// A fixed linear congruential sequence: the same buckets every run, spread over the stored range.
let s = 7;
for (let i = 0; i < RECENT_BUCKET_LIMIT; i++) {
  s = (s * 1103515245 + 12345) % 2147483648;
  rows.push([lo + Math.floor((s / 2147483648) * (hi - lo)), ads + 1 + Math.floor(i / 30)]);
}
await writeTransaction(repo.db, 'sqlite', (trx) =>
  insertBuckets(trx, 'sqlite', rows, 'network_buckets_recent'),
);
const t = performance.now();
await writeTransaction(repo.db, 'sqlite', (trx) => mergeRecentBuckets(trx, 0));
console.log(
  JSON.stringify({ mergedRows: rows.length, seconds: Number(((performance.now() - t) / 1000).toFixed(2)) }),
);
await repo.close();
rmSync(dir, { recursive: true, force: true });
