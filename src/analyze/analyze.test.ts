import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { prepareAd } from '../extract/index.js';
import type { BatchLinker, PreparedAd } from '../indicators/define.js';
import { loadScoringConfig } from '../indicators/scoring-config.js';
import type { AdInput, FiredIndicator, TextEvidence } from '../shared/types.js';
import { analyzeStream, type AnalyzeOptions } from './analyze.js';

const config = loadScoringConfig();

/** Collects everything written, optionally slowly (tiny buffer) to exercise backpressure. */
class Sink extends Writable {
  chunks: string[] = [];
  constructor(slow = false) {
    super({ highWaterMark: slow ? 16 : 16 * 1024 });
    this.slow = slow;
  }
  private readonly slow: boolean;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.chunks.push(chunk.toString('utf8'));
    if (this.slow) setImmediate(done);
    else done();
  }
  lines(): Record<string, unknown>[] {
    return this.chunks
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

async function run(input: string, extra: Partial<AnalyzeOptions> = {}) {
  const output = new Sink();
  const malformed: [number, string][] = [];
  const counts = await analyzeStream({
    input: Readable.from([input]),
    output,
    config,
    onMalformed: (lineNo, message) => malformed.push([lineNo, message]),
    ...extra,
  });
  return { counts, malformed, results: output.lines() };
}

const ad = (id: string, text: string, more: Record<string, unknown> = {}) =>
  JSON.stringify({ id, text, ...more });

describe('analyzeStream', () => {
  it('reports malformed lines with their line numbers, skips them and analyses the rest', async () => {
    const input = [
      ad('a:1', 'Hej, jeg hedder Sofie.'),
      '{"id": "a:2", "text": "Hello gentl',
      '[1, 2, 3]',
      '{"id": 42, "text": "x"}',
      '',
      '{"text": "no id"}',
      ad('a:3', 'Ny i byen! She is new girl.'),
    ].join('\n');
    const { counts, malformed, results } = await run(input);
    expect(malformed.map(([n]) => n)).toEqual([2, 3, 4, 6]);
    expect(malformed[0]![1]).toMatch(/invalid JSON/);
    expect(malformed.map(([, m]) => m).join(' ')).not.toContain('Hello');
    expect(results.map((r) => r.id)).toEqual(['a:1', 'a:3']);
    expect(counts).toEqual({ read: 2, written: 2, malformed: 4 });
  });

  it('writes one result per ad in input order, through a slow output', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `b:${i}`);
    const input = ids
      .map((id, i) => ad(id, i % 2 ? 'Nye piger hver uge, vi tilbyder massage.' : 'Jeg er Lone.'))
      .join('\n');
    const output = new Sink(true);
    const progress: number[] = [];
    const counts = await analyzeStream({
      input: Readable.from([input]),
      output,
      config,
      progressEvery: 100,
      onProgress: (p) => progress.push(p.read),
    });
    expect(output.lines().map((r) => r.id)).toEqual(ids);
    expect(counts.written).toBe(300);
    expect(progress).toEqual([100, 200, 300, 300]);
  });

  it('writes the result format of the spec', async () => {
    const input = ad('c:1', 'NEW in Copenhagen! She is 19, just arrived. GFE, OWO. Call +45 22 33 44 55', {
      age: '19',
      city: 'København',
      prices: ['1 hour 700 kr'],
      nationality: 'Rumænien',
      reviews: [{ id: 'r1', text: 'A guy took the money at the door.' }],
    });
    const { results } = await run(input);
    const [result] = results;
    expect(Object.keys(result!)).toEqual(['id', 'score', 'level', 'indicators', 'cluster', 'extracted']);
    expect(Object.keys(result!.extracted as object).sort()).toEqual(
      ['age', 'cities', 'emails', 'hourly_price_dkk', 'languages', 'nationalities', 'phones'].sort(),
    );
    expect(result!.cluster).toBeNull();
    expect(result!.level).toBe('red');
    const fired = result!.indicators as FiredIndicator[];
    expect(fired.map((f) => f.id)).toEqual(
      expect.arrayContaining(['new-in-town', 'third-party-voice', 'unprotected-services']),
    );
    expect(result!.score).toBe(fired.reduce((s, f) => s + f.weight, 0));
    const evidence = fired.find((f) => f.id === 'unprotected-services')!.evidence[0] as TextEvidence;
    expect(evidence.quote).toBe('OWO');
  });

  it('merges cluster and cross-ad indicators from a linker in a second pass', async () => {
    /** A small real linker: ads with the same first phone are one cluster and share a contact. */
    class PhoneLinker implements BatchLinker {
      private readonly byPhone = new Map<string, string[]>();
      private readonly phoneOf = new Map<string, string>();
      finished = false;
      add(prepared: PreparedAd): void {
        const phone = prepared.ad.phones?.[0];
        if (!phone) return;
        this.phoneOf.set(prepared.ad.id, phone);
        this.byPhone.set(phone, [...(this.byPhone.get(phone) ?? []), prepared.ad.id]);
      }
      finish(): void {
        this.finished = true;
      }
      resultFor(adId: string): { cluster: string | null; indicators: FiredIndicator[] } {
        if (!this.finished) throw new Error('resultFor before finish');
        const phone = this.phoneOf.get(adId);
        const members = phone ? (this.byPhone.get(phone) ?? []) : [];
        if (members.length < 2) return { cluster: null, indicators: [] };
        const others = members.filter((m) => m !== adId);
        return {
          cluster: `c-${phone}`,
          indicators: [{ id: 'shared-contact', weight: 2, evidence: [{ ads: others }] }],
        };
      }
    }
    const input = [
      ad('d:1', 'Jeg er Mia.', { phones: ['22334455'] }),
      ad('d:2', 'Jeg er Lena.', { phones: ['22334455'] }),
      'not json',
      ad('d:3', 'Jeg er Sofie.', { phones: ['99887766'] }),
    ].join('\n');
    const { counts, malformed, results } = await run(input, { linker: new PhoneLinker() });
    expect(malformed).toEqual([[3, expect.stringMatching(/invalid JSON/)]]);
    expect(results.map((r) => [r.id, r.cluster, r.score])).toEqual([
      ['d:1', 'c-22334455', 2],
      ['d:2', 'c-22334455', 2],
      ['d:3', null, 0],
    ]);
    expect((results[0]!.indicators as FiredIndicator[])[0]!.evidence).toEqual([{ ads: ['d:2'] }]);
    expect(counts).toEqual({ read: 3, written: 3, malformed: 1 });
  });

  it('reads ads in batches and still reports each failed ad with its line number, in order', async () => {
    // 150 lines: more than two batches of the detectors (AD_BATCH), with failures in each.
    const lines = Array.from({ length: 150 }, (_, i) =>
      i % 50 === 7
        ? '{"id": broken'
        : ad(`b:${i + 1}`, `Ring 22 33 ${String(10 + (i % 90))} 55, jeg er ${20 + (i % 30)}`),
    );
    const prepare = (input: AdInput): PreparedAd => {
      if (input.id === 'b:100') throw new Error('extractor failed');
      return prepareAd(input);
    };
    const batched = await run(lines.join('\n'));
    const oneByOne = await run(lines.join('\n'), { prepare });
    expect(batched.malformed.map(([n]) => n)).toEqual([8, 58, 108]);
    expect(oneByOne.malformed.map(([n]) => n)).toEqual([8, 58, 100, 108]);
    expect(oneByOne.malformed[2]![1]).toBe('could not analyse ad: extractor failed');
    expect(batched.results.map((r) => r.id)).toEqual(
      lines.flatMap((l, i) => (l.startsWith('{"id": b') ? [] : [`b:${i + 1}`])),
    );
    expect(batched.results.find((r) => r.id === 'b:42')).toMatchObject({
      extracted: { phones: ['+4522335155'], age: 31 },
    });
    expect(oneByOne.results).toEqual(batched.results.filter((r) => r.id !== 'b:100'));
  });

  it('keeps going when a field has the wrong type', async () => {
    const input = JSON.stringify({
      id: 'e:1',
      text: 'Hej',
      phones: 'not a list',
      reviews: [null, { text: 5 }],
      age: {},
    });
    const { counts, results } = await run(input);
    expect(counts.written).toBe(1);
    expect(results[0]!.id).toBe('e:1');
  });
});
