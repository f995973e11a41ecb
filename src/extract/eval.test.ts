import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateExtraction } from './eval.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const corpus = path.join(shared, 'fixtures', 'ads-labelled.jsonl');
const corpusLabels = path.join(shared, 'fixtures', 'ads-labelled.labels.jsonl');
const us = path.join(shared, 'external', 'phones-us', 'ads.jsonl');
const usLabels = path.join(shared, 'external', 'phones-us', 'labels.jsonl');

describe.skipIf(!existsSync(corpusLabels))(`labelled corpus (${corpus}; skipped when absent)`, () => {
  it('recovers the exact phone set on at least 98 % and the hourly price on at least 95 % of ads', async () => {
    const r = await evaluateExtraction(corpus, corpusLabels);
    expect(r.n).toBeGreaterThan(100);
    expect(r.phonesExact).toBeGreaterThanOrEqual(0.98);
    expect(r.priceExact).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!existsSync(usLabels))(`external US phone lines (${us}; skipped when absent)`, () => {
  it('is exactly right on at least 95 % of lines and reports no number where the label has none', async () => {
    const r = await evaluateExtraction(us, usLabels);
    expect(r.n).toBe(48);
    expect(r.phonesExact).toBeGreaterThanOrEqual(0.95);
    const falsePositives = r.failures.filter(
      (f) => f.kind === 'phones' && Array.isArray(f.expected) && f.expected.length === 0,
    );
    expect(falsePositives).toEqual([]);
  });
});
