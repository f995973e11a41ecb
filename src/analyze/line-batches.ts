import type { Readable } from 'node:stream';

/**
 * Whole lines of a JSON Lines stream, a batch at a time. The main thread of `analyzeStream` only
 * finds batch boundaries and hands each batch to a worker as one piece; splitting is the worker's
 * job (`splitLines`). Batches are UTF-8 bytes: newlines are found with a native byte search, the
 * batch is copied once into a buffer of its own, and the worker decodes it. That leaves UTF-8
 * decoding and string copies off the main thread, whose CPU the two workers need. Lines end at
 * "\n"; a "\r" before it is dropped (CRLF files).
 */
export interface LineBatch {
  /** 1-based number of the batch's first line. */
  firstLineNo: number;
  /** The batch's lines joined by "\n" (no trailing newline), as UTF-8 bytes (see `batchText`). */
  text: Uint8Array<ArrayBuffer>;
  /** Number of lines in `text`. */
  count: number;
  /**
   * Lines longer than the limit, in line order: each is an empty line in `text`, and its bytes were
   * never held (see `lineBatches`).
   */
  tooLong: TooLongLine[];
}

/** A line over `maxLineBytes`: its number and its length in UTF-8 bytes. */
export interface TooLongLine {
  lineNo: number;
  bytes: number;
}

/**
 * Reads `input` (bytes, or strings from a stream with an encoding set) into batches of
 * `batchLines` lines (the last may be shorter). A line longer than `maxLineBytes` UTF-8 bytes is
 * dropped as soon as it is known to be too long, so that a file with no newlines, or one huge line,
 * cannot fill memory: it becomes an empty line of its batch, listed in `tooLong`.
 */
export async function* lineBatches(
  input: Readable,
  batchLines: number,
  maxLineBytes = Infinity,
): AsyncGenerator<LineBatch> {
  const cutter = new BatchCutter(batchLines, maxLineBytes);
  // `for await` closes the input when the reader stops early (an error in a worker, say).
  for await (const chunk of input as AsyncIterable<string | Buffer>)
    yield* cutter.cut(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  yield* cutter.end();
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

const NEWLINE = 0x0a;

/**
 * Cuts a byte stream into batches of whole lines, chunk by chunk. Lines are not copied one by one:
 * the batch is the bytes from its first line to its last newline, copied once (see `take`), and only
 * a too-long line is cut out of it.
 */
class BatchCutter {
  /** Bytes of the batch being filled, from earlier chunks (views into them). */
  private parts: Uint8Array[] = [];
  private size = 0;
  /** Lines of the batch being filled that have ended. */
  private counted = 0;
  private lineNo = 1;
  /** Bytes of the line being read so far, in `parts` unless it is being dropped. */
  private lineBytes = 0;
  /** The line being read is over the limit: its bytes are skipped until its newline. */
  private dropping = false;
  private tooLong: TooLongLine[] = [];

  constructor(
    private readonly batchLines: number,
    private readonly maxLineBytes: number,
  ) {}

  *cut(chunk: Uint8Array): Generator<LineBatch> {
    // A newline byte never occurs inside a multi-byte UTF-8 character: cutting at one is safe.
    // `from`: where the batch's bytes in this chunk start; `lineFrom`: where the current line does.
    let from = 0;
    let lineFrom = 0;
    let at = chunk.indexOf(NEWLINE);
    while (at >= 0) {
      const bytes = this.lineBytes + at - lineFrom;
      if (this.dropping || bytes > this.maxLineBytes) {
        // The line is left out: the bytes before it stay, its newline starts what follows.
        if (!this.dropping) this.dropLine(chunk.subarray(from, lineFrom));
        this.tooLong.push({ lineNo: this.lineNo + this.counted, bytes });
        this.dropping = false;
        from = at;
      }
      this.lineBytes = 0;
      this.counted += 1;
      if (this.counted === this.batchLines) {
        yield this.batch(this.take(chunk.subarray(from, at)), this.counted);
        from = at + 1;
      }
      lineFrom = at + 1;
      at = chunk.indexOf(NEWLINE, at + 1);
    }
    if (!this.dropping && this.lineBytes + chunk.length - lineFrom > this.maxLineBytes) {
      this.dropLine(chunk.subarray(from, lineFrom));
      this.dropping = true;
    } else if (!this.dropping) {
      this.keep(chunk.subarray(from));
    }
    this.lineBytes += chunk.length - lineFrom;
  }

  /** The remaining lines, the last one possibly without a newline. */
  *end(): Generator<LineBatch> {
    const open = this.dropping || this.lineBytes > 0;
    if (this.dropping) this.tooLong.push({ lineNo: this.lineNo + this.counted, bytes: this.lineBytes });
    if (!open && this.size === 0 && this.counted === 0) return;
    const bytes = this.take(null);
    // Without an unfinished line the text ends with the last line's newline: that is not a line.
    const text = open ? bytes : bytes.subarray(0, Math.max(0, bytes.length - 1));
    yield this.batch(text, this.counted + (open ? 1 : 0));
  }

  private batch(text: Uint8Array<ArrayBuffer>, count: number): LineBatch {
    const batch = { firstLineNo: this.lineNo, text, count, tooLong: this.tooLong };
    this.lineNo += count;
    this.counted = 0;
    this.tooLong = [];
    return batch;
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.size += bytes.length;
  }

  /**
   * Leaves the current line out of the batch. The bytes it had in earlier chunks are the tail of
   * `parts` (`lineBytes` of them) and go; `before`, this chunk's bytes of the batch before the line,
   * stays. One of the two is empty: a line that began in an earlier chunk begins this one.
   */
  private dropLine(before: Uint8Array): void {
    let drop = this.lineBytes;
    while (drop > 0) {
      const last = this.parts.pop()!;
      this.size -= last.length;
      if (last.length > drop) this.keep(last.subarray(0, last.length - drop));
      drop -= Math.min(drop, last.length);
    }
    this.keep(before);
  }

  /** One copy into a buffer of the batch's own, so that it can be transferred to a worker. */
  private take(end: Uint8Array | null): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(this.size + (end?.length ?? 0));
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
    }
    if (end) bytes.set(end, at);
    this.parts = [];
    this.size = 0;
    return bytes;
  }
}
