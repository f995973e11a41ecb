import { describe, expect, it } from 'vitest';
import type { AdRow, StoredIndicatorResult } from '../store/repository.js';
import { renderConcerningPdf } from './concerning-pdf.js';
import type { ConcerningReport } from './concerning-report.js';
import { resolvePdfFonts, toWinAnsi } from './pdf-fonts.js';
import { pdfText } from './pdf-text.js';
import { factsWith } from '../shared/facts.js';

const text = 'Ny i byen, sød ung pige fra Łódź. Ring 22 33 44 55';
const ad: AdRow = {
  id: 1,
  key: 'site-a:1',
  siteId: 'site-a',
  siteAdId: '1',
  url: 'http://127.0.0.1:4101/ad/1',
  firstSeen: '2026-10-01T10:00:00.000Z',
  lastSeen: '2026-10-03T10:00:00.000Z',
  goneAt: null,
  current: { photoHashes: [], text, name: 'Søs Åse', city: 'Køge' },
  versionCount: 1,
  score: 7,
  level: 'red',
};
const indicators = [
  { id: 'youth-emphasis', weight: 3, evidence: [{ field: 'text', start: 15, end: 18, quote: 'ung' }] },
  { id: 'shared-contact', weight: 2, evidence: [{ ads: ['site-a:1', 'site-b:7'], reason: 'samme telefon' }] },
  {
    id: 'x-factor',
    weight: 3,
    evidence: [{ setBy: 'mia', setAt: '2026-10-02T08:00:00.000Z', note: 'virkede bange' }],
  },
];
const result: StoredIndicatorResult = {
  adId: 1,
  configVersion: 'test',
  computedAt: '2026-10-03T10:00:00.000Z',
  score: 7,
  level: 'red',
  indicators,
  result: {
    id: 'site-a:1',
    score: 7,
    level: 'red',
    indicators,
    cluster: null,
    extracted: factsWith({ phones: ['+4522334455'] }),
  },
};
const report: ConcerningReport = {
  lang: 'da',
  generatedAt: '2026-10-04T08:00:00.000Z',
  generatedBy: 'mia',
  filter: 'level=red',
  ads: Array.from({ length: 12 }, (_, i) => ({
    ad: { ...ad, id: i + 1, key: `site-a:${i + 1}` },
    result,
    reviews: [],
    followUp: 'to-contact' as const,
  })),
  labels: new Map([
    ['youth-emphasis', { labels: { da: 'Ungdom fremhævet', en: 'Youth emphasised' } }],
    // "ffi" is drawn as one ligature glyph by DejaVu: the text must still read "officiel".
    ['x-factor', { labels: { da: 'X-faktor, officiel', en: 'X-factor' } }],
  ]),
};

describe('renderConcerningPdf', () => {
  it('with DejaVu (when installed): every letter of the ad, æøå and Łódź alike, and page numbers', async (ctx) => {
    const fonts = resolvePdfFonts();
    if (!fonts.unicode) ctx.skip();
    const out = pdfText(await renderConcerningPdf(report, fonts));
    expect(out).toContain('Navn: Søs Åse');
    expect(out).toContain('By: Køge');
    expect(out).toContain('Opfølgning: skal kontaktes');
    expect(out).toContain('• Ungdom fremhævet (vægt 3)');
    expect(out).toContain('i annoncetekst: Ny i byen, sød ung pige fra Łódź. Ring 22 33 44 55');
    expect(out).toContain('samme telefon; forbundet med 2 annoncer');
    expect(out).toMatch(/sat af mia .*: virkede bange/);
    expect(out).toContain('• X-faktor, officiel (vægt 3)');
    // An indicator without a label in the catalogue is shown by its id.
    expect(out).toContain('shared-contact (vægt 2)');
    const pages = out.split('\f').length;
    expect(pages).toBeGreaterThan(1);
    expect(out).toContain(`Side ${pages} af ${pages}`);
    expect(out).toContain('12. RØD · Score 7 · site-a:12');
  });

  it('with the standard fonts (no DejaVu): Danish letters stay, letters outside Windows-1252 become ?', async () => {
    const fonts = resolvePdfFonts('/nonexistent-font-dir');
    expect(fonts.unicode).toBe(false);
    const out = pdfText(await renderConcerningPdf({ ...report, ads: report.ads.slice(0, 1) }, fonts));
    expect(out).toContain('Navn: Søs Åse');
    expect(out).toContain('Mest bekymrende annoncer');
    expect(out).toContain('i annoncetekst: Ny i byen, sød ung pige fra ?ód?. Ring');
    expect(out).toContain('opmærksomhedspunkt, aldrig et bevis');
  });

  it('says so when no ad matches', async () => {
    const out = pdfText(
      await renderConcerningPdf({ ...report, lang: 'en', ads: [] }, resolvePdfFonts('/nonexistent')),
    );
    expect(out).toContain('No ads match the filter.');
    expect(out).toContain('Filter: level=red');
  });
});

describe('toWinAnsi', () => {
  it('keeps Windows-1252 letters, composes decomposed ones and replaces the rest', () => {
    expect(toWinAnsi('æøå ÆØÅ é ü € – “x”')).toBe('æøå ÆØÅ é ü € – “x”');
    expect(toWinAnsi('a\u030A')).toBe('å');
    expect(toWinAnsi('Łódź Привет 😀')).toBe('?ód? ?????? ?');
  });
});
