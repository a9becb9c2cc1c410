import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildResultsNotice } from '../../core/results/index.ts';
import { writeResultsNoticeDocx, writeResultsNoticeXlsx } from './index.ts';

const notice = buildResultsNotice({
  year: 2025,
  entries: [
    { organisationId: 'u1', unit: '示范县水利局', supervisor: '示范县农业农村局', scope: 'project', project: '河道保洁', adjusted: '100.5', executed: '90', executionRate: null, score: '91.5', grade: '优' },
    { organisationId: 'u2', unit: '示范县教育局', supervisor: null, scope: 'department', project: null, adjusted: '1000', executed: '700', executionRate: '70', score: '65', grade: '差' },
  ],
});

describe('results notice writers', () => {
  it('writes the .xlsx with the entries (amounts as numbers) and the grade counts', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeResultsNoticeXlsx(notice)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('评价结果')!;
    expect(sheet.getCell(1, 1).value).toBe('关于2025年度预算绩效自评结果的通报');
    expect(sheet.getRow(4).values).toEqual([undefined, '1', '示范县水利局', '示范县农业农村局', '河道保洁', 100.5, 90, 89.55, 91.5, '优']);
    expect(sheet.getRow(5).getCell(4).value).toBe('部门整体支出');
    const grades = workbook.getWorksheet('等级统计')!;
    expect(grades.getRow(2).values).toEqual([undefined, '优', 1]);
    expect(grades.getRow(6).values).toEqual([undefined, '合计', 2]);
  });

  it('writes the .docx with the title, the summary and both tables', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await writeResultsNoticeDocx(notice) });
    expect(text).toContain('关于2025年度预算绩效自评结果的通报');
    expect(text).toContain('共对2个单位的2项绩效自评结果进行了汇总');
    expect(text).toContain('示范县水利局');
    expect(text).toContain('部门整体支出');
    expect(text).toContain('89.55');
  });
});
