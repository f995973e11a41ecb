import { api } from '../api.js';
import { useI18n } from '../i18n.js';
import { useLoad } from '../use-load.js';

/** Ads in the PDF report (the server's default and cap is 25 / 100). */
const reportSize = 25;

/**
 * The roles the server's exports policy allows (`src/server/routes/exports/policy.ts`); other
 * roles would get a 403, so the links are not shown to them. The server still decides.
 */
const exportRoles: ReadonlySet<string> = new Set(['admin', 'analyst', 'outreach']);

/** The export query of a list query: the same filters, without paging (an export is the whole list). */
export function exportQuery(search: URLSearchParams, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(search);
  params.delete('limit');
  params.delete('offset');
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Export links for the current ad-list filter: CSV, XLSX and the PDF report of the most
 * concerning ads. Plain same-origin GET links (the session cookie goes along; downloads change
 * nothing, so no CSRF header is needed).
 */
export function ExportLinks({ search }: { search: URLSearchParams }) {
  const { t, lang } = useI18n();
  const { data: me } = useLoad(() => api.me(), []);
  if (!me || !exportRoles.has(me.role)) return null;
  return (
    <nav className="filter-actions export-links" aria-label={t('reports.exports')} data-testid="export-links">
      <span className="muted">{t('reports.exportLabel')}</span>
      <a
        href={`/api/exports/ads.csv${exportQuery(search)}`}
        download
        title={t('reports.csvTitle')}
        data-testid="export-csv"
      >
        {t('reports.csv')}
      </a>
      <a
        href={`/api/exports/ads.xlsx${exportQuery(search)}`}
        download
        title={t('reports.xlsxTitle')}
        data-testid="export-xlsx"
      >
        {t('reports.xlsx')}
      </a>
      <a
        href={`/api/reports/concerning.pdf${exportQuery(search, { lang, top: String(reportSize) })}`}
        download
        title={t('reports.pdfTitle', { n: reportSize })}
        data-testid="export-pdf"
      >
        {t('reports.pdf')}
      </a>
      <small className="muted">{t('reports.personalData')}</small>
    </nav>
  );
}
