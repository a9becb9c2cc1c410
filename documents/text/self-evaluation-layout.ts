/**
 * Tables whose cells extraction wrote one per line, without separators: the header labels one
 * per line (一级指标 / 二级指标 / 三级指标 / 年度指标值 / …), then each row's cells one per line.
 * Such text is put back into rows of the header's width. Merged 一级/二级 cells are simply missing
 * from the text, so a level cell is only taken when the line is a level name; every other column
 * takes the next line. A blank cell elsewhere cannot be seen and shifts the row: the indicator
 * reader then reports the non-numeric 分值 as a `shifted-row` rather than guess.
 */
import { matchColumnRole } from './column-variants.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

const MIN_HEADER_CELLS = 4;

function isSingleCell(row: TableRow | undefined): row is TableRow {
  return row !== undefined && row.cells.length === 1;
}

/** Returns `rows` with a one-cell-per-line indicator table regrouped into rows; else unchanged. */
export function regroupOnePerLine(rows: readonly TableRow[]): TableRow[] {
  const start = rows.findIndex((row, index) => {
    const run = rows.slice(index, index + MIN_HEADER_CELLS);
    return (
      run.length === MIN_HEADER_CELLS &&
      run.every((cell) => isSingleCell(cell) && matchColumnRole(cell.cells[0] ?? '') !== null)
    );
  });
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
