/**
 * Turns a table read from .xlsx or .docx (a grid whose merged cells point at their master) into
 * the tab-separated text the text readers take: one row per line, cells separated by tabs.
 * A merged 一级/二级 cell applies to every row it spans, so below the indicator header its text is
 * repeated on each of those rows; every other merged cell is written once, at its top-left, as the
 * text dumps of the samples show it. Rows with no text (stray blank rows) are dropped.
 */
import { joinCellLines } from '../grid/cell-text.ts';

export interface GridCell {
  text: string;
  /** Position of the merge's top-left cell; equal to the cell's own position when not merged. */
  masterRow: number;
  masterColumn: number;
}

/** Rows of cells; null where the source had no cell at all. */
export type Grid = Array<Array<GridCell | null>>;

/** A CJK character, radical, punctuation mark or full-width form. */
export const isCjk = (character: string | undefined): boolean =>
  character !== undefined && /[\u2e80-\u9fff\uff00-\uffef]/.test(character);

/** Columns headed 一级指标 / 二级指标 and the row of that header, or null when the grid has none. */
function findLevelColumns(grid: Grid): { headerRow: number; columns: Set<number> } | null {
  for (const [rowIndex, row] of grid.entries()) {
    const columns = new Set<number>();
    row.forEach((cell, columnIndex) => {
      const text = cell?.text.replace(/\s+/g, '') ?? '';
      if (cell && cell.masterColumn === columnIndex && /^(一级指标|二级指标)$/.test(text))
        columns.add(columnIndex);
    });
    if (columns.size === 2) return { headerRow: rowIndex, columns };
  }
  return null;
}

/** The grid as text lines (one per row, tab-separated). */
export function convertGridToLines(grid: Grid): string[] {
  const levels = findLevelColumns(grid);
  const lines: string[] = [];
  grid.forEach((row, rowIndex) => {
    const cells = row.map((cell, columnIndex) => {
      if (!cell) return '';
      const isMaster = cell.masterRow === rowIndex && cell.masterColumn === columnIndex;
      if (isMaster) return joinCellLines(cell.text);
      const isLevelContinuation =
        levels !== null &&
        rowIndex > levels.headerRow &&
        cell.masterColumn === columnIndex &&
        levels.columns.has(columnIndex);
      return isLevelContinuation ? joinCellLines(cell.text) : '';
    });
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.length > 0) lines.push(cells.join('\t'));
  });
  return lines;
}
