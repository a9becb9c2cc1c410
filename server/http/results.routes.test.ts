import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';

describe.each(await listTestDialects())('results notice and 结果应用 routes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let selfEvaluation: StoredDocument;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    // Reviewed by finance: the year's one evaluated self-evaluation, of 示范县公安局.
    selfEvaluation = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation', state: 'finance-reviewed' });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const call = async (input: { method?: 'GET' | 'POST' | 'PUT'; url: string; username?: string; payload?: unknown }) => {
    const headers = input.username ? (await testApp.signIn(input.username)).headers : {};
    return testApp.app.inject({ method: input.method ?? 'GET', url: input.url, headers, ...(input.payload === undefined ? {} : { payload: input.payload as object }) });
  };

  it('builds the notice from the year’s reviewed self-evaluations, for finance only', async () => {
    const response = await call({ url: `/api/results-notices/${selfEvaluation.year}`, username: 'finance' });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.notice.entries).toHaveLength(1);
    expect(view.notice.entries[0]).toMatchObject({ unit: '示范县公安局', grade: selfEvaluation.grade ?? selfEvaluation.body.totals.suggestedGrade });
    expect(view.publishedAt).toBeNull();
    expect(view.summary).toContain(`${selfEvaluation.year}年度共对1个单位的1项绩效自评结果进行了汇总`);
    expect((await call({ url: `/api/results-notices/${selfEvaluation.year}`, username: 'police-filler' })).statusCode).toBe(403);
    expect((await call({ url: `/api/results-notices/${selfEvaluation.year}` })).statusCode).toBe(401);
    expect((await call({ url: '/api/results-notices/abc', username: 'finance' })).statusCode).toBe(400);
  });

  it('exports the notice as .xlsx and .docx with a Chinese file name', async () => {
    const xlsx = await call({ url: `/api/results-notices/${selfEvaluation.year}/export?format=xlsx`, username: 'finance' });
    expect(xlsx.statusCode).toBe(200);
    expect(decodeURIComponent(xlsx.headers['content-disposition'] as string)).toContain(`${selfEvaluation.year}年度绩效评价结果通报.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('评价结果')!.getCell(4, 2).value).toBe('示范县公安局');
    const docx = await call({ url: `/api/results-notices/${selfEvaluation.year}/export?format=docx`, username: 'finance' });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await call({ url: `/api/results-notices/${selfEvaluation.year}/export?format=pdf`, username: 'finance' })).statusCode).toBe(400);
  });

  it('shows the notice on the public pages only once finance publishes it', async () => {
    const publicUrl = `/api/public/results-notices/${selfEvaluation.year}`;
    expect((await call({ url: publicUrl })).statusCode).toBe(404);
    expect((await call({ method: 'POST', url: `/api/results-notices/${selfEvaluation.year}/publish`, username: 'admin' })).statusCode).toBe(403);
    const published = await call({ method: 'POST', url: `/api/results-notices/${selfEvaluation.year}/publish`, username: 'finance' });
    expect(published.statusCode).toBe(200);
    expect(published.json().publishedAt).not.toBeNull();
    const read = await call({ url: publicUrl });
    expect(read.statusCode).toBe(200);
    expect(read.json().notice.entries.map((entry: { unit: string }) => entry.unit)).toEqual(['示范县公安局']);
    const list = await call({ url: '/api/public/results-notices' });
    expect(list.json().items.map((item: { year: number }) => item.year)).toContain(selfEvaluation.year);
  });

  it('refuses to publish a year without results', async () => {
    const response = await call({ method: 'POST', url: '/api/results-notices/1999/publish', username: 'finance' });
    expect(response.statusCode).toBe(409);
  });

  it('lets finance decide the 结果应用 and shows it beside the unit’s next target table', async () => {
    const year = selfEvaluation.year;
    const listed = await call({ url: `/api/results-applications/${year}`, username: 'finance' });
    expect(listed.json().items).toMatchObject([{ unit: '示范县公安局', isDefault: true }]);
    const saved = await call({
      method: 'PUT',
      url: `/api/results-applications/${year}/${selfEvaluation.organisationId}`,
      username: 'finance',
      payload: { project: selfEvaluation.project, suggestion: 'reduce', changePercent: -15, note: '执行进度偏慢' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ suggestion: 'reduce', changePercent: -15, isDefault: false });
    const missing = await call({
      method: 'PUT',
      url: `/api/results-applications/${year}/${selfEvaluation.organisationId}`,
      username: 'finance',
      payload: { project: '没有的项目', suggestion: 'keep', changePercent: null, note: null },
    });
    expect(missing.statusCode).toBe(404);
    const bad = await call({ method: 'PUT', url: `/api/results-applications/${year}/${selfEvaluation.organisationId}`, username: 'finance', payload: { project: null, suggestion: 'double' } });
    expect(bad.statusCode).toBe(400);

    const created = await call({ method: 'POST', url: '/api/documents/target-tables', username: 'police-filler', payload: { year: year + 1, from: 'blank' } });
    expect(created.statusCode).toBe(201);
    const targetId = created.json().id as string;
    const beside = await call({ url: `/api/documents/${targetId}/results-applications`, username: 'police-filler' });
    expect(beside.statusCode).toBe(200);
    expect(beside.json()).toMatchObject({ year, items: [{ suggestion: 'reduce', changePercent: -15, note: '执行进度偏慢' }] });
    expect((await call({ url: `/api/documents/${targetId}/results-applications`, username: 'school-filler' })).statusCode).toBe(404);
  });
});
