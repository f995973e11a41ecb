import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { describe, expect, it } from 'vitest';
import { batchText, lineBatches, splitLines, type LineBatch } from './line-batches.js';

async function collect(
  chunks: (string | Buffer)[],
  batchLines: number,
  maxLineBytes?: number,
): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  for await (const b of lineBatches(Readable.from(chunks), batchLines, maxLineBytes)) out.push(b);
  return out;
}

/** `text` in chunks of `cut` characters, as strings or as bytes. */
function chunked(text: string, cut: number, bytes: boolean): (string | Buffer)[] {
  const chunks: (string | Buffer)[] = [];
  for (let i = 0; i < text.length; i += cut) {
    const piece = text.slice(i, i + cut);
    chunks.push(bytes ? Buffer.from(piece) : piece);
  }
  return chunks;
}

/** The lines the batches carry, each with its line number. */
function numbered(batches: LineBatch[]): string[] {
  return batches.flatMap((b) => {
    const lines = splitLines(batchText(b.text));
    expect(lines).toHaveLength(b.count);
    return lines.map((l, i) => `${b.firstLineNo + i}:${l}`);
  });
}

describe('lineBatches', () => {
  it('cuts whole lines into batches of the given size, whatever the chunks', async () => {
    const text = 'a\nbb\n\nccc\ndd\ne\nf\n';
    for (const bytes of [false, true])
      for (const size of [1, 2, 3, 10])
        for (const cut of [1, 2, 5, 100]) {
          const batches = await collect(chunked(text, cut, bytes), size);
          expect(numbered(batches)).toEqual(['1:a', '2:bb', '3:', '4:ccc', '5:dd', '6:e', '7:f']);
          expect(batches.slice(0, -1).every((b) => b.count === size)).toBe(true);
          expect(batches.every((b) => b.tooLong.length === 0)).toBe(true);
        }
  });

  it('keeps a last line without a newline and drops the carriage return of CRLF lines', async () => {
    expect(numbered(await collect(['x\r\ny\r\nz'], 2))).toEqual(['1:x', '2:y', '3:z']);
    expect(numbered(await collect([Buffer.from('x\r\ny\r\nz')], 2))).toEqual(['1:x', '2:y', '3:z']);
    expect(numbered(await collect([Buffer.from('x\n\n')], 5))).toEqual(['1:x', '2:']);
  });

  it('gives each byte batch a buffer of its own, so that it can be transferred', async () => {
    const input = Buffer.from('a\nb\nc\nd');
    const buffers = (await collect([input], 2)).map((b) => (b.text as Uint8Array).buffer);
    expect(buffers).toHaveLength(2);
    expect(new Set([...buffers, input.buffer]).size).toBe(3);
  });

  it('keeps a byte order mark and replaces invalid bytes as the string decoder does', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"id":"a"}\nx'),
      Buffer.from([0xe2, 0x82, 0x0a]),
    ]);
    const asBytes = numbered(await collect([bytes], 10));
    expect(asBytes[0]).toBe('1:\ufeff{"id":"a"}');
    expect(asBytes).toEqual(numbered(await collect([new StringDecoder('utf8').write(bytes)], 10)));
  });

  it('decodes UTF-8 characters split between byte chunks', async () => {
    const bytes = Buffer.from('{"text":"æøå 😘"}\nnæste\n', 'utf8');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(numbered(await collect(chunks, 1))).toEqual(['1:{"text":"æøå 😘"}', '2:næste']);
  });

  it('leaves out lines over the byte limit, whatever the chunks, and lists them in their batch', async () => {
    // Limit 4 bytes: "æøå" is 6 bytes, "12345" 5; "abcd" and "ø" (2 bytes) fit.
    const text = 'abcd\n12345\n\næøå\nø\nlonglonglong\nx\n123456789';
    const want = ['1:abcd', '2:', '3:', '4:', '5:ø', '6:', '7:x', '8:'];
    const wantLong = [
      { lineNo: 2, bytes: 5 },
      { lineNo: 4, bytes: 6 },
      { lineNo: 6, bytes: 12 },
      { lineNo: 8, bytes: 9 },
    ];
    for (const bytes of [false, true])
      for (const size of [1, 2, 3, 10])
        for (const cut of [1, 2, 3, 7, 100]) {
          const batches = await collect(chunked(text, cut, bytes), size, 4);
          expect(numbered(batches)).toEqual(want);
          expect(batches.flatMap((b) => b.tooLong)).toEqual(wantLong);
          for (const b of batches)
            for (const long of b.tooLong) expect(long.lineNo - b.firstLineNo).toBeLessThan(b.count);
        }
  });

  it('reports a too-long last line that ends with a newline, and a file that is one long line', async () => {
    expect((await collect(['ab\n', 'cdefgh\n'], 5, 4)).flatMap((b) => b.tooLong)).toEqual([
      { lineNo: 2, bytes: 6 },
    ]);
    expect(numbered(await collect(['ab\n', 'cdefgh\n'], 5, 4))).toEqual(['1:ab', '2:']);
    const one = await collect(['x'.repeat(10), 'y'.repeat(10)], 5, 4);
    expect(numbered(one)).toEqual(['1:']);
    expect(one[0]!.tooLong).toEqual([{ lineNo: 1, bytes: 20 }]);
  });

  it('gives a batch none of the bytes of a too-long line, however many chunks it spans', async () => {
    let largest = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < 200; i += 1) yield Buffer.alloc(64 * 1024, 0x61);
        yield Buffer.from('\n{"id":"next"}\n');
      })(),
    );
    const batches: LineBatch[] = [];
    for await (const b of lineBatches(input, 10, 100_000)) {
      largest = Math.max(largest, b.text.length);
      batches.push(b);
    }
    expect(numbered(batches)).toEqual(['1:', '2:{"id":"next"}']);
    expect(batches[0]!.tooLong).toEqual([{ lineNo: 1, bytes: 200 * 64 * 1024 }]);
    expect(largest).toBeLessThan(100);
  });

  it('yields nothing for an empty input', async () => {
    expect(await collect([], 3)).toEqual([]);
    expect(await collect([''], 3)).toEqual([]);
  });
});
