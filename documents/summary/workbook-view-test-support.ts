/**
 * What a person sees of a workbook, read back with exceljs: sheets, column widths, frozen panes,
 * filter, and every cell's value, number format and font. Two writers that agree here write the
 * same summary (write-summary.test.ts, export-summary-workbook.db.test.ts).
 */
import ExcelJS from 'exceljs';

export interface WorkbookView {
  sheets: Array<{
    name: string;
    views: unknown;
    autoFilter: unknown;
    widths: Array<number | undefined>;
    rows: Array<Array<{ address: string; value: unknown; numFmt: string | undefined; font: unknown }>>;
  }>;
}

export async function readWorkbookView(bytes: Buffer): Promise<WorkbookView> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: WorkbookView['sheets'][number]['rows'] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        const cells: WorkbookView['sheets'][number]['rows'][number] = [];
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells.push({ address: cell.address, value: cell.value, numFmt: cell.numFmt, font: cell.font });
        });
        rows.push(cells);
      });
      return {
        name: sheet.name,
        views: sheet.views,
        autoFilter: sheet.autoFilter,
        widths: Array.from({ length: sheet.columnCount }, (_unused, index) => sheet.getColumn(index + 1).width),
        rows,
      };
    }),
  };
}
