/**
 * Issue 9 item 9: the unit shown comes from the organisation, not from free text in the body, also
 * for a document stored before that rule (its body still names another unit). Every read that shows
 * a unit is checked: the document read, the public read, downloads (.json, .xlsx, public), the print
 * view's source and the finance bureau's summary (list and workbook).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { buildDemoBody, createDocumentInState } from './documents-test-support.ts';

const ownName = '示范县公安局';
const otherName = '冒名填写的单位';

async function readWorkbookTexts(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
  return texts;
}

describe.each(await listTestDialects())('the unit shown on $dialect', ({ dialect, isAvailable }) => {
  const it = isAvailable ? test : test.skip;
  let testApp: TestApp;
  let stored: StoredDocument;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    const published = await createDocumentInState(testApp, {
      unitKey: 'police',
      kind: 'self-evaluation',
      state: 'published',
      body: buildDemoBody('self-evaluation', ownName, 2030),
    });
    // As saved before the rule (writes now store the organisation's name): the body names another unit.
    const result = await testApp.deps.repositories.documents.updateWithVersion({
      id: published.id,
      expectedVersion: published.version,
      changes: { body: { ...published.body, unit: otherName }, updatedAt: published.updatedAt, updatedBy: null },
    });
    if (result.status !== 'updated') throw new Error('could not store the old-style body');
    stored = result.document;
    expect(stored.organisationName).toBe(ownName);
    expect(stored.body.unit).toBe(otherName);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const get = async (url: string, username?: string) =>
    testApp.app.inject({ method: 'GET', url, headers: username ? (await testApp.signIn(username)).headers : {} });

  it('is the organisation’s in the document read (the source of the print view) and the public read', async () => {
    for (const [url, username] of [
      [`/api/documents/${stored.id}`, 'police-filler'],
      [`/api/documents/${stored.id}`, 'finance'],
      [`/api/public/documents/${stored.id}`, undefined],
    ] as const) {
      const response = await get(url, username);
      expect(response.statusCode, url).toBe(200);
      expect(response.json().body.unit, url).toBe(ownName);
      expect(response.body, url).not.toContain(otherName);
    }
  });

  it('is the organisation’s in downloads, signed in or public, and in their file names', async () => {
    const json = await get(`/api/documents/${stored.id}/export?format=json`, 'police-filler');
    expect(json.statusCode).toBe(200);
    expect(JSON.parse(json.body).unit).toBe(ownName);
    expect(decodeURIComponent(String(json.headers['content-disposition']))).toContain(ownName);
    for (const url of [`/api/documents/${stored.id}/export?format=xlsx`, `/api/public/documents/${stored.id}/export?format=xlsx`]) {
      const xlsx = await get(url, url.includes('/public/') ? undefined : 'police-filler');
      expect(xlsx.statusCode, url).toBe(200);
      const texts = (await readWorkbookTexts(xlsx.rawPayload)).join('\n');
      expect(texts, url).toContain(ownName);
      expect(texts, url).not.toContain(otherName);
    }
  });

  it('is the organisation’s in the finance bureau’s summary, list and workbook', async () => {
    const summary = await get(`/api/reports/summary?year=${stored.year}`, 'finance');
    expect(summary.statusCode).toBe(200);
    expect(summary.json().rows.map((row: { unit: string }) => row.unit)).toEqual([ownName]);
    const workbook = await get(`/api/reports/summary.xlsx?year=${stored.year}`, 'finance');
    const texts = await readWorkbookTexts(workbook.rawPayload);
    expect(texts).toContain(ownName);
    expect(texts.join('\n')).not.toContain(otherName);
  });

  it('is decided at read time: the stored body is left as it was', async () => {
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.body.unit).toBe(otherName);
  });
});
