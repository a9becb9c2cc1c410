/** 评价结果通报 as .xlsx: a sheet of the evaluated entries and a sheet counting each grade. */
import { toDecimal } from '../../core/decimal.ts';
import { describeResultsNotice, type ResultsNotice } from '../../core/results/index.ts';
import { formatNoticeTitle, listGradeRows, listNoticeRows, noticeColumns } from './notice-rows.ts';

const widths = [6, 28, 20, 28, 14, 14, 11, 9, 9];
/** Columns holding numbers (written as numbers, so finance can sum and sort them). */
const numericColumns = new Set([4, 5, 6, 7]);

/** The .xlsx bytes of the notice. */
export async function writeResultsNoticeXlsx(notice: ResultsNotice): Promise<Buffer> {
  // exceljs is loaded on first use, as for the summary workbook.
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'Jixiao';
  const sheet = workbook.addWorksheet('评价结果', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, noticeColumns.length);
  sheet.getCell(1, 1).value = formatNoticeTitle(notice);
  sheet.getCell(1, 1).font = { name: '宋体', size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, noticeColumns.length);
  sheet.getCell(2, 1).value = describeResultsNotice(notice);
  sheet.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = 48;
  const header = sheet.getRow(3);
  header.values = [...noticeColumns];
  header.font = { name: '宋体', bold: true };
  for (const row of listNoticeRows(notice)) {
    sheet.addRow(row.map((text, column) => (numericColumns.has(column) && text !== '' ? (toDecimal(text)?.toNumber() ?? text) : text)));
  }
  const grades = workbook.addWorksheet('等级统计');
  grades.columns = [{ width: 12 }, { width: 10 }];
  grades.addRow(['评价等级', '数量']).font = { name: '宋体', bold: true };
  for (const [grade, count] of listGradeRows(notice)) grades.addRow([grade, Number(count)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
