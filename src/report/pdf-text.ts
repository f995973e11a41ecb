import { inflateSync } from 'node:zlib';

/**
 * Reads the text of a PDF written by pdfkit, for tests (no PDF reader is installed in CI). It
 * understands exactly what pdfkit writes: Flate streams, `[<hex> …] TJ` text, standard fonts in
 * Windows-1252 and embedded fonts with a ToUnicode map of `bfrange` arrays (ligatures included). Text blocks on one
 * baseline are joined, each new baseline starts a new line, pages end with a form feed.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of source.matchAll(/(\d+) 0 obj\n([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const streamOf = (n: number): string => {
    const body = objects.get(n) ?? '';
    const m = /stream\r?\n/.exec(body);
    if (!m) return '';
    // The dictionary's /Length says where the data ends: a compressed stream may itself end in a
    // byte that reads as "\r" before pdfkit's "\nendstream", so the end marker cannot say it.
    const length = /\/Length (\d+)/.exec(body.slice(0, m.index));
    const from = m.index + m[0].length;
    const to = length ? from + Number(length[1]) : body.indexOf('\nendstream', from);
    const raw = Buffer.from(body.slice(from, to), 'latin1');
    return (body.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
  };
  const decoders = new Map<string, (hex: string) => string>();
  const pages = [...objects.values()].filter((b) => /\/Type \/Page\n/.test(b));
  const out: string[] = [];
  for (const page of pages) {
    const resources = objects.get(Number(/\/Resources (\d+) 0 R/.exec(page)?.[1])) ?? '';
    for (const f of resources.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(f[2])) ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
      decoders.set(f[1]!, toUnicode ? cmapDecoder(streamOf(Number(toUnicode[1]))) : winAnsiDecoder);
    }
    const content = streamOf(Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]));
    let decode = winAnsiDecoder;
    let text = '';
    let lastY: string | null = null;
    for (const op of content.matchAll(/\/(F\d+) [\d.]+ Tf|[\d.-]+ ([\d.-]+) Tm|\[(.*?)\] TJ/g)) {
      if (op[1]) decode = decoders.get(op[1]) ?? winAnsiDecoder;
      else if (op[2]) {
        if (lastY !== null && op[2] !== lastY) text += '\n';
        lastY = op[2];
      } else if (op[3] !== undefined) {
        for (const hex of op[3].matchAll(/<([0-9a-f]*)>/g)) text += decode(hex[1]!);
      }
    }
    out.push(text);
  }
  return out.join('\n\f\n');
}

const cp1252 = new TextDecoder('windows-1252');

function winAnsiDecoder(hex: string): string {
  return cp1252.decode(Buffer.from(hex, 'hex'));
}

function cmapDecoder(cmap: string): (hex: string) => string {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
    const start = parseInt(range[1]!, 16);
    // An entry is UTF-16 code units, several for a ligature (`<0066 0066>` = "ff") or an emoji.
    [...range[3]!.matchAll(/<([0-9a-f ]+)>/g)].forEach((u, i) => {
      const units = u[1]!.split(' ').map((h) => parseInt(h, 16));
      map.set(start + i, String.fromCharCode(...units));
    });
  }
  return (hex) => {
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
    return s;
  };
}
