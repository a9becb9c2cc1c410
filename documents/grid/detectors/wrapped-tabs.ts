/**
 * Tab-separated tables whose cells hold line breaks (a web page's `<br>` inside a cell, a long
 * indicator name or 指标值 wrapped by the page): one table row comes out on two or more lines, the
 * broken cell's two halves at the end of one line and the start of the next. Under a header, lines
 * are joined while the joined row is no wider than a whole row, and kept joined only when they make
 * a whole row: as many cells as the header, or as the last unbroken row (rows may leave a last
 * empty cell out). The broken cell's parts are joined with a line break, as a merged cell's lines
 * are. Reads nothing when no row needed joining (the plain tab reading is the same).
 *
 * The header itself may be broken ("实际" + "完成值"): lines are joined into a header when every
 * broken cell's halves name a column together (wrapped-row-words.ts). A break in a row's first cell
 * leaves a line without a tab ("产出" then "指标（50分）⇥数量指标⇥…"): it is joined when the halves
 * open a row together and the second alone does not. A break in a row's last filled cell leaves
 * the rest alone on the next line: it is joined when that line is nothing of its own.
 */
import { isTableEnd } from '../cell-kinds.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { indicatorRowWords, isBrokenColumnWord, isHeaderLike, isLeadingPiece, isTrailingPiece, type WrappedRowWords } from './wrapped-row-words.ts';
import type { LayoutDetector } from './types.ts';

/** How many lines one table row may be broken into. */
export const MAX_LINES_PER_ROW = 4;

function cellsOf(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : [line];
}

/** `cells` with the next line's cells after them, the last and the first joined as one broken cell. */
function appendLine(cells: readonly string[], line: string): string[] {
  const more = cellsOf(line);
  return [...cells.slice(0, -1), `${cells.at(-1) ?? ''}\n${more[0] ?? ''}`, ...more.slice(1)];
}

/**
 * The row whose cells so far are `cells` (lines `start`…`from - 1`), joined over the next lines
 * when that makes one of the `widths`.
 */
function joinRow(lines: readonly string[], start: number, from: number, first: string[], widths: ReadonlySet<number>, words: WrappedRowWords): { cells: string[]; lastLine: number } | null {
  const widest = Math.max(...widths);
  let cells = first;
  if (widths.has(cells.length)) return { cells, lastLine: from - 1 };
  // One cell short of the header: a row that leaves its last empty cell out, when no whole width
  // follows and every line joined goes on with a broken cell (no row opened by it).
  let short: { cells: string[]; lastLine: number } | null = null;
  let isBreak = true;
  for (let next = from; next < lines.length && next - start < MAX_LINES_PER_ROW; next += 1) {
    const line = lines[next] as string;
    const opening = cellsOf(line)[0]?.trim() ?? '';
    // A broken cell has text on both sides of the break (a row leaving its last cells empty, then a
    // row opening with an empty cell, are two rows: "⇥其中：本年财政拨款⇥⇥⇥50.00" over "⇥其中：上年结转资金…").
    if (line.trim() === '' || opening === '' || (cells.at(-1) ?? '').trim() === '') break;
    // The signing line under a table ("填报人：⇥⇥联系电话：…") is no cell's rest: a 合计 row written with its label
    // merged across ("合计⇥100⇥96.5") is short of the header by its merge, not by a break.
    if (isTableEnd(opening)) break;
    // (A line without a tab adds no cell: a last cell's rest is withTrailingPiece's to judge.)
    isBreak &&= line.includes('\t') && !words.opensRow(opening);
    cells = appendLine(cells, line);
    if (cells.length > widest) break;
    if (widths.has(cells.length)) return { cells, lastLine: next };
    if (cells.length === widest - 1 && isBreak) short = { cells, lastLine: next };
  }
  return short;
}

/** A header broken over lines `start`…: every broken cell's halves name a column together. */
function joinHeader(lines: readonly string[], start: number, words: WrappedRowWords): { cells: string[]; lastLine: number } | null {
  let cells = cellsOf(lines[start] as string);
  let found: { cells: string[]; lastLine: number } | null = null;
  for (let next = start + 1; next < lines.length && next - start < MAX_LINES_PER_ROW; next += 1) {
    const line = lines[next] as string;
    const more = cellsOf(line);
    if (!isBrokenColumnWord(cells.at(-1) ?? '', more[0] ?? '', words) || !more.slice(1).every((cell) => cell.trim() === '' || isHeaderLike(cell, words))) break;
    // A line that opens the first row ("产出指" before "标（50分）⇥数量指标⇥…") is no rest of the last header word.
    if (isLeadingPieceAt(lines, next, words)) break;
    cells = appendLine(cells, line);
    if (words.isHeader(cells)) found = { cells, lastLine: next };
  }
  return found;
}

/** Line `index` holds no tab and is the first half of the next line's first cell. */
function isLeadingPieceAt(lines: readonly string[], index: number, words: WrappedRowWords): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  return line !== undefined && !line.includes('\t') && next !== undefined && next.includes('\t') && isLeadingPiece(line, cellsOf(next)[0] ?? '', words);
}

/** A table row broken over lines `start`…`end` (0-based, inclusive), its cells joined back. */
export interface WrappedTabRow {
  start: number;
  end: number;
  cells: string[];
}

/** The index of the last cell that holds text, or −1. */
function lastFilled(cells: readonly string[]): number {
  return cells.findLastIndex((cell) => cell.trim() !== '');
}

/** The row with the line after it joined to its last filled cell, when that line is the cell's rest. */
function withTrailingPiece(lines: readonly string[], row: WrappedTabRow, widest: number, words: WrappedRowWords): WrappedTabRow | null {
  const piece = lines[row.end + 1];
  if (piece === undefined || piece.includes('\t') || piece.trim() === '' || row.end + 1 - row.start >= MAX_LINES_PER_ROW) return null;
  // Only a whole row's last cell goes on (a row wider than the header is read as it stands).
  if (row.cells.length > widest) return null;
  // The line opens the next row instead ("决策（" before "20分）⇥项目立项⇥…").
  if (isLeadingPieceAt(lines, row.end + 1, words)) return null;
  const last = lastFilled(row.cells);
  // What follows opens a row: a tab row, or the first half of one.
  const following = isLeadingPieceAt(lines, row.end + 2, words) ? '\t' : lines[row.end + 2];
  if (last < 0 || !isTrailingPiece(row.cells[last] as string, piece, following, words)) return null;
  const cells = [...row.cells];
  cells[last] = `${cells[last] as string}\n${piece}`;
  return { start: row.start, end: row.end + 1, cells };
}

/**
 * The rows broken over several lines, joined back. `words` tells a header row and the words a
 * broken cell completes (the indicator header by default; the monitoring reader passes its budget
 * and indicator headers too).
 */
export function findWrappedTabRows(lines: readonly string[], words: WrappedRowWords = indicatorRowWords): WrappedTabRow[] {
  const joinedRows: WrappedTabRow[] = [];
  let headerWidth = 0;
  let rowWidth = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const header = joinHeader(lines, index, words);
    if (header) {
      headerWidth = header.cells.length;
      rowWidth = header.cells.length;
      joinedRows.push({ start: index, end: header.lastLine, cells: header.cells });
      index = header.lastLine;
      continue;
    }
    const cells = cellsOf(line);
    const hasTabs = line.includes('\t');
    const isHeader = hasTabs && words.isHeader(cells);
    if (isHeader) {
      headerWidth = cells.length;
      rowWidth = cells.length;
    }
    const widths = new Set([headerWidth, rowWidth]);
    let row: WrappedTabRow | null = null;
    if (headerWidth > 0 && isLeadingPieceAt(lines, index, words)) {
      const joined = joinRow(lines, index, index + 2, appendLine([line], lines[index + 1] as string), widths, words);
      if (joined) row = { start: index, end: joined.lastLine, cells: joined.cells };
    } else if (headerWidth > 0 && hasTabs && cells.length < Math.min(headerWidth, rowWidth)) {
      const joined = joinRow(lines, index, index + 1, cells, widths, words);
      if (joined) row = { start: index, end: joined.lastLine, cells: joined.cells };
    }
    // An unbroken row tells the width rows are written in.
    if (row === null && headerWidth > 0 && cells.length >= headerWidth - 1 && cells.length <= headerWidth) rowWidth = cells.length;
    const whole = row ?? (headerWidth > 0 && hasTabs && !isHeader ? { start: index, end: index, cells } : null);
    const joined = (whole ? withTrailingPiece(lines, whole, Math.max(headerWidth, rowWidth), words) : null) ?? row;
    if (joined) {
      joinedRows.push(joined);
      index = joined.end;
    }
  }
  return joinedRows;
}

function readWrappedRows(lines: readonly string[]): GridRow[] {
  const joinedRows = findWrappedTabRows(lines);
  if (joinedRows.length === 0) return [];
  const joinedAt = new Map(joinedRows.map((row) => [row.start, row]));
  const rows: GridRow[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const joined = joinedAt.get(index);
    const row = createTextRow(joined?.cells ?? cellsOf(line), { line: index + 1 });
    // A row broken at the table's end must keep its last lines inside the region.
    rows.push(joined ? { ...row, lastLine: joined.end + 1 } : row);
    if (joined) index = joined.end;
  }
  return rows;
}

export const wrappedTabDetector: LayoutDetector = {
  name: 'tabs-wrapped',
  readRows: (lines) => (lines.some((line) => line.includes('\t')) ? readWrappedRows(lines) : []),
};
