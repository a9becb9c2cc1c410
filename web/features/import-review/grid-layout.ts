/**
 * Places the grid's cells into HTML table rows: a cell at its column with its spans, an empty cell
 * where the source had none, nothing where a span from above or the left covers the position.
 */
import type { ImportPreview } from '../../../contract/import-review.ts';

type PreviewGrid = NonNullable<ImportPreview['grid']>;
type PreviewCell = PreviewGrid['rows'][number]['cells'][number];

export type PlacedCell = { kind: 'cell'; cell: PreviewCell } | { kind: 'empty'; column: number };

export function placeCells(grid: PreviewGrid, width: number): PlacedCell[][] {
  const covered = grid.rows.map(() => new Set<number>());
  return grid.rows.map((row, rowIndex) => {
    const placed: PlacedCell[] = [];
    const byColumn = new Map(row.cells.map((cell) => [cell.column, cell]));
    for (let column = 0; column < width; column += 1) {
      if (covered[rowIndex]?.has(column)) continue;
      const cell = byColumn.get(column);
      if (!cell) {
        placed.push({ kind: 'empty', column });
        continue;
      }
      placed.push({ kind: 'cell', cell });
      for (let below = rowIndex; below < Math.min(grid.rows.length, rowIndex + cell.rowSpan); below += 1) {
        for (let across = column; across < Math.min(width, column + cell.colSpan); across += 1) {
          if (below !== rowIndex || across !== column) covered[below]?.add(across);
        }
      }
    }
    return placed;
  });
}
