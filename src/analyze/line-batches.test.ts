import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { describe, expect, it } from 'vitest';
import { batchText, lineBatches, splitLines, type LineBatch } from './line-batches.js';

async function collect(chunks: (string | Buffer)[], batchLines: number): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  for await (const b of lineBatches(Readable.from(chunks), batchLines)) out.push(b);
  return out;
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
          const chunks: (string | Buffer)[] = [];
          for (let i = 0; i < text.length; i += cut) {
            const piece = text.slice(i, i + cut);
            chunks.push(bytes ? Buffer.from(piece) : piece);
          }
          const batches = await collect(chunks, size);
          expect(numbered(batches)).toEqual(['1:a', '2:bb', '3:', '4:ccc', '5:dd', '6:e', '7:f']);
          expect(batches.slice(0, -1).every((b) => b.count === size)).toBe(true);
          expect(batches.every((b) => typeof b.text === (bytes ? 'object' : 'string'))).toBe(true);
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

  it('yields nothing for an empty input', async () => {
    expect(await collect([], 3)).toEqual([]);
    expect(await collect([''], 3)).toEqual([]);
  });
});
