import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { walkAds } from '../../../report/ad-walk.js';
import { loadConcerningAds } from '../../../report/concerning-report.js';
import { renderConcerningPdf } from '../../../report/concerning-pdf.js';
import { toExportRow, type ExportRow } from '../../../report/export-rows.js';
import { followUpStatuses } from '../../../report/follow-up.js';
import { csvStream, xlsxStream } from '../../../report/spreadsheet-export.js';
import { copenhagenDay } from '../../../report/words.js';
import type { Repository, UserRow } from '../../../store/repository.js';
import { requireUser } from '../../auth/guard.js';
import { validate } from '../../validate.js';
import { now, type RouteDeps } from '../deps.js';
import { describeFilter, exportFilter, exportQuery, reportQuery, type ExportFilter } from './schema.js';

/** Export rows page by page, each with the ad's follow-up status from its case. */
async function* exportRows(repo: Repository, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const { followUp, ...rest } = filter;
  const statuses = followUp ? null : await followUpStatuses(repo, rest);
  for await (const page of walkAds(repo, filter)) {
    yield page.map((entry) => toExportRow(entry, followUp ?? statuses?.get(entry.ad.id) ?? 'new'));
  }
}

/** Headers of a download of personal data: a dated file name, and never kept in a cache. */
function download(reply: FastifyReply, contentType: string, name: string, extension: string): FastifyReply {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${name}-${copenhagenDay(new Date())}.${extension}"`)
    .header('cache-control', 'no-store');
}

/**
 * Records an export before it is sent (an interrupted download still counts): who, which filter
 * as given, how many ads matched at that moment.
 */
async function auditExport(
  repo: Repository,
  user: UserRow,
  action: string,
  filter: unknown,
  rows: number,
): Promise<void> {
  await repo.audit({ at: now(), userId: user.id, action, subject: 'ads', detail: { filter, rows } });
}

/** CSV and XLSX of the ad list's current filter, and the PDF report of the most concerning ads. */
export function registerExportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repo } = deps;

  /** Validates the filter and audits the export; returns the store filter to walk. */
  async function prepare(request: FastifyRequest, action: string): Promise<ExportFilter> {
    const user = requireUser(request);
    const filter = exportFilter(validate(exportQuery, request.query, 'export filter'), user.id);
    const { total } = await repo.listAds({ ...filter, limit: 1, offset: 0 });
    await auditExport(repo, user, action, request.query, total);
    return filter;
  }

  app.get('/api/exports/ads.csv', async (request, reply) => {
    const filter = await prepare(request, 'export.csv');
    return download(reply, 'text/csv; charset=utf-8', 'opspor-ads', 'csv').send(
      csvStream(exportRows(repo, filter)),
    );
  });

  app.get('/api/exports/ads.xlsx', async (request, reply) => {
    const filter = await prepare(request, 'export.xlsx');
    return download(
      reply,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'opspor-ads',
      'xlsx',
    ).send(xlsxStream(exportRows(repo, filter), 'ads'));
  });

  app.get('/api/reports/concerning.pdf', async (request, reply) => {
    const user = requireUser(request);
    const { lang, top, ...query } = validate(reportQuery, request.query, 'report filter');
    const { sort: _sort, dir: _dir, ...filter } = exportFilter(query, user.id);
    const ads = await loadConcerningAds(repo, filter, top);
    await auditExport(repo, user, 'report.pdf', request.query, ads.length);
    const pdf = await renderConcerningPdf({
      lang,
      generatedAt: now(),
      generatedBy: user.username,
      filter: describeFilter(request.query, ['lang', 'top']),
      ads,
      labels: deps.indicators,
    });
    return download(reply, 'application/pdf', 'opspor-report', 'pdf').send(pdf);
  });
}
