/**
 * A .xlsx straight to a Grid, merges kept as spans (exceljs `model.merges`), so the indicator
 * reader sees a merged 一级 cell once with its rowSpan instead of text flattened and re-parsed.
 * Called after documents/xlsx/read-xlsx.ts has passed the file through the zip guard and the row
 * limit. Spans are bounded (grid.ts) and only populated cells are walked.
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import type ExcelJS from 'exceljs';
import { createWorkbook } from '../xlsx/load-exceljs.ts';
import { describeCellValue } from '../xlsx/read-xlsx.ts';
import { boundSpan, MAX_COLUMN_SPAN, MAX_COLUMNS, MAX_ROW_SPAN, type Grid, type GridCell, type GridRow } from './grid.ts';

interface Merge {
  rowSpan: number;
  colSpan: number;
}

/** Column letters to a 1-based number ("AB" → 28); 0 when unreadable. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.slice(0, 3)) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** The merges of a sheet keyed by their top-left address, spans bounded. */
function readMerges(sheet: ExcelJS.Worksheet): Map<string, Merge> {
  const merges = new Map<string, Merge>();
  const ranges = (sheet.model as { merges?: unknown }).merges;
  if (!Array.isArray(ranges)) return merges;
  for (const range of ranges.slice(0, 10_000)) {
    const match = typeof range === 'string' ? /^([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})$/.exec(range) : null;
    if (!match) continue;
    const [, fromColumn = '', fromRow = '', toColumn = '', toRow = ''] = match;
    merges.set(`${fromColumn}${fromRow}`, {
      rowSpan: boundSpan(Number(toRow) - Number(fromRow) + 1, MAX_ROW_SPAN),
      colSpan: boundSpan(columnNumber(toColumn) - columnNumber(fromColumn) + 1, MAX_COLUMN_SPAN),
    });
  }
  return merges;
}

/** One sheet as a grid: each populated master cell once, merged positions left out. */
export function readSheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const merges = readMerges(sheet);
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumberValue) => {
      if (columnNumberValue > MAX_COLUMNS) return;
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = describeCellValue(cell.value, cell.numFmt);
      const merge = merges.get(cell.address);
      if (text === '' && !merge) return;
      cells.push({
        column: columnNumberValue - 1,
        text,
        rowSpan: merge?.rowSpan ?? 1,
        colSpan: merge?.colSpan ?? 1,
        source: { sheet: sheet.name, address: cell.address, line: rowNumber },
      });
    });
    if (cells.length > 0) rows.push({ cells, source: { sheet: sheet.name, line: rowNumber } });
  });
  return { rows };
}

/** Every sheet of an already-checked .xlsx as one grid, sheets one after another. */
export async function readXlsxGrid(bytes: Buffer): Promise<Grid> {
  const workbook = await createWorkbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: GridRow[] = [];
  workbook.eachSheet((sheet) => rows.push(...readSheetGrid(sheet).rows));
  return { rows };
}
