import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `opspor digest` as a user runs it: a child process with its own data folder and database. */
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'opspor-digest-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function opspor(args: string[], config: object) {
  const file = path.join(dir, 'opspor.config.json');
  writeFileSync(file, JSON.stringify(config));
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: path.join(dir, 'cli.db'),
      OPSPOR_DATA_DIR: dir,
      OPSPOR_CONFIG: file,
    },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('opspor digest', () => {
  // Port 1 on localhost refuses connections: the mail fails, the digest must not.
  const unreachableSmtp = { url: 'smtp://127.0.0.1:1', from: 'opspor@example.org', to: ['team@example.org'] };

  it('writes the digest file and says what it found', () => {
    const r = opspor(['digest', '--no-mail'], { smtp: unreachableSmtp });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^digest \d{4}-\d{2}-\d{2}: 0 new red, 0 new yellow, 0 networks changed, 0 unhealthy crawls$/m,
    );
    const file = /^written: (.*)$/m.exec(r.stdout)?.[1];
    expect(file && existsSync(file)).toBe(true);
    expect(file?.startsWith(path.join(dir, 'digests'))).toBe(true);
  });

  it('keeps the digest and exits 1 with the reason when the mail cannot be sent', () => {
    const r = opspor(['digest'], { smtp: unreachableSmtp });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the digest was written but not mailed: .*(ECONNREFUSED|connect)/i);
    expect(existsSync(/^written: (.*)$/m.exec(r.stdout)?.[1] ?? '')).toBe(true);
  });

  it('stops with a message naming a bad setting', () => {
    const r = opspor(['digest'], { digest: { hour: 25 } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('digest.hour');
  });
});
