/**
 * Long prose in a table (部门职能, 整体绩效目标, 实际完成情况: over 1,800 characters in sample 000).
 * Excel caps a row at 409 points and clips the rest when printing, so such a cell is merged down
 * over as many rows as its lines need; the text stays one cell (and reads back as one line).
 */
import { textCell, type LayoutRow } from './table-layout.ts';

/** Lines one row may hold: 24 lines of 10.5 pt text fit well inside Excel's 409-point row. */
const maxLinesPerRow = 24;

/** How many lines a text takes at `charactersPerLine`, counting each paragraph from a new line. */
export function countLines(text: string, charactersPerLine: number): number {
  return text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charactersPerLine)), 0);
}

export interface TextBlockColumn {
  column: number;
  colSpan: number;
  text: string | null | undefined;
  /** Width of the spanned columns in Excel character units (a CJK character takes two). */
  width: number;
}

/**
 * The rows of one or more side-by-side texts (预期目标 | 实际完成情况): each text one cell merged
 * down over enough rows for the longest; the first row holds the cells, the others are covered.
 */
export function buildTextBlockRows(columns: readonly TextBlockColumn[]): LayoutRow[] {
  const lines = columns.map((column) =>
    countLines(column.text ?? '', Math.max(1, Math.floor(column.width / 2))),
  );
  const rowCount = Math.max(1, ...lines.map((count) => Math.ceil(count / maxLinesPerRow)));
  const first: LayoutRow = {
    cells: columns.map((column) =>
      textCell(column.column, column.text, {
        colSpan: column.colSpan,
        ...(rowCount > 1 ? { rowSpan: rowCount } : {}),
      }),
    ),
  };
  return [first, ...Array.from({ length: rowCount - 1 }, (): LayoutRow => ({ cells: [] }))];
}
