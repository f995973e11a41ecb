import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNetwork } from './evaluate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
const adsPath = path.join(fixtures, 'ads-labelled.jsonl');
const labelsPath = path.join(fixtures, 'ads-labelled.labels.jsonl');
const present = existsSync(adsPath) && existsSync(labelsPath);

describe.skipIf(!present)(`development corpus (${present ? adsPath : 'absent: skipped'})`, () => {
  const result = present ? evaluateNetwork(adsPath, labelsPath) : null;

  it.each(['shared-contact', 'copied-text', 'reused-images', 'multi-city-movement'])(
    '%s has F1 ≥ 0.95 where labelled',
    (id) => {
      const score = result!.indicators[id]!;
      if (score.support === 0) expect(score.fp).toBe(0);
      else expect(score.f1).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('clusters pairwise precision ≥ 0.97 and recall ≥ 0.95', () => {
    expect(result!.clusters.truePairs).toBeGreaterThan(0);
    expect(result!.clusters.precision).toBeGreaterThanOrEqual(0.97);
    expect(result!.clusters.recall).toBeGreaterThanOrEqual(0.95);
  });
});
