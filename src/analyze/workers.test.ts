import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import { createBatchLinker } from '../network/batch-linker.js';
import { analyzeStream, type AnalyzeOptions } from './analyze.js';
import { withoutLoaders, withoutRefused } from './pool.js';

/**
 * The worker-pool path must write exactly what the single-thread path writes: same lines, same
 * order, same malformed-line numbers, with and without a linker. Batches of 3 lines make a short
 * input span many batches and both workers.
 */
const config = loadScoringConfig();

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    setImmediate(done);
  }
}

const texts = [
  'Hej, jeg hedder Sofie, 31 år. Kun med kondom.',
  'She is new girl from Romania, just arrived. Sex wihout condom possible. Call +40 721 456 839',
  'Vi har 5 søde piger, nye piger hver uge. Åbent døgnet rundt. Ring 22 33 44 55',
  'Thai massage, my english little bit. Tel 61 73 28 04',
];

function input(): string {
  const lines: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    if (i % 11 === 5) lines.push('{"id": "broken", "text": "Hello');
    else if (i % 13 === 7) lines.push('');
    else
      lines.push(
        JSON.stringify({
          id: `w:${i}`,
          name: `Name${i % 7}`,
          text: texts[i % texts.length],
          city: i % 2 ? 'Aarhus' : 'Odense',
        }),
      );
  }
  return lines.join('\n');
}

async function run(extra: Partial<AnalyzeOptions>) {
  const output = new Sink();
  const malformed: number[] = [];
  const counts = await analyzeStream({
    input: Readable.from([input()]),
    output,
    config,
    onMalformed: (lineNo) => malformed.push(lineNo),
    ...extra,
  });
  return { counts, malformed, text: output.text };
}

describe('analyzeStream with worker threads', () => {
  it('writes the same results in the same order as the single-thread path', async () => {
    const single = await run({ workers: 0 });
    const pooled = await run({ workers: 2, batchSize: 3 });
    expect(pooled.text).toBe(single.text);
    expect(pooled.malformed).toEqual(single.malformed);
    expect(pooled.counts).toEqual(single.counts);
    expect(single.counts.read).toBeGreaterThan(30);
  });

  it('feeds the linker from worker results', async () => {
    const single = await run({ workers: 0, linker: createBatchLinker() });
    const pooled = await run({ workers: 2, batchSize: 3, linker: createBatchLinker() });
    expect(pooled.text).toBe(single.text);
    expect(pooled.text).toMatch(/"cluster":"[^"]+"/);
  });

  it('reports progress and malformed lines in the same order as the single-thread path', async () => {
    const events = async (extra: Partial<AnalyzeOptions>): Promise<string[]> => {
      const seen: string[] = [];
      await run({
        ...extra,
        progressEvery: 4,
        onProgress: (p) => seen.push(`p${p.pass}:${p.read}/${p.written}/${p.malformed}`),
        onMalformed: (lineNo) => seen.push(`m${lineNo}`),
      });
      return seen;
    };
    const single = await events({ workers: 0 });
    expect(await events({ workers: 2, batchSize: 3 })).toEqual(single);
    expect(single.filter((e) => e.startsWith('m')).length).toBeGreaterThan(1);
    expect(single.filter((e) => e.startsWith('p')).length).toBeGreaterThan(5);
  });

  it('analyses an input of fewer than two batches on this thread', async () => {
    const single = await run({ workers: 0 });
    const small = await run({ workers: 2, batchSize: 1000 });
    expect(small.text).toBe(single.text);
  });
});

describe('analyzeStream with worker threads, byte input', () => {
  it('writes what the single-thread path writes for the same input as bytes', async () => {
    const single = await run({ workers: 0 });
    const output = new Sink();
    const malformed: number[] = [];
    const bytes = Buffer.from(input(), 'utf8');
    // Chunks that cut lines and characters anywhere.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 97) }, (_, i) =>
      bytes.subarray(i * 97, i * 97 + 97),
    );
    const counts = await analyzeStream({
      input: Readable.from(chunks),
      output,
      config,
      onMalformed: (lineNo) => malformed.push(lineNo),
      workers: 2,
      batchSize: 3,
    });
    expect(output.text).toBe(single.text);
    expect(malformed).toEqual(single.malformed);
    expect(counts).toEqual(single.counts);
  });
});

/** `input()` with `line` put in as line `at` (1-based), and the results written without it. */
async function withLine(line: string, at: number, extra: Partial<AnalyzeOptions>) {
  const lines = input().split('\n');
  lines.splice(at - 1, 0, line);
  const output = new Sink();
  const malformed: string[] = [];
  const counts = await analyzeStream({
    input: Readable.from([lines.join('\n')]),
    output,
    config,
    onMalformed: (lineNo, message) => malformed.push(`${lineNo}: ${message}`),
    ...extra,
  });
  return { counts, malformed, text: output.text };
}

describe('analyzeStream, a line too long or too heavy to analyse', () => {
  const long = JSON.stringify({ id: 'long', text: `Ring 22 33 44 55. ${'Hej. '.repeat(2000)}` });

  it('reports a line over the byte limit with its number and analyses the rest', async () => {
    const single = await run({ workers: 0 });
    for (const extra of [{ workers: 0 }, { workers: 2, batchSize: 3 }]) {
      const got = await withLine(long, 9, { ...extra, maxLineBytes: 5000 });
      expect(got.text).toBe(single.text);
      expect(got.counts).toEqual({ ...single.counts, malformed: single.counts.malformed + 1 });
      const reported = got.malformed.find((m) => m.startsWith('9: '));
      expect(reported).toBe('9: line is 10,041 bytes long; one ad may take at most 5,000 bytes');
      expect(got.malformed.map((m) => Number(m.split(':')[0]))).toEqual(
        [...single.malformed.map((n) => (n >= 9 ? n + 1 : n)), 9].sort((a, b) => a - b),
      );
    }
    // Under the limit the same line is analysed.
    const fits = await withLine(long, 9, { workers: 2, batchSize: 3, maxLineBytes: 20_000 });
    expect(fits.counts.read).toBe(single.counts.read + 1);
    expect(fits.text).toContain('"id":"long"');
  });

  it('replaces a worker that runs out of memory; only the ad that needed it is lost', async () => {
    const single = await run({ workers: 0 });
    // 60,000 phone numbers in one ad (1 MB) need more than a 96 MB heap; the other ads do not.
    const heavy = JSON.stringify({ id: 'heavy', text: 'Ring 22 33 44 55 '.repeat(60_000) });
    const got = await withLine(heavy, 14, {
      workers: 2,
      batchSize: 3,
      workerHeapMb: 96,
      maxLineBytes: 2 * 1024 * 1024,
    });
    expect(got.text).toBe(single.text);
    expect(got.counts).toEqual({ ...single.counts, malformed: single.counts.malformed + 1 });
    expect(got.malformed).toContain(
      '14: analysing this ad needed more than the 96 MB of memory a worker may use',
    );
  }, 60_000);
});

describe('analyzeStream, workers that cannot start', () => {
  it('fails the run with a clear error when a worker does not start within its heap', async () => {
    await expect(run({ workers: 2, batchSize: 3, workerHeapMb: 16 })).rejects.toThrow(
      'an analyze worker does not start within 16 MB of heap',
    );
  });
});

describe('withoutLoaders', () => {
  it('drops module loaders given as one or two arguments and keeps other options', () => {
    expect(
      withoutLoaders([
        '--require',
        '/x/tsx/dist/preflight.cjs',
        '--import',
        'file:///x/tsx/dist/loader.mjs',
        '--max-old-space-size=300',
        '--import=tsx',
        '-r',
        'dotenv/config',
        '--cpu-prof',
        '--experimental-loader=ts-node/esm',
        '--expose-gc',
      ]),
    ).toEqual(['--max-old-space-size=300', '--cpu-prof', '--expose-gc']);
  });
});

describe('withoutRefused', () => {
  it('drops the options that a worker refused, with a separate value', () => {
    const message =
      'Initiated Worker with invalid execArgv flags: --expose-gc, --max-old-space-size=300, --max-semi-space-size';
    expect(
      withoutRefused(
        [
          '--expose-gc',
          '--cpu-prof',
          '--max-old-space-size=300',
          '--max-semi-space-size',
          '16',
          '--no-warnings',
        ],
        message,
      ),
    ).toEqual(['--cpu-prof', '--no-warnings']);
  });

  it('lets the pool start when the parent runs with V8 options', async () => {
    // As `node --expose-gc --import tsx bench/analyze.ts` does: Node refuses --expose-gc in an
    // explicit worker execArgv.
    const saved = [...process.execArgv];
    process.execArgv.push('--expose-gc', '--max-old-space-size=2000');
    try {
      const single = await run({ workers: 0 });
      expect((await run({ workers: 2, batchSize: 3 })).text).toBe(single.text);
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...saved);
    }
  });
});
