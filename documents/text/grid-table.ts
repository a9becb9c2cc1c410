/**
 * A "grid table" as pandoc and other Word-to-text converters write it: every row between
 * `+-----+-----+` rules (the header's lower rule `+=====+`), cells between `|`, and a cell's text
 * wrapped onto as many lines as its column is narrow ("农村供水工" / "程水质提升" / "改造"). Read line
 * by line, one row is several rows of fragments; each row block becomes one tab row, its cells'
 * fragments joined top to bottom. The row keeps the line of its first text line and the others
 * become blank, so line numbers still point at the source (as csv-rows.ts does).
 */
import { joinWrappedPieces } from '../grid/cell-text.ts';

/** A rule line: `+---+---+`, `+===+`, with alignment colons (`+:--+`). */
const RULE_LINE = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A text line of a grid row: starts and ends with a pipe. */
const CELL_LINE = /^\s*\|.*\|\s*$/;
/** Rules needed before a text is taken to hold a grid table (a lone "+---+" is a drawing). */
const MIN_RULES = 3;

/** Whether a line is a rule of a grid table. */
export function isGridRule(line: string): boolean {
  return RULE_LINE.test(line);
}

/** Joins a cell's fragments: CJK text runs on, Latin words and numbers keep a space. */
function joinFragments(fragments: readonly string[]): string {
  return joinWrappedPieces(fragments.filter((fragment) => fragment !== ''));
}

/** The cells of one row block: each line cut at its pipes, the fragments of a column joined. */
function rowCells(lines: readonly string[]): string[] {
  const columns: string[][] = [];
  for (const line of lines) {
    const inner = line.trim().slice(1, -1);
    inner.split('|').forEach((fragment, index) => (columns[index] ??= []).push(fragment.trim()));
  }
  const cells = columns.map(joinFragments);
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}

/**
 * The lines with each grid table's row blocks as tab rows (same number of lines). Text outside a
 * grid table is left as it is.
 */
export function gridTablesToTabRows(lines: readonly string[]): string[] {
  if (lines.filter((line) => line.includes('+') && isGridRule(line)).length < MIN_RULES) return [...lines];
  const result = [...lines];
  let blockStart = -1;
  for (let index = 0; index <= lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (blockStart >= 0 && CELL_LINE.test(line)) continue;
    if (blockStart >= 0) {
      // A block of cell lines closed: by a rule inside the table, or by text after its last rule.
      const block = lines.slice(blockStart, index);
      result[blockStart] = rowCells(block).join('\t');
      for (let blank = blockStart + 1; blank < index; blank += 1) result[blank] = '';
      blockStart = -1;
    }
    if (index >= lines.length) break;
    if (isGridRule(line)) {
      result[index] = '';
      if (CELL_LINE.test(lines[index + 1] ?? '')) blockStart = index + 1;
    }
  }
  return result;
}
