import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsWith } from '../shared/facts.js';
import { openRepository } from '../store/index.js';
import type { Level } from '../shared/types.js';

/** `opspor evaluate-outcomes` as a user runs it, on a store with three recorded outcomes. */
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'opspor-outcome-cli-'));
const database = path.join(dir, 'cli.db');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const repo = await openRepository(database);
  await repo.migrate();
  const user = await repo.createUser({ username: 'mia', role: 'outreach', passwordHash: 'x' });
  const ads: [string, Level, string[], 'concern' | 'no-concern' | 'not-reached'][] = [
    ['1', 'red', ['low-price', 'youth-emphasis'], 'concern'],
    ['2', 'yellow', ['low-price'], 'no-concern'],
    ['3', 'red', ['youth-emphasis'], 'not-reached'],
  ];
  for (const [siteAdId, level, ids, outcome] of ads) {
    const { adId } = await repo.recordAd({
      siteId: 'site-a',
      siteAdId,
      url: `http://127.0.0.1/${siteAdId}`,
      seenAt: '2026-11-02T09:00:00.000Z',
      runId: null,
      snapshot: { title: siteAdId, text: 'Hej', photoHashes: [] },
    });
    const indicators = ids.map((id) => ({ id, weight: 2, evidence: [] }));
    const score = 2 * ids.length;
    await repo.saveIndicatorResult({
      adId,
      configVersion: 'v1',
      computedAt: '2026-11-02T09:01:00.000Z',
      score,
      level,
      indicators,
      result: { id: `site-a:${siteAdId}`, score, level, indicators, cluster: null, extracted: factsWith() },
    });
    await repo.updateCase({ adId, outcome, userId: user.id, at: '2026-11-02T10:00:00.000Z' });
  }
  await repo.close();
});

function opspor(args: string[]) {
  const config = path.join(dir, 'opspor.config.json');
  writeFileSync(config, '{}');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: database, OPSPOR_DATA_DIR: dir, OPSPOR_CONFIG: config },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('opspor evaluate-outcomes', () => {
  it('prints the table with the few-outcomes warning', () => {
    const r = opspor(['evaluate-outcomes']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^2 ads with an outcome evaluated \(1 concern, 1 no concern; base rate 50\.0 %\); left out: 1 not reached/,
    );
    expect(r.stdout).toContain('FEW OUTCOMES');
    expect(r.stdout).toMatch(/^youth-emphasis +1 +0 +0 +1 +1\.000 +1\.000 +2\.00$/m);
    expect(r.stdout).toMatch(/^low-price +1 +1 +0 +0 +0\.500 +1\.000 +1\.00$/m);
    expect(r.stdout).toMatch(/^drugs-offered +0 +0 +1 +1 +— +0\.000 +—$/m);
  });

  it('prints JSON with --json', () => {
    const r = opspor(['evaluate-outcomes', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      evaluated: 2,
      notReached: 1,
      baseRate: 0.5,
      fewOutcomes: true,
    });
  });
});
