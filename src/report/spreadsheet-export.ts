import { once } from 'node:events';
import { PassThrough, Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { exportColumns, type ExportRow } from './export-rows.js';

async function* eachRow(pages: AsyncIterable<ExportRow[]>): AsyncGenerator<ExportRow> {
  for await (const page of pages) yield* page;
}

/**
 * CSV (RFC 4180, comma, UTF-8 with BOM so that Excel reads æøå) streamed page by page: the
 * stringifier pulls rows only as fast as the client reads them.
 */
export function csvStream(pages: AsyncIterable<ExportRow[]>): Readable {
  const csv = stringify({ header: true, columns: [...exportColumns], bom: true });
  // pipeline destroys the CSV stream with the error when the walk fails, which ends the response.
  pipeline(Readable.from(eachRow(pages)), csv, () => undefined);
  return csv;
}

/**
 * XLSX through ExcelJS's streaming writer: each row is committed (written to the zip) at once,
 * so memory stays at about one page of ads. Every cell is a plain value, never a formula.
 */
export function xlsxStream(pages: AsyncIterable<ExportRow[]>, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((key) => ({ header: key, key, width: widthOf(key) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    for await (const page of pages) {
      // The client went away: stop reading the store (the walk's generator is closed by the break).
      if (out.destroyed) return;
      for (const row of page) sheet.addRow(exportColumns.map((c) => row[c] ?? null)).commit();
      // Wait for the client when the zip output piles up, so a slow download does not fill memory.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

function widthOf(column: string): number {
  switch (column) {
    case 'url':
      return 40;
    case 'indicators':
    case 'phones':
      return 30;
    case 'first_seen':
    case 'last_seen':
      return 24;
    default:
      return 14;
  }
}
