import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateIndicators, formatEvalTable } from './eval.js';

const dir = mkdtempSync(path.join(tmpdir(), 'opspor-eval-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function corpus(ads: object[], labels: object[]): [string, string] {
  const a = path.join(dir, 'ads.jsonl');
  const l = path.join(dir, 'labels.jsonl');
  writeFileSync(a, ads.map((x) => JSON.stringify(x)).join('\n'));
  writeFileSync(l, labels.map((x) => JSON.stringify(x)).join('\n'));
  return [a, l];
}

describe('evaluateIndicators', () => {
  it('scores what was labelled or fired, and leaves unmeasured indicators unscored, not perfect', () => {
    const [ads, labels] = corpus(
      [
        { id: 'a', text: 'Ny i byen! Kun her i få dage.' },
        { id: 'b', text: 'Hej, jeg hedder Mette, 45 år. Kun sikker sex.' },
        { id: 'c', text: 'Hej, jeg hedder Anne. Ring 22 33 44 55.' },
      ],
      [
        { id: 'a', indicators: ['new-in-town'] },
        // Labelled, but nothing in the text says so: a miss.
        { id: 'b', indicators: ['youth-emphasis'] },
        { id: 'c', indicators: [] },
      ],
    );
    const result = evaluateIndicators(ads, labels);
    const score = (id: string) => result.indicators.find((s) => s.id === id)!;
    expect(score('new-in-town')).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(score('youth-emphasis')).toMatchObject({ tp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(score('drugs-offered')).toMatchObject({ support: 0, precision: null, recall: null, f1: null });
    expect(result.micro).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(formatEvalTable(result)).toMatch(/drugs-offered +text +0 +0 +0 +0 +— +— +—/);
  });
});
