/**
 * Tab-separated tables whose cells hold line breaks (a web page's `<br>` inside a cell, a long
 * indicator name or 指标值 wrapped by the page): one table row comes out on two or more lines, the
 * broken cell's two halves at the end of one line and the start of the next. Under a header, lines
 * are joined while the joined row is no wider than a whole row, and kept joined only when they make
 * a whole row: as many cells as the header, or as the last unbroken row (rows may leave a last
 * empty cell out). The broken cell's parts are joined with a line break, as a merged cell's lines
 * are. Reads nothing when no row needed joining (the plain tab reading is the same).
 */
import { createTextRow, type GridRow } from '../grid.ts';
import { isHeaderTexts } from '../header-band.ts';
import type { LayoutDetector } from './types.ts';

/** How many lines one table row may be broken into. */
export const MAX_LINES_PER_ROW = 4;

function cellsOf(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : [line];
}

/** The row starting at `start`, joined over the next lines when that makes one of the `widths`. */
function joinRow(lines: readonly string[], start: number, widths: ReadonlySet<number>): { cells: string[]; lastLine: number } | null {
  const widest = Math.max(...widths);
  let cells = cellsOf(lines[start] as string);
  for (let next = start + 1; next < lines.length && next - start < MAX_LINES_PER_ROW; next += 1) {
    const line = lines[next] as string;
    if (line.trim() === '') return null;
    const more = cellsOf(line);
    cells = [...cells.slice(0, -1), `${cells.at(-1) ?? ''}\n${more[0] ?? ''}`, ...more.slice(1)];
    if (cells.length > widest) return null;
    if (widths.has(cells.length)) return { cells, lastLine: next };
  }
  return null;
}

/** A table row broken over lines `start`…`end` (0-based, inclusive), its cells joined back. */
export interface WrappedTabRow {
  start: number;
  end: number;
  cells: string[];
}

/**
 * The rows broken over several lines, joined back. `isHeader` tells a header row (the indicator
 * header by default; the monitoring reader passes its budget and indicator headers too).
 */
export function findWrappedTabRows(lines: readonly string[], isHeader: (cells: readonly string[]) => boolean = isHeaderTexts): WrappedTabRow[] {
  const joinedRows: WrappedTabRow[] = [];
  let headerWidth = 0;
  let rowWidth = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const cells = cellsOf(line);
    if (line.includes('\t') && isHeader(cells)) {
      headerWidth = cells.length;
      rowWidth = cells.length;
    }
    const widths = new Set([headerWidth, rowWidth]);
    const isShort = headerWidth > 0 && line.includes('\t') && cells.length < Math.min(headerWidth, rowWidth);
    const joined = isShort ? joinRow(lines, index, widths) : null;
    if (joined) {
      joinedRows.push({ start: index, end: joined.lastLine, cells: joined.cells });
      index = joined.lastLine;
      continue;
    }
    if (headerWidth > 0 && cells.length >= headerWidth - 1 && cells.length <= headerWidth) rowWidth = cells.length;
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
    rows.push(createTextRow(joined?.cells ?? cellsOf(line), { line: index + 1 }));
    if (joined) index = joined.end;
  }
  return rows;
}

export const wrappedTabDetector: LayoutDetector = {
  name: 'tabs-wrapped',
  readRows: (lines) => (lines.some((line) => line.includes('\t')) ? readWrappedRows(lines) : []),
};
