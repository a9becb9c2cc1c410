/**
 * A table as a dense grid of text, the common form behind every layout renderer here: one string
 * per position, MERGED_LEFT for a position covered by the cell to its left and MERGED_UP for one
 * covered by the cell above (as a merged cell in Excel or Word). Text renderers write covered
 * positions as empty cells, as extraction from web pages and PDFs does.
 */

export const MERGED_LEFT = '\u0000<';
export const MERGED_UP = '\u0000^';

export type DenseGrid = string[][];

/** A spanned cell at its master position. */
export interface SpannedCell {
  row: number;
  column: number;
  text: string;
  rowSpan: number;
  colSpan: number;
}

export function isCovered(text: string | undefined): boolean {
  return text === MERGED_LEFT || text === MERGED_UP;
}

/** The grid padded to its widest row, so every row has the same number of positions. */
export function padGrid(grid: DenseGrid): DenseGrid {
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** The master cells with their spans (a merge is a rectangle of covered positions). */
export function findSpannedCells(grid: DenseGrid): SpannedCell[] {
  const padded = padGrid(grid);
  const cells: SpannedCell[] = [];
  padded.forEach((row, rowIndex) => {
    row.forEach((text, column) => {
      if (isCovered(text)) return;
      let colSpan = 1;
      while (row[column + colSpan] === MERGED_LEFT) colSpan += 1;
      let rowSpan = 1;
      while (padded[rowIndex + rowSpan]?.[column] === MERGED_UP) rowSpan += 1;
      cells.push({ row: rowIndex, column, text, rowSpan, colSpan });
    });
  });
  return cells;
}

/** The grid's rows with covered positions as empty text. */
export function plainRows(grid: DenseGrid): string[][] {
  return padGrid(grid).map((row) => row.map((text) => (isCovered(text) ? '' : text)));
}
