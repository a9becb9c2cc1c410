/**
 * Reads a .xlsx into text lines for the text readers: every sheet in order, merged cells resolved
 * (documents/xlsx/grid-to-text.ts), numbers written as the sheet shows them (number-format.ts: percent formats
 * keep their %), numbers stored as text trimmed. Rows, cells and merged areas are counted in the
 * sheets' XML before exceljs loads the workbook (sheet-guard.ts), so a hostile sheet is refused
 * before anything is allocated for it.
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import type ExcelJS from 'exceljs';
import { createWorkbook } from './load-exceljs.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { convertGridToLines, type Grid, type GridCell } from './grid-to-text.ts';
import { formatCellNumber } from './number-format.ts';
import { checkWorksheetSizes, isWorksheetPart } from './sheet-guard.ts';
import { inspectZip } from './zip-guard.ts';

/** The text of a cell's value, whatever exceljs gives (rich text, formulas, dates, links). */
export function describeCellValue(value: ExcelJS.CellValue, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCellNumber(value, numberFormat);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('result' in value) return describeCellValue((value.result ?? null) as ExcelJS.CellValue, numberFormat);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('error' in value) return '';
  return '';
}

/**
 * Official tables have at most a dozen columns; cells past this one (a stray value at column XFD,
 * or formatting applied to whole rows) are ignored, so a sheet cannot make the grid huge.
 */
const maxColumns = 200;

function readSheetGrid(sheet: ExcelJS.Worksheet): Grid {
  // Only the rows that exist, in order (never 1..rowCount: one cell at row 1,048,576 would make a
  // million empty rows); grid rows are those rows, so a master's row is looked up by its number.
  const rowNumbers: number[] = [];
  sheet.eachRow((_row, rowNumber) => rowNumbers.push(rowNumber));
  const gridRowOf = new Map(rowNumbers.map((rowNumber, index) => [rowNumber, index]));
  const rows: Array<Array<GridCell | null>> = [];
  let width = 0;
  for (const rowNumber of rowNumbers) {
    const cells: Array<GridCell | null> = [];
    // Only cells that exist (values and merged positions), never the whole used range.
    sheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxColumns) return;
      const master = cell.isMerged ? cell.master : cell;
      cells[columnNumber - 1] = {
        text: describeCellValue(master.value, master.numFmt),
        masterRow: gridRowOf.get(Number(master.row)) ?? -1,
        masterColumn: Number(master.col) - 1,
      };
      width = Math.max(width, columnNumber);
    });
    rows.push(cells);
  }
  return rows.map((cells) => Array.from({ length: width }, (_, index) => cells[index] ?? null));
}

/** A sheet of a workbook: its name and the 1-based line its text starts at in the workbook's lines. */
export interface SheetStart {
  name: string;
  line: number;
}

/** The text lines of every sheet of a .xlsx, a blank line between sheets; each sheet's name and first line into `sheets` when given. */
export async function readXlsxLines(bytes: Buffer, limits: ImportLimits, sheets?: SheetStart[]): Promise<string[]> {
  const { names, keptParts } = inspectZip({ bytes, limits, label: '.xlsx', keepParts: isWorksheetPart });
  if (!names.includes('xl/workbook.xml')) {
    throw new ImportError(
      'not-a-document',
      '该文件不是 Excel 工作簿（缺少 xl/workbook.xml）：请确认上传的是 .xlsx 文件',
    );
  }
  checkWorksheetSizes(keptParts.values(), limits);
  const damaged = new ImportError(
    'damaged-file',
    '无法读取该 .xlsx 文件（内容已损坏）：请用 Excel/WPS 打开后另存再导入',
  );
  const workbook = await createWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw damaged;
  }
  const lines: string[] = [];
  try {
    workbook.eachSheet((sheet) => {
      const sheetLines = convertGridToLines(readSheetGrid(sheet));
      if (sheetLines.length === 0) return;
      if (lines.length > 0) lines.push('');
      sheets?.push({ name: sheet.name, line: lines.length + 1 });
      lines.push(...sheetLines);
    });
  } catch (error) {
    // exceljs fails with a TypeError on some unusual workbooks (sheet order, missing parts): 422, not 500.
    if (error instanceof ImportError) throw error;
    throw damaged;
  }
  return lines;
}
