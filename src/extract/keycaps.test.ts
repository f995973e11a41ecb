import { describe, expect, it } from 'vitest';
import { collapseKeycaps, toCollapsed, toOriginalSpan } from './keycaps.js';

describe('collapseKeycaps', () => {
  it('takes the marks out of keycap digits, with or without U+FE0F, and maps spans back', () => {
    const written = 'Alder 3\uFE0F\u20E30\u20E3, pris 9\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E3 kr';
    const k = collapseKeycaps(written)!;
    expect(k.text).toBe('Alder 30, pris 950 kr');
    const at = k.text.indexOf('950');
    const span = toOriginalSpan(k, at, at + 3);
    expect(written.slice(span.start, span.end)).toBe('9\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E3');
    expect(toCollapsed(k, written.indexOf('pris'))).toBe(k.text.indexOf('pris'));
  });

  it('leaves texts without keycaps, and marks that follow no digit, alone', () => {
    expect(collapseKeycaps('Mia 25 år, 1 t 1200 kr')).toBeNull();
    expect(collapseKeycaps('#\uFE0F\u20E3 a\u20E3 7\u20E3')!.text).toBe('#\uFE0F\u20E3 a\u20E3 7');
  });
});
