/**
 * A workbook's sheets as the import reads them: which sheet holds the table (its name may be the title the table
 * lacks, text/sheet-name-title.ts), and a workbook of several tables, one a sheet (a unit's projects, each sheet named
 * by its project), read as one table of the chosen sheet, its indicators from that sheet's cells only. Before, the
 * sheets' text ran on as one table (no title between them to cut at) and every sheet's indicators went to the first.
 */
import type { PerformanceDocument } from '../core/model.ts';
import type { Grid } from './grid/grid.ts';
import { isHeaderLabelLine, isIndicatorHeaderLine } from './text/several-documents.ts';
import { readSheetNameTitle, type SheetNameTitle } from './text/sheet-name-title.ts';
import type { SheetStart } from './xlsx/read-xlsx.ts';

export type { SheetStart } from './xlsx/read-xlsx.ts';

/** A sheet's lines (0-based, end exclusive) in the workbook's. */
function sheetRange(lines: readonly string[], sheets: readonly SheetStart[], index: number): { from: number; to: number } {
  return { from: (sheets[index]?.line ?? 1) - 1, to: (sheets[index + 1]?.line ?? lines.length + 2) - 2 };
}

/** A sheet holds a table of its own: header labels (项目名称 …) above an indicator header. */
function holdsTable(lines: readonly string[]): boolean {
  const header = lines.findIndex(isIndicatorHeaderLine);
  return header > 0 && lines.slice(0, header).some(isHeaderLabelLine);
}

/** The sheets holding a table of their own, when there are two or more (else the workbook is read whole, as before). */
export function findSheetTables(lines: readonly string[], sheets: readonly SheetStart[]): SheetStart[] {
  const tables = sheets.filter((_, index) => {
    const { from, to } = sheetRange(lines, sheets, index);
    return holdsTable(lines.slice(from, to));
  });
  return tables.length > 1 ? tables : [];
}

/** The lines of one sheet. */
export function sheetLines(lines: readonly string[], sheets: readonly SheetStart[], sheet: SheetStart): string[] {
  const { from, to } = sheetRange(lines, sheets, sheets.indexOf(sheet));
  return lines.slice(from, to);
}

/** The sheet whose lines hold the table (its indicator header), else the first: its name stands for the table's title. */
export function findTableSheet(lines: readonly string[], sheets: readonly SheetStart[]): SheetStart | null {
  const header = lines.findIndex(isIndicatorHeaderLine) + 1;
  return sheets.findLast((sheet) => header > 0 && sheet.line <= header) ?? sheets[0] ?? null;
}

/** The rows of one sheet of a workbook's grid. */
export function sheetGrid(grid: Grid, sheet: SheetStart): Grid {
  return { rows: grid.rows.filter((row) => row.source.sheet === sheet.name) };
}

/** The title a sheet's name gives, or null. */
export function sheetTitleOf(sheet: SheetStart | null): SheetNameTitle | null {
  return sheet ? readSheetNameTitle(sheet.name) : null;
}

/** What the sheet's name says fills what the document leaves open, saying so: its year, and a project table's project. */
export function fillFromSheetName(document: PerformanceDocument, sheet: SheetStart, title: SheetNameTitle): void {
  if (document.year == null && title.year !== null) {
    document.year = title.year;
    document.findings.push({ severity: 'info', code: 'year-from-sheet-name', message: `文档中没有写明年度，按工作表名“${sheet.name}”取为${title.year}年度：请核对。`, path: 'year' });
  }
  if (document.scope === 'project' && !document.project && title.project !== null) {
    document.project = title.project;
    document.findings.push({ severity: 'info', code: 'project-from-sheet-name', message: `文档中没有写明项目名称，按工作表名“${sheet.name}”取为“${title.project}”：请核对。`, path: 'project' });
  }
}

/** The finding for a workbook of several tables, one a sheet, of which one was read. */
export function severalSheetsFinding(sheets: readonly SheetStart[], chosen: number): PerformanceDocument['findings'][number] {
  const names = sheets.map((sheet) => `“${sheet.name}”`).join('、');
  return {
    severity: 'warning',
    code: 'several-documents',
    message: `工作簿中有${sheets.length}张表（工作表${names}），只读入了工作表“${sheets[chosen]?.name ?? ''}”的一张：其余各表可在导入核对时选择，逐张导入。`,
    path: '',
  };
}
