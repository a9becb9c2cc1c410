/**
 * The summary downloads are kept per instance (services/reports/kept-summaries.ts): through the
 * routes, a download after a write shows the write, and the administrator's kept answer is never
 * the finance bureau's.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';

describe.each(await listTestDialects())('kept summary routes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, withDemoDocuments: true });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const get = async (url: string, username: string) =>
    testApp.app.inject({ method: 'GET', url, headers: (await testApp.signIn(username)).headers });
  type Row = { documentId: string; state: string; executionRate: string | null };
  const rowsOf = (body: string) => (JSON.parse(body) as { rows: Row[] }).rows;

  it('shows a document saved after the last download, in the rows and the workbook', async () => {
    const firstRows = await get('/api/reports/summary', 'finance');
    const firstWorkbook = await get('/api/reports/summary.xlsx', 'finance');
    expect((await get('/api/reports/summary', 'finance')).body).toBe(firstRows.body);
    expect(
      (await get('/api/reports/summary.xlsx', 'finance')).rawPayload.equals(firstWorkbook.rawPayload),
    ).toBe(true);

    const shown = rowsOf(firstRows.body)[0]!;
    const document = (await testApp.deps.repositories.documents.getById(shown.documentId))!;
    const rate = shown.executionRate === '12.5' ? '13.5' : '12.5';
    const saved = await testApp.deps.repositories.documents.updateWithVersion({
      id: document.id,
      expectedVersion: document.version,
      changes: {
        body: { ...document.body, budget: { ...document.body.budget, executionRate: rate } },
        updatedAt: '2026-11-28T00:00:00.000Z',
        updatedBy: null,
      },
    });
    expect(saved.status).toBe('updated');

    const after = rowsOf((await get('/api/reports/summary', 'finance')).body).find(
      (row) => row.documentId === document.id,
    );
    expect(after?.executionRate).toBe(rate);
    expect(
      (await get('/api/reports/summary.xlsx', 'finance')).rawPayload.equals(firstWorkbook.rawPayload),
    ).toBe(false);
  });

  it('gives the administrator and the finance bureau each their own reading, whoever came first', async () => {
    const finance = rowsOf((await get('/api/reports/summary', 'finance')).body);
    const admin = rowsOf((await get('/api/reports/summary', 'admin')).body);
    expect(finance.some((row) => row.state === 'draft')).toBe(false);
    expect(admin.some((row) => row.state === 'draft')).toBe(true);
    expect(rowsOf((await get('/api/reports/summary', 'finance')).body)).toEqual(finance);
  });
});
