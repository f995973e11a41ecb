import { describe, expect, it } from 'vitest';
import { parseAdLine } from './input.js';

describe('parseAdLine', () => {
  it('keeps the known fields of the right type, in a fixed order', () => {
    const line = JSON.stringify({
      text: 'Hej',
      id: 'a:1',
      age: 19,
      phones: ['22 33 44 55'],
      city: 'Odense',
      extra: 'dropped',
    });
    const parsed = parseAdLine(line);
    expect(parsed).toEqual({
      ok: true,
      ad: { id: 'a:1', text: 'Hej', city: 'Odense', phones: ['22 33 44 55'], age: 19 },
    });
    expect(parsed.ok && Object.keys(parsed.ad)).toEqual(['id', 'text', 'city', 'phones', 'age']);
  });

  it('drops fields of the wrong type and list entries that are not strings', () => {
    const parsed = parseAdLine(
      JSON.stringify({
        id: 'a:2',
        title: 5,
        text: null,
        age: {},
        phones: 'not a list',
        languages: ['da', 3, null, 'en'],
        services: [1, 'massage'],
        prices: [],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      ad: { id: 'a:2', languages: ['da', 'en'], services: ['massage'], prices: [] },
    });
  });

  it('copies lists rather than sharing the parsed arrays', () => {
    const parsed = parseAdLine('{"id":"a:3","emails":["x@example.invalid"]}');
    expect(parsed.ok && parsed.ad.emails).toEqual(['x@example.invalid']);
  });

  it('normalises reviews and images, numbering reviews without an id among the object entries', () => {
    const parsed = parseAdLine(
      JSON.stringify({
        id: 'a:4',
        reviews: [null, { text: 5 }, 'x', { id: 'r9', text: 'Fin', url: 'u' }, { posted_at: '2026-10-05' }],
        images: [{ id: 'img-1', path: 'p.jpg' }, { path: 'no-id.jpg' }, 7],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      ad: {
        id: 'a:4',
        reviews: [
          { id: '0', posted_at: null, text: null, url: null },
          { id: 'r9', posted_at: null, text: 'Fin', url: 'u' },
          { id: '2', posted_at: '2026-10-05', text: null, url: null },
        ],
        images: [{ id: 'img-1', path: 'p.jpg', url: null, sha256: null, phash: null }],
      },
    });
  });

  it('says why a line is not an ad without quoting it', () => {
    expect(parseAdLine('{"id": "a:5", "text": "22 33 44 55')).toEqual({
      ok: false,
      message: expect.stringMatching(/^invalid JSON/) as unknown,
    });
    expect(parseAdLine('[1]')).toEqual({ ok: false, message: 'not a JSON object' });
    expect(parseAdLine('{"id":"  "}')).toEqual({ ok: false, message: 'missing or non-string "id"' });
    expect(parseAdLine('{"id":7}')).toEqual({ ok: false, message: 'missing or non-string "id"' });
  });
});
