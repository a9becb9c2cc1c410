/**
 * A table as the text of a PDF in layout mode (`pdftotext -layout`) when the PDF came from Word, WPS or
 * LibreOffice: every column at its own position, a long cell wrapped inside its column's width, and each
 * cell's lines centred vertically in its row, so a row is several physical lines and its columns' pieces
 * stand at different heights. Calibrated on LibreOffice PDFs of our own tables (documents/pdf/fixtures/
 * office-*.pdf, docs/layouts.md "PDF text in layout mode with wrapped cells"):
 *
 * - a cell of k lines in a row h lines high has its lines' baselines centred: a two-line cell beside a
 *   one-line one gives three physical lines (its first line, the row's one-line cells, its second line);
 *   pdftotext writes one physical line per baseline, so half-line offsets interleave;
 * - a cell merged down over several rows (一级, 二级, a goal, a level's own 分值) is centred over all of
 *   them, its lines between the rows' lines, and centred across its column too;
 * - a long name or goal wraps at its column's width (CJK characters two columns wide, a Latin word or a
 *   number never cut, closing punctuation kept on its line);
 * - a row with fewer cells than the table (a label and its prose value) spans the rest of the width.
 */
import { displayWidth } from '../variation/table-lines.ts';

/** Widest a text column may be before its cells wrap; a level column is narrower (four characters and its note). */
const TEXT_COLUMN_WIDTH = 20;
const LEVEL_COLUMN_WIDTH = 10;
/** Spaces between two columns. */
const COLUMN_GAP = 2;

/** A cell that only holds a figure, a weight or a short value: never wrapped (a number is never cut). */
const UNWRAPPED = /^[≥≤<>=＝]*\s*-?[\d.,]+\s*(%|‰|分)?$/;
/** A row's own number (序号): 1, 12, 3.2 … */
const ROW_NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
/** A character that may not open a line (Word's line-breaking rules keep it on the line before). */
const NO_LINE_START = /^[，。、；：？！）)】》”’%‰,.;:]$/;

function isWide(character: string): boolean {
  return displayWidth(character) === 2;
}

/** The cell's text cut into lines no wider than `width` (a Latin word or number kept whole, its spaces dropped at a break). */
export function wrapCell(text: string, width: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || displayWidth(trimmed) <= width) return trimmed === '' ? [] : [trimmed];
  // Pieces that are never cut: a CJK character, a run of Latin letters, digits and signs, a space.
  const pieces: string[] = [];
  for (const character of trimmed) {
    const last = pieces.at(-1);
    const joins = last !== undefined && !isWide(character) && character !== ' ' && !isWide(last.at(-1) as string) && !last.endsWith(' ');
    if (joins) pieces[pieces.length - 1] = `${last}${character}`;
    else pieces.push(character);
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const fits = displayWidth(line) + displayWidth(piece) <= width;
    if (fits || line.trim() === '' || NO_LINE_START.test(piece)) {
      line += line === '' && piece === ' ' ? '' : piece;
      continue;
    }
    lines.push(line.trim());
    line = piece === ' ' ? '' : piece;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

export interface WrappedSection {
  /** The rows, cells in column order (a row with fewer cells spans its last one to the table's width). */
  rows: string[][];
  /** Columns whose cells are merged down over the rows below them left empty (一级, 二级, a goal). */
  mergedColumns?: ReadonlySet<number>;
  /** Columns that are narrow labels (levels): wrapped at a level's width. */
  levelColumns?: ReadonlySet<number>;
  /** Rows that are no part of the merged places (the header): a merged cell never spans them. */
  headerRows?: number;
  /** Rows with a blank line under them (a cell's padding pdftotext writes as an empty line). */
  blankAfterRows?: ReadonlySet<number>;
}

interface PlacedLine {
  /** Baseline in half lines from the section's top. */
  baseline: number;
  start: number;
  text: string;
}

/** Column widths: a column as wide as its widest cell, text columns capped (their cells wrap), the header never cut. */
export function columnWidths(section: WrappedSection, columnCount: number): number[] {
  const widths = Array<number>(columnCount).fill(2);
  const headerRows = section.headerRows ?? 0;
  section.rows.forEach((row, rowIndex) => {
    row.forEach((raw, column) => {
      const cell = raw.trim();
      if (cell === '' || (row.length < columnCount && column === row.length - 1 && column < columnCount - 1)) return;
      const width = displayWidth(cell);
      const cap =
        rowIndex < headerRows || UNWRAPPED.test(cell)
          ? width
          : section.levelColumns?.has(column) === true
            ? LEVEL_COLUMN_WIDTH
            : TEXT_COLUMN_WIDTH;
      widths[column] = Math.max(widths[column] ?? 2, Math.min(width, cap));
    });
  });
  return widths;
}

/** The section's rows written as pdftotext -layout writes a table whose cells wrap (see the file's comment). */
export function layOutWrappedSection(section: WrappedSection, sharedWidths?: readonly number[]): string[] {
  const { rows } = section;
  // (Pages of one table share its columns: `sharedWidths`, measured over every page's rows.)
  const columnCount = Math.max(sharedWidths?.length ?? 0, ...rows.map((row) => row.length));
  const widths = sharedWidths === undefined ? columnWidths(section, columnCount) : [...sharedWidths];
  const starts = widths.map((_, column) => widths.slice(0, column).reduce((sum, width) => sum + width + COLUMN_GAP, 0));
  const tableWidth = (starts.at(-1) ?? 0) + (widths.at(-1) ?? 0);
  const merged = section.mergedColumns ?? new Set<number>();
  const headerRows = section.headerRows ?? 0;
  // Each cell's lines; a merged cell's span (rows it covers): to the row before the next filled cell of its
  // column, or before a row of another width (a goal's row, a total).
  const cellLines = rows.map((row) =>
    row.map((cell, column) => {
      const spansRest = row.length < columnCount && column === row.length - 1;
      const width = spansRest ? tableWidth - (starts[column] ?? 0) : (widths[column] ?? 2);
      return wrapCell(cell, width);
    }),
  );
  const spanOf = (rowIndex: number, column: number): number => {
    if (rowIndex < headerRows || !merged.has(column) || ((rows[rowIndex] as string[])[column] ?? '').trim() === '') return 1;
    let last = rowIndex;
    // The span ends at a row that fills this column or one left of it (the next level, a total); a row's
    // own number in a column that is not merged (序号 1, 2, 3 … beside merged levels) ends nothing.
    const isCovered = (row: readonly string[]): boolean =>
      row.slice(0, column + 1).every((cell, left) => cell.trim() === '' || (left < column && !merged.has(left) && ROW_NUMBER.test(cell.trim()))) &&
      row.slice(column + 1).some((cell) => cell.trim() !== '');
    while (last + 1 < rows.length && isCovered(rows[last + 1] as string[])) last += 1;
    return last - rowIndex + 1;
  };
  // Row heights: the tallest cell of its own; a merged cell taller than its rows makes its last row taller.
  const heights = cellLines.map((row, rowIndex) =>
    Math.max(1, ...row.map((lines, column) => (spanOf(rowIndex, column) === 1 ? lines.length : 1))),
  );
  cellLines.forEach((row, rowIndex) =>
    row.forEach((lines, column) => {
      const span = spanOf(rowIndex, column);
      if (span === 1) return;
      const height = heights.slice(rowIndex, rowIndex + span).reduce((sum, value) => sum + value, 0);
      if (lines.length > height) heights[rowIndex + span - 1] = (heights[rowIndex + span - 1] ?? 1) + lines.length - height;
    }),
  );
  const tops = heights.map((_, rowIndex) => 2 * heights.slice(0, rowIndex).reduce((sum, value) => sum + value, 0));
  const placed: PlacedLine[] = [];
  cellLines.forEach((row, rowIndex) =>
    row.forEach((lines, column) => {
      const span = spanOf(rowIndex, column);
      const height = heights.slice(rowIndex, rowIndex + span).reduce((sum, value) => sum + value, 0);
      const columnWidth = row.length < columnCount && column === row.length - 1 ? tableWidth - (starts[column] ?? 0) : (widths[column] ?? 2);
      lines.forEach((text, place) => {
        // A merged cell is centred across its column as well (Word's and WPS's level cells are).
        const indent = span > 1 || merged.has(column) ? Math.max(0, Math.floor((columnWidth - displayWidth(text)) / 2)) : 0;
        placed.push({ baseline: (tops[rowIndex] ?? 0) + height - lines.length + 2 * place + 1, start: (starts[column] ?? 0) + indent, text });
      });
    }),
  );
  const baselines = [...new Set(placed.map((line) => line.baseline))].sort((left, right) => left - right);
  // A blank line where a padded row ends: between its last baseline and the next row's first.
  const blankAt = [...(section.blankAfterRows ?? [])].map((row) => tops[row + 1]).filter((top): top is number => top !== undefined);
  return baselines.flatMap((baseline, place) => {
    let written = '';
    for (const piece of placed.filter((line) => line.baseline === baseline).sort((left, right) => left.start - right.start)) {
      const at = Math.max(piece.start, written === '' ? 0 : displayWidth(written) + COLUMN_GAP);
      written += ' '.repeat(Math.max(0, at - displayWidth(written))) + piece.text;
    }
    const next = baselines[place + 1];
    return next !== undefined && blankAt.some((top) => baseline < top && next >= top) ? [written, ''] : [written];
  });
}
