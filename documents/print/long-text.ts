/**
 * Long prose in a table (部门职能, 整体绩效目标, 实际完成情况: over 1,800 characters in sample 000).
 * Excel caps a row at 409 points and clips the rest when printing, so such a cell is merged down
 * over as many rows as its lines need; the text stays one cell (and reads back as one line).
 */
import { textCell, type LayoutRow } from './table-layout.ts';
import { estimateLines, maxLinesPerRow } from './text-lines.ts';

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
  const lines = columns.map((column) => estimateLines(column.text ?? '', column.width));
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
