import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../store/test-database.js';
import { openRepository } from '../../store/open.js';
import type { Repository } from '../../store/repository.js';
import { startDemoHarness, type DemoHarness } from './demo-harness.js';

const here = fileURLToPath(new URL('.', import.meta.url));

function startChild(args: string[]): {
  child: ChildProcessByStdio<null, Readable, Readable>;
  done: Promise<{ code: number | null; out: string }>;
} {
  // Node itself with tsx as loader (not the tsx CLI, which runs node as a grandchild that a
  // SIGKILL of the CLI would leave running).
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'crash-child.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OPSPOR_LOG_LEVEL: 'warn' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<{ code: number | null; out: string }>((resolve) => {
    child.on('exit', (code) => {
      resolve({ code, out });
    });
  });
  return { child, done };
}

async function countAds(url: string): Promise<number> {
  const repo = await openRepository(url);
  try {
    return (await repo.listAds({ siteId: 'demo-classic', status: 'all', limit: 1000 })).total;
  } finally {
    await repo.close();
  }
}

describe('crash and resume', () => {
  let h: DemoHarness;
  let db: TestDatabase;

  beforeAll(async () => {
    h = await startDemoHarness({ seed: 11 });
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
    await h.close();
  });

  it('resumes a run killed with SIGKILL without losing or duplicating ads', async () => {
    const baseUrl = h.config.sites['demo-classic']!.baseUrl!;
    const args = ['demo-classic', baseUrl, db.url, h.dataDir];
    const first = startChild(args);
    // Wait until some ads are stored, then kill the child mid-run.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 10; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await countAds(db.url).catch(() => 0);
    }
    first.child.kill('SIGKILL');
    await first.done;
    expect(stored).toBeGreaterThanOrEqual(10);
    const truth = h.world.groundTruth().sites['demo-classic'];
    expect(await countAds(db.url)).toBeLessThan(truth.length);

    const second = startChild(args);
    const { code, out } = await second.done;
    expect(code, out).toBe(0);
    const summary = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { resumed?: boolean };
    expect(summary.resumed).toBe(true);

    const repo: Repository = await openRepository(db.url);
    try {
      const { ads, total } = await repo.listAds({ siteId: 'demo-classic', status: 'all', limit: 1000 });
      expect(total).toBe(truth.length);
      const keys = new Set(ads.map((a) => a.siteAdId));
      for (const t of truth) expect(keys.has(t.siteAdId), `${t.id} stored`).toBe(true);
      for (const a of ads) expect(a.versionCount, `${a.key} versions`).toBe(1);
      const runs = await repo.listRuns({ siteId: 'demo-classic' });
      expect(runs).toHaveLength(1);
      expect(runs[0]?.status).toBe('finished');
    } finally {
      await repo.close();
    }
  }, 180_000);
});
