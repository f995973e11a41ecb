import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Whole lines of a JSON Lines stream, a batch at a time, as one string each. The main thread of
 * `analyzeStream` only finds batch boundaries (one native `indexOf` per line) and hands each batch
 * to a worker as a single string, which is far cheaper to pass between threads than an array of
 * lines and leaves the main thread's CPU to the workers; splitting is the worker's job
 * (`splitLines`). Lines end at "\n"; a "\r" before it is dropped (CRLF files).
 */
export interface LineBatch {
  /** 1-based number of the batch's first line. */
  firstLineNo: number;
  /** The batch's lines joined by "\n" (no trailing newline). */
  text: string;
  /** Number of lines in `text`. */
  count: number;
}

/** Reads `input` (strings or bytes, UTF-8) into batches of `batchLines` lines (the last may be shorter). */
export async function* lineBatches(input: Readable, batchLines: number): AsyncGenerator<LineBatch> {
  const decoder = new StringDecoder('utf8');
  // The text of the batch being filled, how many of its newlines are counted, and where the last is.
  let pending = '';
  let counted = 0;
  let at = -1;
  let lineNo = 1;
  const full = function* (): Generator<LineBatch> {
    for (;;) {
      while (counted < batchLines) {
        const next = pending.indexOf('\n', at + 1);
        if (next < 0) return;
        at = next;
        counted += 1;
      }
      yield { firstLineNo: lineNo, text: pending.slice(0, at), count: counted };
      lineNo += counted;
      pending = pending.slice(at + 1);
      counted = 0;
      at = -1;
    }
  };
  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    yield* full();
  }
  pending += decoder.end();
  yield* full();
  // The remaining lines, the last one possibly without a newline.
  if (pending.length === 0) return;
  const text = pending.endsWith('\n') ? pending.slice(0, -1) : pending;
  yield { firstLineNo: lineNo, text, count: counted + (pending.endsWith('\n') ? 0 : 1) };
}

/** The lines of a batch's text, without a trailing "\r" (CRLF input). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}
