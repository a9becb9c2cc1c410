import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it as vitestIt, test } from 'vitest';
import { findChromium } from '../../documents/pdf/render-pdf.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { formatContentDisposition } from './exports.routes.ts';
import { defaultRetryAfterSeconds } from './errors.ts';

/** The file name a browser takes from `filename*=UTF-8''…`. */
function readFileName(contentDisposition: string | undefined): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(contentDisposition ?? '')?.[1];
  if (!encoded) throw new Error(`no filename* in ${contentDisposition}`);
  return decodeURIComponent(encoded);
}

describe.each(await listTestDialects())('export routes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const ids: Record<string, string> = {};
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, withDemoDocuments: true });
    const { items } = await testApp.deps.repositories.documents.list({ limit: 1000 });
    const find = (predicate: (item: (typeof items)[number]) => boolean) => {
      const found = items.find(predicate);
      if (!found) throw new Error('demo document missing');
      return found.id;
    };
    ids.policeSelfEvaluation = find(
      (item) =>
        item.organisationName === '示范县公安局' &&
        item.kind === 'self-evaluation' &&
        item.state === 'published',
    );
    ids.policeDraft = find((item) => item.organisationName === '示范县公安局' && item.state === 'draft');
    ids.policeReport = find(
      (item) =>
        item.organisationName === '示范县公安局' &&
        item.kind === 'evaluation-report' &&
        item.state === 'published',
    );
    ids.justiceDocument = find((item) => item.organisationName === '示范县司法局');
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const get = async (url: string, username?: string) => {
    const headers = username ? (await testApp.signIn(username)).headers : {};
    return testApp.app.inject({ method: 'GET', url, headers });
  };

  it('answers 401 without a session', async () => {
    const response = await get(`/api/documents/${ids.policeSelfEvaluation}/export?format=xlsx`);
    expect(response.statusCode).toBe(401);
    expect((await get('/api/reports/summary.xlsx')).statusCode).toBe(401);
  });

  it("refuses another unit's document as if it did not exist", async () => {
    const response = await get(`/api/documents/${ids.justiceDocument}/export?format=xlsx`, 'police-filler');
    expect([403, 404]).toContain(response.statusCode);
    expect(response.json().message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['json', 'application/json; charset=utf-8'],
  ])(
    'downloads the unit’s own self-evaluation as %s with a Chinese file name',
    async (format, contentType) => {
      const response = await get(
        `/api/documents/${ids.policeSelfEvaluation}/export?format=${format}`,
        'police-filler',
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(contentType);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/,
      );
      expect(readFileName(response.headers['content-disposition'] as string)).toBe(
        `2024年示范县公安局部门整体支出绩效自评表.${format}`,
      );
      expect(response.rawPayload.length).toBeGreaterThan(100);
    },
  );

  it('answers a bad or missing format with 400', async () => {
    expect(
      (await get(`/api/documents/${ids.policeSelfEvaluation}/export?format=exe`, 'police-filler')).statusCode,
    ).toBe(400);
    expect((await get(`/api/documents/${ids.policeSelfEvaluation}/export`, 'police-filler')).statusCode).toBe(
      400,
    );
  });

  it('refuses an evaluation report as .xlsx with a Chinese reason', async () => {
    const response = await get(`/api/documents/${ids.policeReport}/export?format=xlsx`, 'police-filler');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'format-not-supported',
      message: expect.stringContaining('.docx'),
    });
  });

  it('answers PDF with 503 and a Chinese message when Chromium is absent', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const response = await get(
        `/api/documents/${ids.policeSelfEvaluation}/export?format=pdf`,
        'police-filler',
      );
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        code: 'pdf-unavailable',
        message: expect.stringContaining('Chromium'),
      });
      // Every 503 says when to try again; this refusal names no wait of its own, so the default.
      expect(response.headers['retry-after']).toBe(String(defaultRetryAfterSeconds));
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  (isAvailable && findChromium() ? test : test.skip)(
    'renders PDF from the print view where Chromium is installed',
    async () => {
      const response = await get(
        `/api/documents/${ids.policeSelfEvaluation}/export?format=pdf`,
        'police-filler',
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it('downloads a published document without a login but never an unpublished one', async () => {
    const published = await get(`/api/public/documents/${ids.policeSelfEvaluation}/export?format=docx`);
    expect(published.statusCode).toBe(200);
    expect(readFileName(published.headers['content-disposition'] as string)).toContain('示范县公安局');
    expect((await get(`/api/public/documents/${ids.policeDraft}/export?format=docx`)).statusCode).toBe(404);
  });

  it('gives the finance bureau a summary workbook with one row per unit and document', async () => {
    const response = await get('/api/reports/summary.xlsx?year=2024', 'finance');
    expect(response.statusCode).toBe(200);
    expect(readFileName(response.headers['content-disposition'] as string)).toBe('2024年预算绩效汇总表.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const summary = (await get('/api/reports/summary?year=2024', 'finance')).json() as {
      rows: Array<{ unit: string; stateName: string }>;
    };
    expect(sheet.rowCount).toBe(summary.rows.length + 1);
    const units = new Set<string>();
    sheet.eachRow((row, index) => index > 1 && units.add(String(row.getCell(1).value)));
    expect(units).toEqual(new Set(summary.rows.map((row) => row.unit)));
    expect(units.has('示范县公安局')).toBe(true);
  });

  it('keeps the summary to finance reviewers and the administrator', async () => {
    expect((await get('/api/reports/summary.xlsx', 'police-filler')).statusCode).toBe(403);
    expect((await get('/api/reports/summary', 'politics-reviewer')).statusCode).toBe(403);
    expect((await get('/api/reports/summary', 'admin')).statusCode).toBe(200);
    expect((await get('/api/reports/summary?year=abc', 'finance')).statusCode).toBe(400);
  });

  it('shows the finance bureau only documents past the 主管部门, the latest revision each', async () => {
    const { rows } = (await get('/api/reports/summary', 'finance')).json() as {
      rows: Array<{ state: string; documentId: string }>;
    };
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.state)).not.toContain('draft');
    expect(new Set(rows.map((row) => row.documentId)).size).toBe(rows.length);
  });
});

describe('formatContentDisposition', () => {
  vitestIt.each([
    ['2023年湘潭县公安局部门整体支出绩效目标表.xlsx', '2023.xlsx'],
    ['部门整体支出绩效目标表.xlsx', 'document.xlsx'],
    ["report (final)'s.docx", "report (final)'s.docx"],
  ])('round-trips %s through filename* with ASCII fallback %s', (fileName, fallback) => {
    const header = formatContentDisposition(fileName);
    expect(header).toContain(`filename="${fallback}"`);
    expect(readFileName(header)).toBe(fileName);
    expect(header.split("UTF-8''")[1]).toMatch(/^[A-Za-z0-9%._~-]+$/);
  });
});
