import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs the real `opspor` command line in a child process with its own data folder. */
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'opspor-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function opspor(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: path.join(dir, 'cli.db'), OPSPOR_DATA_DIR: dir, OPSPOR_CONFIG: '' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('opspor analyze', () => {
  it('writes one result per valid line in input order and reports a malformed line by number', () => {
    const ads = path.join(dir, 'ads.jsonl');
    const out = path.join(dir, 'results.jsonl');
    writeFileSync(
      ads,
      [
        JSON.stringify({
          id: 'a:1',
          text: 'Ny i byen! Sød ung pige, 19 år. Ring 2two 33 44 5five. 1 time 600 kr',
          name: 'Mia',
          city: 'Odense',
        }),
        '{"id": "broken", "text": ',
        JSON.stringify({
          id: 'a:2',
          text: 'Jeg hedder Mette, dansk, 45. 1 time 1500 kr. Tlf 22 33 44 55',
          name: 'Mette',
          city: 'Aarhus',
        }),
        JSON.stringify({ text: 'no id' }),
        JSON.stringify({
          id: 'a:3',
          text: 'New girl Anna in town, call 22334455',
          name: 'Anna',
          city: 'Vejle',
        }),
      ].join('\n') + '\n',
    );
    const r = opspor(['analyze', ads, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/:2: skipped malformed line/);
    expect(r.stderr).toMatch(/:4: skipped malformed line/);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            level: string;
            cluster: string | null;
            extracted: { phones: string[]; hourly_price_dkk: number | null };
            indicators: { id: string }[];
          },
      );
    expect(lines.map((l) => l.id)).toEqual(['a:1', 'a:2', 'a:3']);
    expect(lines[0]?.extracted.phones).toEqual(['+4522334455']);
    expect(lines[0]?.extracted.hourly_price_dkk).toBe(600);
    expect(lines[0]?.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['youth-emphasis', 'new-in-town', 'low-price']),
    );
    expect(lines[0]?.level).toBe('red');
    // Mia and Mette share a phone with different names: linked in one cluster.
    expect(lines[0]?.cluster).not.toBeNull();
    expect(lines[1]?.cluster).toBe(lines[0]?.cluster);
  });

  it('exits non-zero when no line could be read', () => {
    const ads = path.join(dir, 'bad.jsonl');
    writeFileSync(ads, 'not json\n');
    const r = opspor(['analyze', ads, '--out', path.join(dir, 'none.jsonl')]);
    expect(r.status).not.toBe(0);
  });
});

describe('opspor users and db', () => {
  it('migrates, adds a user with a generated password shown once, and refuses a duplicate', () => {
    expect(opspor(['db', 'migrate']).status).toBe(0);
    const added = opspor(['users', 'add', 'kirsten', '--role', 'outreach']);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/password \(shown once\): [a-z0-9-]{23}/);
    expect(opspor(['users', 'list']).stdout).toMatch(/kirsten\toutreach/);
    const again = opspor(['users', 'add', 'kirsten', '--role', 'outreach']);
    expect(again.status).not.toBe(0);
    const badRole = opspor(['users', 'add', 'someone', '--role', 'boss']);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/unknown role/);
  });
});
