import PDFDocument from 'pdfkit';
import type { FiredIndicator } from '../shared/types.js';
import type { ConcerningAd, ConcerningReport } from './concerning-report.js';
import { evidenceSnippet, joinListItems } from './evidence-snippet.js';
import { resolvePdfFonts, toWinAnsi, type PdfFonts } from './pdf-fonts.js';
import { fieldLabel, formatDateTime, word, type ReportLang } from './words.js';

const levelColours = { red: '#b3261e', yellow: '#a86b00', green: '#2e7d32' } as const;
const muted = '#555555';
const margin = 50;

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The printable report of the most concerning ads for a team meeting: per ad its level, score,
 * facts, and every fired indicator (heaviest first) with its weight and evidence in context, and
 * on every page the reminder that an indicator is a point of attention, not proof.
 */
export async function renderConcerningPdf(
  report: ConcerningReport,
  fonts: PdfFonts = resolvePdfFonts(),
): Promise<Buffer> {
  const { lang } = report;
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    info: { Title: `opspor: ${word(lang, 'pdf.title')}`, Author: 'opspor' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  // Standard fonts draw only Windows-1252; anything else would come out as wrong glyphs.
  const t = fonts.unicode ? (s: string) => s : toWinAnsi;

  doc
    .font('bold')
    .fontSize(18)
    .text(t(`opspor: ${word(lang, 'pdf.title')}`));
  doc.font('body').fontSize(9).fillColor(muted);
  doc.text(
    t(
      word(lang, 'pdf.generated', { at: formatDateTime(lang, report.generatedAt), user: report.generatedBy }),
    ),
  );
  doc.text(t(word(lang, 'pdf.filter', { filter: report.filter ?? word(lang, 'pdf.noFilter') })));
  doc.text(t(word(lang, 'pdf.count', { n: report.ads.length })));
  doc
    .moveDown(0.5)
    .fillColor('black')
    .font('bold')
    .fontSize(10)
    .text(t(word(lang, 'pdf.reminder')));
  doc
    .font('body')
    .fontSize(9)
    .fillColor(muted)
    .text(t(word(lang, 'pdf.confidential')))
    .fillColor('black');
  doc.moveDown();
  if (report.ads.length === 0)
    doc
      .font('body')
      .fontSize(11)
      .text(t(word(lang, 'pdf.empty')));

  report.ads.forEach((entry, i) => {
    // Start an ad on a new page rather than leave its heading alone at the bottom.
    if (doc.y > doc.page.height - margin - 140) doc.addPage();
    renderAd(doc, entry, i + 1, report, t);
  });

  addFooters(doc, lang, t);
  doc.end();
  return done;
}

function renderAd(
  doc: Doc,
  entry: ConcerningAd,
  rank: number,
  report: ConcerningReport,
  t: (s: string) => string,
): void {
  const { lang } = report;
  const { ad, result, followUp } = entry;
  const level = ad.level ? word(lang, `level.${ad.level}`) : word(lang, 'level.none');
  const colour = ad.level ? levelColours[ad.level] : muted;
  doc.font('bold').fontSize(13).fillColor(colour);
  doc.text(
    t(`${rank}. ${level.toUpperCase()} · ${word(lang, 'field.score')} ${ad.score ?? '–'} · ${ad.key}`),
  );
  doc.fillColor('black').font('body').fontSize(10);
  const facts: [string, string | null | undefined][] = [
    [word(lang, 'field.site'), ad.siteId],
    [word(lang, 'field.city'), ad.current.city],
    [word(lang, 'field.name'), ad.current.name],
    [
      word(lang, 'field.phones'),
      (result?.result.extracted.phones.length
        ? result.result.extracted.phones
        : (ad.current.phones ?? [])
      ).join(', '),
    ],
    [word(lang, 'field.firstSeen'), formatDateTime(lang, ad.firstSeen)],
    [word(lang, 'field.lastSeen'), formatDateTime(lang, ad.lastSeen)],
    [word(lang, 'field.status'), word(lang, ad.goneAt ? 'status.gone' : 'status.active')],
    [word(lang, 'field.followUp'), word(lang, `followUp.${followUp}`)],
    [word(lang, 'field.url'), ad.url],
  ];
  for (const [label, value] of facts) {
    doc
      .font('bold')
      .text(t(`${label}: `), { continued: true })
      .font('body')
      .text(t(value || '–'));
  }
  doc
    .moveDown(0.3)
    .font('bold')
    .text(t(word(lang, 'field.indicators')));
  const fired = [...(result?.indicators ?? [])].sort(
    (a, b) => b.weight - a.weight || a.id.localeCompare(b.id),
  );
  if (fired.length === 0) doc.font('body').text(t(word(lang, 'indicator.none')));
  for (const indicator of fired) renderIndicator(doc, indicator, entry, report, t);
  doc.moveDown();
}

function renderIndicator(
  doc: Doc,
  indicator: FiredIndicator,
  { ad, reviews }: ConcerningAd,
  report: ConcerningReport,
  t: (s: string) => string,
): void {
  const { lang } = report;
  const label = report.labels.get(indicator.id)?.labels[lang] ?? indicator.id;
  const width = doc.page.width - 2 * margin;
  doc
    .font('body')
    .fontSize(10)
    .text(
      t(`• ${label} (${word(lang, 'indicator.weight', { weight: indicator.weight })})`),
      margin + 10,
      undefined,
      {
        width: width - 10,
      },
    );
  doc.fontSize(9);
  const snippets = joinListItems(indicator.evidence.map((e) => evidenceSnippet(e, ad.current, reviews)));
  for (const snippet of snippets) {
    // A block set in from the margin, so that wrapped lines stay under their indicator.
    const x = margin + 24;
    const options = { width: width - 24 };
    if (snippet.kind === 'text') {
      doc
        .fillColor(muted)
        .font('body')
        .text(
          t(`${word(lang, 'evidence.in', { field: fieldLabel(lang, snippet.field) })}: ${snippet.before}`),
          x,
          undefined,
          { ...options, continued: true },
        );
      doc.fillColor('black').font('bold').text(t(snippet.quote), { continued: true });
      doc
        .fillColor(muted)
        .font('body')
        .text(t(snippet.after || ' '));
    } else if (snippet.kind === 'link') {
      const reason = snippet.reason ? `${snippet.reason}; ` : '';
      doc
        .fillColor(muted)
        .font('body')
        .text(t(`${reason}${word(lang, 'evidence.link', { n: snippet.ads.length })}`), x, undefined, options);
    } else {
      const by = word(lang, 'evidence.manual', {
        by: snippet.setBy,
        at: formatDateTime(lang, snippet.setAt),
      });
      doc
        .fillColor(muted)
        .font('body')
        .text(t(snippet.note ? `${by}: ${snippet.note}` : by), x, undefined, options);
    }
  }
  doc.fillColor('black');
  doc.x = margin;
}

/** Page number and the reminder at the foot of every page (written after layout, pages buffered). */
function addFooters(doc: Doc, lang: ReportLang, t: (s: string) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor(muted);
    const text = `${word(lang, 'digest.reminder')}   ${word(lang, 'pdf.page', { n: i + 1, total: range.count })}`;
    doc.text(t(text), margin, doc.page.height - 35, {
      width: doc.page.width - 2 * margin,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
}
