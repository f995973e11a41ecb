import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('reuses the prepared statement of the same SQL', () => {
    const db = withStatementCache(new Database(':memory:'));
    expect(db.prepare('select 1 as x')).toBe(db.prepare('select 1 as x'));
    expect(db.prepare('select 2 as x')).not.toBe(db.prepare('select 1 as x'));
    db.close();
  });

  it('prepares a fresh statement while the cached one is being iterated', () => {
    const raw = new Database(':memory:');
    raw.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const db = withStatementCache(raw);
    const sql = 'select n from t order by n';
    const outer = db.prepare(sql);
    const seen: number[] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = db.prepare(sql);
      expect(inner).not.toBe(outer);
      seen.push(row.n, (inner.all([]) as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    db.close();
  });

  it('keeps at most `limit` statements, dropping the least recently used', () => {
    const db = withStatementCache(new Database(':memory:'), 2);
    const a = db.prepare('select 1');
    db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    const b = db.prepare('select 2');
    expect(db.prepare('select 2')).toBe(b);
    db.close();
  });
});
