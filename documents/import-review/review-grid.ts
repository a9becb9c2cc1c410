/**
 * The source grid as the import review screen shows it: cells with their spans and where each came
 * from (line, page, sheet, address), capped so a large file cannot make a large response.
 */
import type { CellSource, Grid } from '../grid/grid.ts';

/** Rows and columns past these are left out of the preview (official tables are far smaller). */
export const MAX_PREVIEW_ROWS = 400;
export const MAX_PREVIEW_COLUMNS = 32;
/** A cell's text past this many characters is cut (a narrative cell in a table). */
export const MAX_PREVIEW_CELL_LENGTH = 300;

export interface PreviewCell {
  column: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  source: CellSource;
}

export interface PreviewGrid {
  rows: Array<{ index: number; source: CellSource; cells: PreviewCell[] }>;
  /** Number of columns shown. */
  width: number;
  /** True when rows, columns or cell texts were cut. */
  isTruncated: boolean;
}

function copySource(source: CellSource): CellSource {
  const { line, page, sheet, address } = source;
  return {
    ...(line === undefined ? {} : { line }),
    ...(page === undefined ? {} : { page }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(address === undefined ? {} : { address }),
  };
}

/** The first rows and columns of the grid, spans clipped to what is shown. */
export function capGrid(grid: Grid): PreviewGrid {
  let isTruncated = grid.rows.length > MAX_PREVIEW_ROWS;
  const shown = grid.rows.slice(0, MAX_PREVIEW_ROWS);
  let width = 0;
  const rows = shown.map((row, index) => {
    const cells: PreviewCell[] = [];
    for (const cell of row.cells) {
      if (cell.column >= MAX_PREVIEW_COLUMNS) {
        isTruncated = true;
        continue;
      }
      const text = cell.text.length > MAX_PREVIEW_CELL_LENGTH ? `${cell.text.slice(0, MAX_PREVIEW_CELL_LENGTH)}…` : cell.text;
      if (text !== cell.text) isTruncated = true;
      const colSpan = Math.min(cell.colSpan, MAX_PREVIEW_COLUMNS - cell.column);
      const rowSpan = Math.min(cell.rowSpan, shown.length - index);
      width = Math.max(width, cell.column + colSpan);
      cells.push({ column: cell.column, text, rowSpan, colSpan, source: copySource(cell.source) });
    }
    return { index, source: copySource(row.source), cells };
  });
  return { rows, width, isTruncated };
}
