/**
 * Guards speed work on the extractors and detectors: `npx tsx bench/analyze-golden.ts --write DIR`
 * writes the analyze results (text indicators, one thread) of the development corpus, the
 * held-out set, the US phone lines and 25,000 generated ads into DIR; `--check DIR` runs the same
 * again and reports every input whose results differ, with the first differing lines. An
 * optimisation is only right when `--check` prints no difference (or each one is explained).
 * Inputs that are absent (../shared outside the work tree) are skipped with a note.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyzeStream } from '../src/analyze/analyze.js';
import { loadScoringConfig } from '../src/indicators/scoring-config.js';
import { generateBatchAds } from '../src/sources/demo/batch.js';
import { generateBenchAds } from './analyze-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');

const inputs: { name: string; open: () => Readable | null }[] = [
  { name: 'dev-corpus', open: () => file(path.join(shared, 'fixtures', 'ads-labelled.jsonl')) },
  { name: 'holdout', open: () => file(path.join(root, 'test', 'holdout', 'ads.jsonl')) },
  { name: 'phones-us', open: () => file(path.join(shared, 'external', 'phones-us', 'ads.jsonl')) },
  {
    name: 'demo-20k',
    open: () =>
      Readable.from(
        (function* () {
          for (const item of generateBatchAds({ count: 20_000, seed: 7 }))
            yield `${JSON.stringify(item.ad)}\n`;
        })(),
      ),
  },
  {
    name: 'bench-5k',
    open: () =>
      Readable.from(
        (function* () {
          for (const ad of generateBenchAds(5_000, 3)) yield `${JSON.stringify(ad)}\n`;
        })(),
      ),
  },
];

function file(p: string): Readable | null {
  return existsSync(p) ? createReadStream(p, { encoding: 'utf8' }) : null;
}

async function run(open: () => Readable | null): Promise<string | null> {
  const input = open();
  if (input === null) return null;
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  await analyzeStream({ input, output, config: loadScoringConfig(), workers: 0 });
  return chunks.join('');
}

const args = process.argv.slice(2);
const mode = args[0];
const dir = args[1];
if ((mode !== '--write' && mode !== '--check') || !dir) {
  console.error('usage: analyze-golden.ts --write DIR | --check DIR');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
let differing = 0;
for (const { name, open } of inputs) {
  const started = performance.now();
  const text = await run(open);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (text === null) {
    console.log(`${name}: input not found, skipped`);
    continue;
  }
  const target = path.join(dir, `${name}.jsonl`);
  if (mode === '--write') {
    writeFileSync(target, text);
    console.log(`${name}: written (${seconds} s)`);
    continue;
  }
  const want = readFileSync(target, 'utf8').split('\n');
  const got = text.split('\n');
  const diffs: number[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i += 1) if (want[i] !== got[i]) diffs.push(i);
  if (diffs.length === 0) {
    console.log(`${name}: identical (${got.length - 1} results, ${seconds} s)`);
    continue;
  }
  differing += 1;
  console.log(`${name}: ${diffs.length} results differ (${seconds} s)`);
  for (const i of diffs.slice(0, 3)) console.log(`  line ${i + 1}\n  - ${want[i]}\n  + ${got[i]}`);
}
process.exit(differing > 0 ? 1 : 0);
