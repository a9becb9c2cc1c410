/**
 * Tables whose cells extraction wrote one per line, without separators: the header labels one
 * per line (一级指标 / 二级指标 / 三级指标 / 年度指标值 / …), then each row's cells one per line.
 * Such text is put back into rows of the header's width. Merged 一级/二级 cells are simply missing
 * from the text, so a level cell is only taken when the line is a level name; every other column
 * takes the next line. A blank cell elsewhere cannot be seen and shifts the row: the indicator
 * reader then reports the non-numeric 分值 as a `shifted-row` rather than guess.
 */
import { mapIndicatorColumns, matchColumnRole } from './column-variants.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

const MIN_HEADER_CELLS = 4;

function isSingleCell(row: TableRow | undefined): row is TableRow {
  return row !== undefined && row.cells.length === 1;
}

/**
 * Returns `rows` with an indicator table in an unusual layout put back into rows: cells one per
 * line are regrouped, and a header run together on one line ("一级指标 二级指标 三级指标 …") is
 * split at its spaces. Anything else is returned unchanged.
 */
export function regroupTableLayout(rows: readonly TableRow[]): TableRow[] {
  return regroupCellsPerLine(rows.map(splitRunTogetherHeader));
}

/** A one-cell row whose space-separated words are an indicator header becomes that header's cells. */
function splitRunTogetherHeader(row: TableRow): TableRow {
  if (row.cells.length !== 1 || !/\S\s+\S/.test(row.cells[0] ?? '')) return row;
  const words = (row.cells[0] ?? '').trim().split(/\s+/);
  if (words.length < MIN_HEADER_CELLS || mapIndicatorColumns(words) === null) return row;
  return { ...row, cells: words, cellLines: words.map(() => row.line) };
}

/** True when MIN_HEADER_CELLS one-cell rows from `index` all name columns (without copying rows). */
function startsHeaderRun(rows: readonly TableRow[], index: number): boolean {
  if (index + MIN_HEADER_CELLS > rows.length) return false;
  for (let offset = 0; offset < MIN_HEADER_CELLS; offset += 1) {
    const row = rows[index + offset];
    if (!isSingleCell(row) || matchColumnRole(row.cells[0] ?? '') === null) return false;
  }
  return true;
}

function regroupCellsPerLine(rows: readonly TableRow[]): TableRow[] {
  const start = rows.findIndex((_, index) => startsHeaderRun(rows, index));
  if (start < 0) return [...rows];
  let end = start;
  while (isSingleCell(rows[end]) && matchColumnRole(rows[end]?.cells[0] ?? '') !== null) end += 1;
  const roles = rows.slice(start, end).map((row) => matchColumnRole(row.cells[0] ?? ''));
  if (!roles.includes('name')) return [...rows];
  const header: TableRow = {
    line: (rows[start] as TableRow).line,
    cells: rows.slice(start, end).map((row) => row.cells[0] ?? ''),
    cellLines: rows.slice(start, end).map((row) => row.line),
  };
  const regrouped: TableRow[] = [...rows.slice(0, start), header];
  let index = end;
  while (isSingleCell(rows[index])) {
    const first = rows[index] as TableRow;
    if (/^(总分|合计)/.test(compact(first.cells[0] ?? ''))) break;
    const row: TableRow = { line: first.line, cells: [], cellLines: [] };
    for (const role of roles) {
      const next = rows[index];
      const text = isSingleCell(next) ? (next.cells[0] ?? '') : '';
      const isLevelColumn = role === 'level1' || role === 'level2';
      const fits =
        role === 'level1'
          ? matchLevel1(text) !== null
          : role === 'level2'
            ? matchLevel2(text) !== null
            : true;
      const take = isSingleCell(next) && fits && !/^(总分|合计)/.test(compact(text));
      row.cells.push(take ? text : '');
      row.cellLines.push(take ? (next as TableRow).line : first.line);
      if (take) index += 1;
      else if (!isLevelColumn) break;
    }
    regrouped.push(row);
  }
  // The 总分 line and anything after it: "总分" then its numbers, one per line, become one row.
  const rest = rows.slice(index);
  if (isSingleCell(rest[0]) && /^(总分|合计)/.test(compact(rest[0].cells[0] ?? ''))) {
    let count = 1;
    while (isSingleCell(rest[count]) && /^\d+(\.\d+)?$/.test(compact(rest[count]?.cells[0] ?? '')))
      count += 1;
    const numbers = rest.slice(1, count);
    regrouped.push({
      ...rest[0],
      cells: [rest[0].cells[0] ?? '', ...numbers.map((row) => row.cells[0] ?? '')],
    });
    return regrouped.concat(rest.slice(1 + numbers.length));
  }
  return regrouped.concat(rest);
}
