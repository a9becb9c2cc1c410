/**
 * Turns the normalised lines of a text dump into table rows of cells, each row with the 1-based
 * source line where it starts. Extraction writes tables in a few layouts, each handled here:
 *
 * - line layout (samples 001, 002): one row per line, cells separated by tabs
 *   (`⇥一级指标⇥二级指标⇥三级指标⇥指标值`), or by `|` as in Markdown tables
 *   (`| 产出指标 | 数量指标 | … |`; the `|---|---|` rule lines are skipped). → `readLineRows`
 * - block layout (sample 000): every cell on its own line starting with a tab, rows separated by
 *   blank lines; a line that does not start with a tab continues the cell above it, even after a
 *   blank line (a cell broken over several lines, e.g. "“反恐特警中队" / "人员经费”运行经费"). → `readBlockRows`
 * - `readTableRows` tells the two apart and uses the right one.
 *
 * Cells are trimmed; the lines of a multi-line cell are joined with "\n" so that readers can
 * choose: `joinCellLines` (grid/cell-text.ts) for names, the "\n" kept for paragraphs (部门职能).
 * Not handled here, because rows cannot be told apart without knowing the table: cells one per
 * line with no tabs, and a row run together on one line; the target-table reader handles those.
 */

export interface TableRow {
  /** 1-based line of the source text where the row starts. */
  line: number;
  /** The cells, trimmed; a cell broken over lines has its lines joined with "\n". */
  cells: string[];
  /** 1-based source line where each cell starts (same length as `cells`). */
  cellLines: number[];
}

export interface LineRange {
  /** 0-based index of the first line to read. */
  from?: number;
  /** 0-based index after the last line to read. */
  to?: number;
}

/** A Markdown table rule line such as `|---|:---:|` or `--\t-----`. */
function isRuleLine(line: string): boolean {
  return /^[\s|:\-\t]*$/.test(line) && /-{2,}/.test(line);
}

/** True when the line holds cells separated by `|` (at least two cells). */
function isPipeLine(line: string): boolean {
  return !line.includes('\t') && line.includes('|') && /\S\s*\|\s*\S|^\s*\|.*\|\s*$/.test(line);
}

/**
 * The cells of one line: split at tabs, or at `|` when the line has no tab but `|` separators
 * (outer pipes of `| a | b |` are dropped). A line with neither is one cell.
 */
export function splitCells(line: string): string[] {
  if (line.includes('\t')) return trimEach(line.split('\t'));
  if (isPipeLine(line)) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    return trimEach(inner.split('|'));
  }
  return [line.trim()];
}

/** Trims every cell in place (called for every line of every table: no second array). */
function trimEach(cells: string[]): string[] {
  for (let index = 0; index < cells.length; index += 1) cells[index] = (cells[index] as string).trim();
  return cells;
}

/** True when every cell of the row is empty. */
export function isEmptyRow(row: Pick<TableRow, 'cells'>): boolean {
  return row.cells.every((cell) => cell === '');
}

/**
 * Line layout: one row per non-blank line, cells by tab or `|` (samples 001 and 002, Markdown
 * tables). Rule lines (`|---|---|`) and blank lines give no row.
 */
export function readLineRows(lines: readonly string[], range: LineRange = {}): TableRow[] {
  const rows: TableRow[] = [];
  const end = Math.min(range.to ?? lines.length, lines.length);
  for (let index = range.from ?? 0; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || isRuleLine(line)) continue;
    const cells = splitCells(line);
    rows.push({ line: index + 1, cells, cellLines: new Array<number>(cells.length).fill(index + 1) });
  }
  return rows;
}

/**
 * Block layout of sample 000: each tab on a line opens a new cell, text before the first tab
 * continues the last cell, and a blank line closes the row unless the next non-blank line
 * continues a cell (does not start with a tab).
 */
export function readBlockRows(lines: readonly string[], range: LineRange = {}): TableRow[] {
  const rows: TableRow[] = [];
  let current: TableRow | null = null;
  let isAfterBlank = false;
  const end = Math.min(range.to ?? lines.length, lines.length);
  for (let index = range.from ?? 0; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '' && !line.includes('\t')) {
      isAfterBlank = true;
      continue;
    }
    // parts[0] continues the last cell; every later part opens a cell (indexed loops: this runs
    // for every line of the block layout, sample 000 has over 600).
    const parts = line.split('\t');
    const continuation = (parts[0] ?? '').trim();
    const startsRow = current === null || (isAfterBlank && parts.length > 1 && continuation === '');
    if (startsRow) {
      current = { line: index + 1, cells: [], cellLines: [] };
      rows.push(current);
    }
    const row = current as TableRow;
    if (continuation !== '') {
      const last = row.cells.length - 1;
      if (last < 0) {
        row.cells.push(continuation);
        row.cellLines.push(index + 1);
      } else {
        row.cells[last] = row.cells[last] === '' ? continuation : `${row.cells[last]}\n${continuation}`;
      }
    }
    for (let part = 1; part < parts.length; part += 1) {
      row.cells.push((parts[part] as string).trim());
      row.cellLines.push(index + 1);
    }
    isAfterBlank = false;
  }
  return rows;
}

/**
 * True when the lines look like the block layout: most non-blank lines start with one tab and
 * hold a single cell. Tab-separated rows of several cells per line mean the line layout.
 */
export function isBlockLayout(lines: readonly string[], range: LineRange = {}): boolean {
  let singleCell = 0;
  let multiCell = 0;
  const end = Math.min(range.to ?? lines.length, lines.length);
  for (let index = range.from ?? 0; index < end; index += 1) {
    const line = lines[index] ?? '';
    const firstTab = line.indexOf('\t');
    if (firstTab < 0) continue;
    if (firstTab === 0 && line.indexOf('\t', 1) < 0) singleCell += 1;
    else multiCell += 1;
  }
  return singleCell > 0 && singleCell >= multiCell * 2;
}

/** Rows of the table in `lines`, in whichever layout the text uses (see the file comment). */
export function readTableRows(lines: readonly string[], range: LineRange = {}): TableRow[] {
  return isBlockLayout(lines, range) ? readBlockRows(lines, range) : readLineRows(lines, range);
}
