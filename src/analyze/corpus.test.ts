import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateIndicators, formatEvalTable } from './eval.js';

/**
 * Quality floors on the development corpus (shared/fixtures). Floors, not targets: micro F1 of the
 * text and review indicators ≥ 0.95, and F1 ≥ 0.90 for each of them that is labelled or fires.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
const adsPath = path.join(fixtures, 'ads-labelled.jsonl');
const labelsPath = path.join(fixtures, 'ads-labelled.labels.jsonl');
const present = existsSync(adsPath) && existsSync(labelsPath);

describe.skipIf(!present)(
  'development corpus (skipped: shared/fixtures/ads-labelled.jsonl not found)',
  () => {
    const result = present ? evaluateIndicators(adsPath, labelsPath) : null;

    it('reaches micro F1 ≥ 0.95 over text and review indicators', () => {
      expect(result!.micro.f1, formatEvalTable(result!)).toBeGreaterThanOrEqual(0.95);
    });

    it('reaches F1 ≥ 0.90 for every text and review indicator that is labelled or fires', () => {
      const weak = result!.indicators
        .filter((s) => s.f1 !== null && s.f1 < 0.9)
        .map((s) => `${s.id} ${s.f1!.toFixed(3)}`);
      expect(weak, formatEvalTable(result!)).toEqual([]);
    });
  },
);
