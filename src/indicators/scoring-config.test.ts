import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../shared/errors.js';
import { defaultProfilePath, loadScoringConfig, parseScoringConfig } from './scoring-config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'opspor-scoring-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const base = JSON.parse(readFileSync(defaultProfilePath, 'utf8')) as Record<string, unknown>;

function writeProfile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

describe('loadScoringConfig', () => {
  it('loads the default profile with a version and a content hash', () => {
    const config = loadScoringConfig();
    expect(config.version).toBe('default-1');
    expect(config.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(config.configVersion).toBe(`default-1+${config.configHash.slice(0, 8)}`);
    expect(config.enabled.has('x-factor')).toBe(true);
  });

  it('records a different version when the content changes but the version string does not', () => {
    const edited = { ...base, weights: { ...(base.weights as object), 'new-in-town': 3 } };
    const a = loadScoringConfig(writeProfile('a.json', base));
    const b = loadScoringConfig(writeProfile('b.json', edited));
    expect(b.version).toBe(a.version);
    expect(b.configVersion).not.toBe(a.configVersion);
  });

  it('does not change the hash for key order or whitespace', () => {
    const reordered = {
      enabled: base.enabled,
      weights: base.weights,
      thresholds: base.thresholds,
      version: base.version,
    };
    expect(parseScoringConfig(reordered).configHash).toBe(parseScoringConfig(base).configHash);
  });

  it('enables every weighted indicator when `enabled` is omitted', () => {
    const config = parseScoringConfig({
      version: 'v',
      thresholds: { red: 7, yellow: 3 },
      weights: { 'new-in-town': 2 },
    });
    expect([...config.enabled]).toEqual(['new-in-town']);
  });

  it('rejects unknown indicator ids, bad thresholds and unreadable files with ConfigError', () => {
    expect(() => parseScoringConfig({ ...base, weights: { 'no-such-thing': 2 } })).toThrow(ConfigError);
    expect(() => parseScoringConfig({ ...base, enabled: ['nope'] })).toThrow(/unknown indicator id/);
    expect(() => parseScoringConfig({ ...base, thresholds: { red: 2, yellow: 5 } })).toThrow(ConfigError);
    expect(() => parseScoringConfig({ ...base, extra: true })).toThrow(ConfigError);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => loadScoringConfig(broken)).toThrow(ConfigError);
    expect(() => loadScoringConfig(path.join(dir, 'missing.json'))).toThrow(ConfigError);
  });
});
