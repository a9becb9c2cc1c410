/**
 * Cells of a text dump's lines, for monitoring tables: cells are separated by tabs or `|`
 * (a line "x |" is one cell, a line "|" one empty cell: the one-cell-per-line dumps of .docx
 * tables), else by runs of two or more spaces; a label followed by numbers separated by single
 * spaces ("年度资金总额 100 20 120") is split too (PDF text runs cells together).
 */
import { compact } from '../text/normalize.ts';
import { splitNumberRun } from './number-run.ts';

export interface CellLine {
  /** 1-based line number in the source. */
  line: number;
  cells: string[];
  /** Whether the line had separators (a row), not a single cell. */
  isRow: boolean;
}

function splitRunTogether(cell: string): string[] {
  const run = splitNumberRun(cell);
  if (!run) return [cell];
  return [run.label.trim(), ...run.numbers.trim().split(/\s+/)];
}

/** Splits one line into cells (trimmed; empty cells kept between separators). */
export function splitCells(text: string): { cells: string[]; isRow: boolean } {
  if (text.includes('\t') || text.includes('|')) {
    const cells = text.split(/\t|\|/).map((cell) => cell.trim());
    // A `|` at either end closes the line, it does not open an empty cell (a tab does: an empty last column).
    if (cells.length > 1 && cells[cells.length - 1] === '' && /\|\s*$/.test(text)) cells.pop();
    // A markdown row ("| a | b |") opens with `|` too; a dump row opening with " | " has an empty first cell.
    if (cells.length > 1 && cells[0] === '' && text.startsWith('|') && /\|\s*$/.test(text)) cells.shift();
    return { cells, isRow: cells.length > 1 };
  }
  const wide = text
    .trim()
    .split(/\s{2,}/)
    .filter((cell) => cell !== '');
  const cells = wide.flatMap(splitRunTogether);
  return { cells, isRow: cells.length > 1 };
}

/** Every non-blank line with its cells. */
export function toCellLines(lines: readonly string[]): CellLine[] {
  const result: CellLine[] = [];
  for (const [index, text] of lines.entries()) {
    if (text.trim() === '') continue;
    const { cells, isRow } = splitCells(text);
    result.push({ line: index + 1, cells, isRow });
  }
  return result;
}

/** A cell as labels are matched: no whitespace, full-width colon and brackets kept. */
export function labelOf(cell: string): string {
  return compact(cell);
}
