import { describe, expect, it } from 'vitest';
import { maskSpans } from './phone-masks.js';
import { numberRegions } from './phone-scan.js';

/** The spans that overlap one of the flat [start, end) pairs in `near`. */
function overlapping(spans: [number, number][], near: number[]): [number, number][] {
  return spans.filter(([s, e]) => {
    for (let i = 0; i < near.length; i += 2) if (s < near[i + 1]! && e > near[i]!) return true;
    return false;
  });
}

describe('maskSpans', () => {
  it('masks opening hours, prices, dates and 24/7', () => {
    const text = 'Man-Søn 10-22. 24/7. Pris 1.100 kr, 2.000,-. Fra 2023-05-01';
    const masked = maskSpans(text).map(([s, e]) => text.slice(s, e));
    expect(masked).toEqual(expect.arrayContaining(['10-22', '24/7', '1.100 kr', '2.000,-', '2023-05-01']));
  });

  it('masks company and bank account numbers after their label, not a phone after other words', () => {
    const text = 'CVR 38 12 45 67. CVR-nr.: 38124567, Reg.nr. 1234 kontonr. 12345678. Ring 66 12 48 30';
    const masked = maskSpans(text).map(([s, e]) => text.slice(s, e));
    expect(masked).toEqual(['CVR 38 12 45 67', 'CVR-nr.: 38124567', 'Reg.nr. 1234', 'kontonr. 12345678']);
  });

  it('masks ad, order and reference numbers after their label, not after an app name', () => {
    const text = 'Annonce nr. 51234987, Ad ID 51234987, ordre nr 1234 5678, Ref. 2012. WhatsApp ID 22334455';
    const masked = maskSpans(text).map(([s, e]) => text.slice(s, e));
    expect(masked).toEqual(['Annonce nr. 51234987', 'Ad ID 51234987', 'ordre nr 1234 5678', 'Ref. 2012']);
  });

  it('masks a session length before its price, not "min" as a word', () => {
    const text = 'Ring 22 33 44 55 — 30 min 380 kr, 1 time: 650. Skriv 26 74 81 30 min ven';
    const masked = maskSpans(text).map(([s, e]) => text.slice(s, e));
    expect(masked).toEqual(expect.arrayContaining(['30 min', '1 time']));
    expect(masked).not.toContain('30 min ven');
    expect(masked.filter((m) => m.includes('min'))).toHaveLength(1);
  });

  it('lists every span that overlaps the regions it is given', () => {
    const text = 'Man-Søn 10-22 22 33 44 55, pris 1.100 kr';
    expect(maskSpans(text, [8, 25])).toEqual([[8, 13]]);
  });

  it('lists the same spans over regions with and without them, on mixed text', () => {
    const pieces = ['22', '33', '24', '7', '2023', '10', '00', '30', ' ', '-', '/', '.', ',', ':', ',-'];
    const more = [
      'kr',
      'dkk',
      '€',
      '$',
      'man',
      'kl',
      'x',
      '–',
      '\n',
      'kroner',
      'alle dage',
      'ø',
      'a',
      'CVR',
      'nr.',
      'Annonce',
      'ID',
      'ref.',
      'WhatsApp',
    ];
    const all = [...pieces, ...more];
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = 4 + (next() % 20); j > 0; j--)
        text += all[next() % all.length]! + (next() % 3 === 0 ? ' ' : '');
      // The contract: `near` holds regions (stretches between breaks), not any offsets.
      const near = numberRegions(text, 0);
      expect(overlapping(maskSpans(text, near), near)).toEqual(overlapping(maskSpans(text), near));
    }
  });
});
