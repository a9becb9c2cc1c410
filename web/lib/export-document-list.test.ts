import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDocumentSummary } from '../../test-support/api-fixtures.ts';
import { buildDocumentListWorkbook, documentListColumns } from './export-document-list.ts';

describe('buildDocumentListWorkbook', () => {
  it('writes a header and one row per document, in the order given, readable back by Excel', async () => {
    const documents = [
      buildDocumentSummary({ id: 'a', organisationName: '示范县第一中学', project: '校园安全改造', score: '88.50', grade: '良', submittedAt: '2026-03-02T01:30:00.000Z' }),
      buildDocumentSummary({ id: 'b', organisationName: '示范县公安局', project: null, submittedAt: null }),
    ];
    const bytes = await buildDocumentListWorkbook({ title: '审核队列', documents });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet('审核队列')!;
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...documentListColumns]);
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(1, 4)).toEqual(['示范县第一中学', documents[0]!.kindName, '校园安全改造']);
    expect(first[7]).toBe('88.50');
    expect(String(first[6])).toMatch(/^2026年3月2日/);
    const second = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(second[1]).toBe('示范县公安局');
    expect(second[6] ?? '').toBe('');
  });
});
