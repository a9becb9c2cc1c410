/**
 * Checks the worksheets of a .xlsx (their XML, already inflated by zip-guard.ts) before exceljs
 * loads anything: rows, cells, the highest row number and the merged areas. exceljs creates an
 * object for every position a merge covers, so one <mergeCell ref="A1:XFD1048576"/> in a 2 kB
 * file would take the server's memory; 4,990 × 200 cells took 22 s (issue 9). One pass over the
 * text, no temp files (the streaming reader used before left a 48 MB temp file per refusal).
 */
import { ImportError, type ImportLimits } from '../import-error.ts';

/** A1-style reference → 1-based column and row, or null when it is not one. */
export function parseCellReference(reference: string): { column: number; row: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(reference.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}

/** The value of attribute `name` in the text of one start tag, or null. */
function readAttribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return null;
  const start = at + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? null : tag.slice(start, end);
}

interface SheetCounts {
  rows: number;
  cells: number;
  mergedCells: number;
}

const tooMany = (what: string) =>
  new ImportError('too-many-cells', `${what}，不像一份绩效表：请只保留目标表/自评表所在的区域后再导入`);

function checkRowNumber(row: number, limits: ImportLimits): void {
  if (row > limits.maxRowIndex) throw tooMany(`表格中有位于第 ${row} 行的单元格（上限 ${limits.maxRowIndex} 行）`);
}

/** Scans one worksheet's XML, adding to `counts`; throws ImportError at the first limit passed. */
function scanWorksheet(xml: string, counts: SheetCounts, limits: ImportLimits): void {
  for (let open = xml.indexOf('<'); open >= 0; open = xml.indexOf('<', open + 1)) {
    const close = xml.indexOf('>', open);
    if (close < 0) return;
    const tag = xml.slice(open + 1, close);
    const qualifiedName = tag.slice(0, tag.search(/[\s/]|$/));
    // Some writers prefix the namespace (<x:row>).
    const name = qualifiedName.slice(qualifiedName.indexOf(':') + 1);
    if (name === 'row') {
      counts.rows += 1;
      if (counts.rows > limits.maxRows) {
        throw new ImportError('too-many-rows', `表格行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留目标表/自评表所在的工作表后再导入`);
      }
      checkRowNumber(Number(readAttribute(tag, 'r') ?? 0), limits);
    } else if (name === 'c') {
      counts.cells += 1;
      if (counts.cells > limits.maxCells) throw tooMany(`表格单元格超过 ${limits.maxCells} 个`);
      const reference = parseCellReference(readAttribute(tag, 'r') ?? '');
      if (reference) checkRowNumber(reference.row, limits);
    } else if (name === 'mergeCell') {
      checkMerge(readAttribute(tag, 'ref') ?? '', counts, limits);
    }
    open = close;
  }
}

function checkMerge(ref: string, counts: SheetCounts, limits: ImportLimits): void {
  const [first = '', last = first] = ref.split(':');
  const from = parseCellReference(first);
  const to = parseCellReference(last);
  if (!from || !to) return;
  checkRowNumber(Math.max(from.row, to.row), limits);
  const columns = Math.abs(to.column - from.column) + 1;
  if (columns > limits.maxColumnSpan) throw tooMany(`表格中有横跨 ${columns} 列的合并单元格（上限 ${limits.maxColumnSpan} 列）`);
  counts.mergedCells += columns * (Math.abs(to.row - from.row) + 1);
  if (counts.mergedCells > limits.maxCells) throw tooMany(`合并单元格覆盖的单元格超过 ${limits.maxCells} 个`);
}

/** Whether a zip part is a worksheet (the parts this guard reads). */
export function isWorksheetPart(name: string): boolean {
  return name.startsWith('xl/worksheets/') && name.endsWith('.xml') && !name.slice('xl/worksheets/'.length).includes('/');
}

/** Throws ImportError when the worksheets together pass a limit on rows, cells, row numbers or merges. */
export function checkWorksheetSizes(worksheets: Iterable<Buffer>, limits: ImportLimits): void {
  const counts: SheetCounts = { rows: 0, cells: 0, mergedCells: 0 };
  for (const xml of worksheets) scanWorksheet(xml.toString('utf8'), counts, limits);
}
