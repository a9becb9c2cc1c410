/**
 * Where a grid's tables part: a file holding several tables one after another (a unit's
 * 项目支出绩效自评表 for each project in one Word document or one sheet) gives one grid of all their
 * rows. The text reader reads one table and says so (text/several-documents.ts); the grid's
 * indicators must come from the same table, by the same rule on the rows' texts (a title of a table
 * kind after an indicator header, followed within a few rows by a header label of its own), or the
 * document would gather every table's indicators. A PDF's grid holds the tables' cells without the
 * titles between them, but its rows keep their text lines: there the text reader's lines part it.
 */
import type { Finding } from '../../core/model.ts';
import { findTableStarts } from '../text/several-documents.ts';
import { rowTexts, type Grid } from './grid.ts';

/** Which table of the file was read: its index, and its text lines (from its title, up to the next's) when known. */
export interface GridTableChoice {
  index: number;
  startLine?: number;
  endLine?: number;
}

/** The rows' non-empty cells as tab rows: a title is a row of one cell, a header label its row's first cell. */
const rowLines = (grid: Grid): string[] => grid.rows.map((row) => rowTexts(row).map((text) => text.trim()).filter((text) => text !== '').join('\t'));

/**
 * The chosen table's rows, and the row opening the table after it (-1: none). By the text lines when
 * the rows keep them and the choice gives them; else by the tables' titles among the rows (a number
 * past the last table: the last).
 */
export function selectGridTable(grid: Grid, choice: GridTableChoice = { index: 0 }): { grid: Grid; nextRow: number } {
  const { rows } = grid;
  const isLined = rows.some((row) => row.source.line !== undefined);
  if (isLined && (choice.startLine !== undefined || choice.endLine !== undefined)) {
    const firstAt = (line: number | undefined, otherwise: number) => {
      if (line === undefined) return otherwise;
      const index = rows.findIndex((row) => row.source.line !== undefined && row.source.line >= line);
      return index < 0 ? rows.length : index;
    };
    const from = firstAt(choice.startLine, 0);
    const to = Math.max(from, firstAt(choice.endLine, rows.length));
    return { grid: { rows: rows.slice(from, to) }, nextRow: to < rows.length ? to : -1 };
  }
  // (A table run together into a row's text is no row of its own: a grid parts at rows.)
  const starts = findTableStarts(rowLines(grid))
    .filter((start) => start.column === undefined)
    .map((start) => start.index);
  const chosen = Math.min(Math.max(choice.index, 0), starts.length - 1);
  const from = starts[chosen] ?? 0;
  const to = starts[chosen + 1] ?? rows.length;
  return { grid: from === 0 && to === rows.length ? grid : { rows: rows.slice(from, to) }, nextRow: to < rows.length ? to : -1 };
}

/** The finding for a grid cut at `row` (named by its source line, else its table or sheet and row). */
export function nextTableRowFinding(grid: Grid, row: number): Finding {
  const source = grid.rows[row]?.source ?? {};
  const where = source.line !== undefined ? `第${source.line}行` : source.sheet ? `${source.sheet}${source.address ? `的${source.address.replace(/^R/, '第')}行` : ''}` : '下一张表的标题';
  return {
    severity: 'warning',
    code: 'several-documents',
    message: `文件中有不止一张表（${where}起是下一张），只读入了第一张：其余各表可在导入核对时选择，逐张导入。`,
    path: '',
    ...(source.line === undefined ? {} : { line: source.line }),
  };
}
