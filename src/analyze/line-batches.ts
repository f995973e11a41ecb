import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Whole lines of a JSON Lines stream, a batch at a time. The main thread of `analyzeStream` only
 * finds batch boundaries and hands each batch to a worker as one piece; splitting is the worker's
 * job (`splitLines`). A byte stream (no encoding set, as `analyze` opens its input) stays bytes:
 * newlines are found with a native byte search, the batch is copied into a buffer of its own that
 * is moved, not copied, to the worker, and the worker decodes it. That leaves UTF-8 decoding and
 * string copies off the main thread, whose CPU the two workers need. A string stream gives string
 * batches. Lines end at "\n"; a "\r" before it is dropped (CRLF files).
 */
export interface LineBatch {
  /** 1-based number of the batch's first line. */
  firstLineNo: number;
  /**
   * The batch's lines joined by "\n" (no trailing newline): a string, or its UTF-8 bytes when the
   * input is a byte stream (see `batchText`).
   */
  text: string | Uint8Array<ArrayBuffer>;
  /** Number of lines in `text`. */
  count: number;
}

/** Reads `input` (strings or bytes, UTF-8) into batches of `batchLines` lines (the last may be shorter). */
export async function* lineBatches(input: Readable, batchLines: number): AsyncGenerator<LineBatch> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string | Buffer>;
  let finished = false;
  try {
    const first = await chunks.next();
    if (first.done === true) {
      finished = true;
      return;
    }
    const rest = { [Symbol.asyncIterator]: () => chunks };
    // The first chunk says what the stream gives; a later chunk of the other kind is converted.
    if (typeof first.value === 'string') yield* stringBatches(first.value, rest, batchLines);
    else yield* byteBatches(first.value, rest, batchLines);
    finished = true;
  } finally {
    // Closes the input when the reader stops early (an error in a worker, say), as `for await` does.
    if (!finished) await chunks.return?.();
  }
}

/** The text of a batch, decoded when it came as bytes. */
export function batchText(text: string | Uint8Array): string {
  if (typeof text === 'string') return text;
  // Buffer's decoder keeps a byte order mark and replaces invalid bytes as the StringDecoder does.
  return Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
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

async function* stringBatches(
  first: string,
  rest: AsyncIterable<string | Buffer>,
  batchLines: number,
): AsyncGenerator<LineBatch> {
  const decoder = new StringDecoder('utf8');
  // The text of the batch being filled, how many of its newlines are counted, and where the last is.
  let pending = first;
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
  yield* full();
  for await (const chunk of rest) {
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

const NEWLINE = 0x0a;

async function* byteBatches(
  first: Buffer,
  rest: AsyncIterable<string | Buffer>,
  batchLines: number,
): AsyncGenerator<LineBatch> {
  // The bytes of the batch being filled (views into the chunks read) and its newlines counted.
  let parts: Uint8Array[] = [];
  let size = 0;
  let counted = 0;
  let lineNo = 1;
  const take = (end: Uint8Array | null): Uint8Array<ArrayBuffer> => {
    // One copy into a buffer of the batch's own, so that it can be transferred to a worker.
    const bytes = new Uint8Array(size + (end?.length ?? 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    if (end) bytes.set(end, at);
    parts = [];
    size = 0;
    return bytes;
  };
  const full = function* (chunk: Buffer): Generator<LineBatch> {
    // A newline byte never occurs inside a multi-byte UTF-8 character: cutting at one is safe.
    let from = 0;
    let at = chunk.indexOf(NEWLINE);
    while (at >= 0) {
      counted += 1;
      if (counted === batchLines) {
        yield { firstLineNo: lineNo, text: take(chunk.subarray(from, at)), count: counted };
        lineNo += counted;
        counted = 0;
        from = at + 1;
      }
      at = chunk.indexOf(NEWLINE, at + 1);
    }
    if (from < chunk.length) {
      parts.push(chunk.subarray(from));
      size += chunk.length - from;
    }
  };
  yield* full(first);
  for await (const chunk of rest) yield* full(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  // The remaining lines, the last one possibly without a newline.
  if (size === 0) return;
  const bytes = take(null);
  const endsWithNewline = bytes[bytes.length - 1] === NEWLINE;
  yield {
    firstLineNo: lineNo,
    text: endsWithNewline ? bytes.subarray(0, bytes.length - 1) : bytes,
    count: counted + (endsWithNewline ? 0 : 1),
  };
}
