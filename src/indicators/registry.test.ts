import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueIds } from './catalogue.js';
import { getIndicator, indicators } from './index.js';
import { defaultProfilePath, loadScoringConfig } from './scoring-config.js';

/** Meta-tests that keep the registry honest (like typescript-eslint's rule index tests). */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const specPath = path.resolve(repoRoot, '..', 'shared', 'spec', 'indicators.md');

/** Rows of the catalogue table: `| \`id\` | weight | fires when |`. */
function specRows(): { id: string; weight: number }[] {
  if (!existsSync(specPath)) return [];
  const rows: { id: string; weight: number }[] = [];
  for (const line of readFileSync(specPath, 'utf8').split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|\s*(\d)\s*\|/.exec(line);
    if (m) rows.push({ id: m[1]!, weight: Number(m[2]) });
  }
  return rows;
}

const rows = specRows();
const ids: string[] = rows.length > 0 ? rows.map((r) => r.id) : [...catalogueIds];

describe('indicator registry', () => {
  it('the literal catalogue list matches the spec table', () => {
    if (rows.length === 0) return; // spec not present: the literal list is the fallback
    expect([...catalogueIds].sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it.each(ids)('%s has a file named after it and is registered', (id) => {
    expect(existsSync(path.join(here, `${id}.ts`))).toBe(true);
    const def = getIndicator(id);
    expect(def, `${id} is not in src/indicators/index.ts`).toBeDefined();
    expect(def!.id).toBe(id);
  });

  it.each(rows)('$id has the catalogue default weight $weight', ({ id, weight }) => {
    const def = getIndicator(id);
    if (def) expect(def.defaultWeight).toBe(weight);
  });

  it('is sorted by id and has no duplicates or strangers', () => {
    const registered = indicators.map((i) => i.id);
    expect(registered).toEqual([...registered].sort());
    expect(new Set(registered).size).toBe(registered.length);
    for (const id of registered) expect(ids).toContain(id);
  });

  it.each(indicators.map((i) => [i.id, i] as const))(
    '%s declares labels, description and kind-fitting detect',
    (_id, def) => {
      expect(def.labels.da.length).toBeGreaterThan(0);
      expect(def.labels.en.length).toBeGreaterThan(0);
      expect(def.descriptions.da.length).toBeGreaterThan(0);
      expect(def.descriptions.en.length).toBeGreaterThan(0);
      if (def.kind === 'text' || def.kind === 'review') {
        expect(def.detect).toBeTypeOf('function');
        expect(def.examples.positive.length).toBeGreaterThanOrEqual(3);
        expect(def.examples.negative.length).toBeGreaterThanOrEqual(3);
        expect(def.languages).toEqual(expect.arrayContaining(['da', 'en']));
      }
    },
  );
});

describe('default scoring profile', () => {
  const config = loadScoringConfig(defaultProfilePath);

  it('names only real, registered indicators', () => {
    for (const id of [...Object.keys(config.weights), ...config.enabled]) {
      expect(getIndicator(id), `${id} in profiles/default.json is not registered`).toBeDefined();
    }
  });

  it('uses the catalogue default weights and thresholds', () => {
    for (const row of rows) expect(config.weights[row.id]).toBe(row.weight);
    expect(config.thresholds).toEqual({ red: 7, yellow: 3 });
  });
});
