/**
 * Row heights for a table layout written to .xlsx. Excel neither autofits merged cells nor lets
 * LibreOffice or WPS do it on opening, so each row's height is estimated from its content: the
 * lines each cell wraps to (documents/print/text-lines.ts) and, for a cell merged down over
 * several rows, its lines spread evenly over every row it covers — the covered rows hold no
 * cell of their own, yet they carry part of the text.
 */
import type { TableLayout } from '../print/table-layout.ts';
import { estimateLines, heightForLines } from '../print/text-lines.ts';

/** One height in points per layout row. */
export function estimateRowHeights(layout: Pick<TableLayout, 'rows' | 'columns'>): number[] {
  const lines = layout.rows.map(() => 1);
  layout.rows.forEach((row, rowIndex) => {
    for (const cell of row.cells) {
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = Math.min(cell.rowSpan ?? 1, layout.rows.length - rowIndex);
      const width = layout.columns.slice(cell.column, cell.column + colSpan).reduce((sum, each) => sum + each, 0);
      const perRow = Math.ceil(estimateLines(cell.text, width) / rowSpan);
      for (let covered = rowIndex; covered < rowIndex + rowSpan; covered++) {
        lines[covered] = Math.max(lines[covered]!, perRow);
      }
    }
  });
  return lines.map(heightForLines);
}
