/**
 * The one intermediate form of every table the readers take: rows of cells with their spans and
 * where each came from. .xlsx (merged cells) and .docx (gridSpan/vMerge) give it directly, .pdf
 * from text positions, text dumps through recoverGrid. Structure is kept until the indicator
 * reader: a merged 一级 cell is one cell with rowSpan 3, not three copies of its text.
 */

/** Where a cell came from: a text line, a PDF page and line, or a sheet cell. */
export interface CellSource {
  /** 1-based line of the source text (text dumps, PDF lines). */
  line?: number;
  /** 1-based PDF page. */
  page?: number;
  /** Sheet name (.xlsx) or "表格N" (.docx). */
  sheet?: string;
  /** A1-style address in the sheet or table. */
  address?: string;
}

export interface GridCell {
  /** 0-based column of the cell's top-left position. */
  column: number;
  /** The text; lines of a cell broken over lines are joined with "\n". */
  text: string;
  rowSpan: number;
  colSpan: number;
  source: CellSource;
}

export interface GridRow {
  /** Cells in column order; positions covered by a span (or empty in the source) have none. */
  cells: GridCell[];
  /** Where the row starts. */
  source: CellSource;
  /** The last source line of a row written over several lines (a tab row broken inside its cells). */
  lastLine?: number;
}

export interface Grid {
  rows: GridRow[];
}

/**
 * Spans larger than an official table can hold are refused rather than followed: a hostile file
 * may declare colSpan 16384 or rowSpan 1,048,576 on one cell.
 */
export const MAX_COLUMN_SPAN = 64;
export const MAX_ROW_SPAN = 2000;
/** Columns past this index are ignored (official tables have at most about 15). */
export const MAX_COLUMNS = 64;

/** A span as a bounded positive integer (1 for anything unreadable). */
export function boundSpan(value: number, limit: number): number {
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(Math.floor(value), limit);
}

/** A row of single cells from texts, each cell at its index; empty texts give no cell. */
export function createTextRow(texts: readonly string[], source: CellSource, cellLines?: readonly number[]): GridRow {
  const cells: GridCell[] = [];
  for (let column = 0; column < texts.length && column < MAX_COLUMNS; column += 1) {
    const text = (texts[column] ?? '').trim();
    if (text === '') continue;
    const line = cellLines?.[column];
    cells.push({ column, text, rowSpan: 1, colSpan: 1, source: line === undefined ? source : { ...source, line } });
  }
  return { cells, source };
}

/** The cell whose top-left is at `column`, if any. */
export function cellAt(row: GridRow, column: number): GridCell | undefined {
  return row.cells.find((cell) => cell.column === column);
}

/** The texts of a row by column (spans written once at their top-left, blanks as ''). */
export function rowTexts(row: GridRow, width?: number): string[] {
  const last = row.cells.reduce((max, cell) => Math.max(max, cell.column + 1), 0);
  const texts = new Array<string>(Math.min(Math.max(width ?? 0, last), MAX_COLUMNS)).fill('');
  for (const cell of row.cells) if (cell.column < texts.length) texts[cell.column] = cell.text;
  return texts;
}

/**
 * For each row, the cell covering each column, including cells merged down from rows above or
 * across from columns to the left. Bounded by the populated cells: nothing is allocated by a
 * declared span larger than the grid.
 */
export function mapCoverage(grid: Grid): Array<Array<GridCell | undefined>> {
  const width = Math.min(
    MAX_COLUMNS,
    grid.rows.reduce((max, row) => row.cells.reduce((inner, cell) => Math.max(inner, cell.column + 1), max), 0),
  );
  const coverage: Array<Array<GridCell | undefined>> = grid.rows.map(() => new Array<GridCell | undefined>(width));
  grid.rows.forEach((row, rowIndex) => {
    for (const cell of row.cells) {
      const lastRow = Math.min(grid.rows.length, rowIndex + boundSpan(cell.rowSpan, MAX_ROW_SPAN));
      const lastColumn = Math.min(width, cell.column + boundSpan(cell.colSpan, MAX_COLUMN_SPAN));
      for (let covered = rowIndex; covered < lastRow; covered += 1) {
        const target = coverage[covered] as Array<GridCell | undefined>;
        for (let column = cell.column; column < lastColumn; column += 1) target[column] ??= cell;
      }
    }
  });
  return coverage;
}

/** The 1-based source line of a cell or row, when known. */
export function lineOf(source: CellSource): number | undefined {
  return source.line;
}
