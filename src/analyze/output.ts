import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { AdResult, ExtractedFacts, FiredIndicator, Level } from '../shared/types.js';

/** The `extracted` object of a result line: exactly the keys of the spec's example. */
export type ResultExtracted = Pick<
  ExtractedFacts,
  'phones' | 'emails' | 'age' | 'hourly_price_dkk' | 'nationalities' | 'languages' | 'cities'
>;

/** One result line; `extracted` is narrowed to the spec's keys. */
export type ResultLine = Omit<AdResult, 'extracted'> & { extracted: ResultExtracted };

/** Narrows facts to the published keys (messaging ids and services stay internal). */
export function publishedFacts(facts: ExtractedFacts): ResultExtracted {
  return {
    phones: facts.phones,
    emails: facts.emails,
    age: facts.age,
    hourly_price_dkk: facts.hourly_price_dkk,
    nationalities: facts.nationalities,
    languages: facts.languages,
    cities: facts.cities,
  };
}

/** Serialises a result with the keys in the spec's order. */
export function resultLine(
  id: string,
  scored: { score: number; level: Level; indicators: FiredIndicator[] },
  cluster: string | null,
  extracted: ResultExtracted,
): string {
  const line: ResultLine = {
    id,
    score: scored.score,
    level: scored.level,
    indicators: scored.indicators,
    cluster,
    extracted,
  };
  return `${JSON.stringify(line)}\n`;
}

/**
 * Buffers small writes into chunks and honours backpressure: `write` resolves at once unless the
 * stream asked to wait, so memory stays bounded by one chunk plus the stream's high-water mark.
 * Bytes (a worker's whole batch, already UTF-8) go to the stream as they are, after what is buffered.
 */
export class LineWriter {
  private buffer: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkChars = 64 * 1024,
  ) {}

  async write(lines: string | Uint8Array): Promise<void> {
    if (typeof lines !== 'string') {
      await this.flush();
      await this.send(Buffer.from(lines.buffer, lines.byteOffset, lines.byteLength));
      return;
    }
    this.buffer.push(lines);
    this.size += lines.length;
    if (this.size >= this.chunkChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    await this.send(chunk);
  }

  /** Flushes and ends the stream, waiting until everything is written. */
  async end(): Promise<void> {
    await this.flush();
    const finished = once(this.out, 'finish');
    this.out.end();
    await finished;
  }

  private async send(chunk: string | Buffer): Promise<void> {
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}
