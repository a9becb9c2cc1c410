import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits } from '../import-error.ts';
import { quoteEscapedPercent } from './load-exceljs.ts';
import { readXlsxLines } from './read-xlsx.ts';

describe('quoteEscapedPercent', () => {
  it.each([
    ['0.00\\%', '0.00"%"'],
    ['0.00%', '0.00%'],
    ['0.00\\万\\元', '0.00\\万\\元'],
    ['0\\\\%', '0\\\\%'],
    ['"占"0.0\\%', '"占"0.0"%"'],
  ])('%s → %s', (code, expected) => expect(quoteEscapedPercent(code)).toBe(expected));
});

describe('a percent sign a spreadsheet wrote as a literal', () => {
  it('shows the number as stored, while a real percent format multiplies it (LibreOffice writes 执行率 100 as 0.00\\%)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['执行率（LibreOffice）', 100, '执行率（Excel）', 100, '完成率', 0.955]);
    sheet.getCell('B1').numFmt = '0.00\\%';
    sheet.getCell('D1').numFmt = '0.00"%"';
    sheet.getCell('F1').numFmt = '0.0%';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const lines = await readXlsxLines(bytes, defaultImportLimits);
    expect(lines.join('\n')).toContain('执行率（LibreOffice）\t100.00%\t执行率（Excel）\t100.00%\t完成率\t95.5%');
  });
});
