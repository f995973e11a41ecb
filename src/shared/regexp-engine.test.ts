import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGEXP_ENGINE_OPTION, regexpsCompileEagerly, tieredRegexpsNote } from './regexp-engine.js';

const root = path.resolve(import.meta.dirname, '../..');

function codeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:ts|tsx|js|mjs)$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('the regular-expression engine option', () => {
  it('is never set from code, where it crashes threads running patterns', () => {
    // A call, not a mention (the option's file explains why): built here so this file is no offender.
    const setter = new RegExp(['setFlags', 'FromString'].join('') + String.raw`\s*\(`);
    const offenders = ['src', 'bench', 'bin', 'test']
      .flatMap(codeFiles)
      .filter((f) => setter.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is given at start by every launcher of the CLI and the benchmarks', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const script of ['start', 'opspor', 'eval'])
      expect(pkg.scripts[script], script).toContain(`tsx ${REGEXP_ENGINE_OPTION} src/cli/main.ts`);
    expect(readFileSync(path.join(root, 'bin/opspor.js'), 'utf8')).toContain(`'${REGEXP_ENGINE_OPTION}'`);
    expect(readFileSync(path.join(root, 'bench/run.ts'), 'utf8')).toContain('REGEXP_ENGINE_OPTION,');
  });

  it('tells whether this process was started with it', () => {
    expect(regexpsCompileEagerly(['--expose-gc', REGEXP_ENGINE_OPTION])).toBe(true);
    expect(regexpsCompileEagerly(['--import', 'tsx'])).toBe(false);
    expect(tieredRegexpsNote(['--expose-gc', REGEXP_ENGINE_OPTION])).toBeNull();
    expect(tieredRegexpsNote(['--import', 'tsx'])).toContain(REGEXP_ENGINE_OPTION);
  });

  it('is accepted by node through the launcher', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/opspor.js'), '--version'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0.1.0');
    expect(r.status).toBe(0);
  });
});
