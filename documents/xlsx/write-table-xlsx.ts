/**
 * Writes an official table layout to .xlsx: title and subtitle rows, the grid with its merges,
 * numbers as numbers ('0.00' for 万元), 宋体 headings and 仿宋 values, thin borders, and an A4
 * page set-up that fits the width on one page, as clerks print it.
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import type ExcelJS from 'exceljs';
import { excelNumberFormat, mapCoverage, type TableLayout } from '../print/table-layout.ts';
import { estimateRowHeights } from './row-heights.ts';

const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Adds one sheet holding the layout to a workbook. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  layout: TableLayout,
  sheetName: string,
): ExcelJS.Worksheet {
  const width = layout.columns.length;
  const sheet = workbook.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = layout.columns.map((columnWidth) => ({ width: columnWidth }));
  sheet.addRow([layout.title]);
  sheet.mergeCells(1, 1, 1, width);
  const titleCell = sheet.getCell(1, 1);
  titleCell.font = { name: '宋体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.addRow([layout.subtitle]);
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).font = { name: '仿宋', size: 11 };
  const firstRow = 3;
  const coverage = mapCoverage(layout);
  const heights = estimateRowHeights(layout);
  layout.rows.forEach((row, rowIndex) => {
    const excelRow = sheet.getRow(firstRow + rowIndex);
    excelRow.height = heights[rowIndex]!;
    for (let column = 0; column < width; column++) {
      const excelCell = excelRow.getCell(column + 1);
      excelCell.border = border;
      const covered = coverage[rowIndex]?.[column];
      if (!covered?.isMaster) continue;
      const { cell } = covered;
      if (cell.number !== undefined) {
        excelCell.value = Number(cell.number);
        const format = excelNumberFormat(cell.numberStyle, cell.prefix);
        if (format) excelCell.numFmt = format;
      } else {
        excelCell.value = cell.text;
      }
      const isLabel = cell.role === 'label' || cell.role === 'header';
      excelCell.font = { name: isLabel ? '宋体' : '仿宋', size: 10.5, bold: isLabel };
      excelCell.alignment = { horizontal: cell.align ?? 'left', vertical: 'middle', wrapText: true };
    }
    for (const cell of row.cells) {
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (rowSpan > 1 || colSpan > 1) {
        sheet.mergeCells(
          firstRow + rowIndex,
          cell.column + 1,
          firstRow + rowIndex + rowSpan - 1,
          cell.column + colSpan,
        );
      }
    }
  });
  return sheet;
}

/** A sheet name Excel takes: at most 31 characters, none of \\ / ? * [ ] :, and not one a sheet before it has. */
function toSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, '').slice(0, 31) || '表';
  let candidate = base;
  for (let number = 2; taken.has(candidate); number++) candidate = `${base.slice(0, 31 - String(number).length - 1)}_${number}`;
  taken.add(candidate);
  return candidate;
}

/** The .xlsx bytes of one table. */
export async function writeTableXlsx(layout: TableLayout): Promise<Buffer> {
  return writeTablesXlsx([{ name: layout.title, layout }]);
}

/** The .xlsx bytes of several tables, one sheet each named by its `name` (a report's projects). */
export async function writeTablesXlsx(tables: readonly { name: string; layout: TableLayout }[]): Promise<Buffer> {
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'Jixiao';
  const taken = new Set<string>();
  for (const table of tables) addTableSheet(workbook, table.layout, toSheetName(table.name, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
