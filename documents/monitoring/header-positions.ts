/**
 * A monitoring indicator header over two rows of a grid dump (.xlsx/.docx, tab- or pipe-separated,
 * empty cells kept): the second row names the sub-columns of a merged heading (1-6月完成情况 over
 * 完成值 / 完成目标可能性) at their own positions. When both rows keep positions (a heading the
 * second row repeats, 一级指标, stands in the same column), the columns are read position by
 * position: the second row's name wins under a heading, an empty first-row cell (the tail of a
 * merge) takes the second row's name. Rows that complete each other (the levels named below, the
 * other columns above) are read the same way, and so are sub-columns named below a band the vocabulary
 * does not know (完成情况 over 1—7月阶段性完成值 / 1—9月完成值 / 全年预计完成值) when the first row names the
 * indicator's own columns. Of progress columns of two windows the later is the progress (period.ts
 * compareWindows), the earlier kept in place and not read. Returns null when the rows do not keep positions.
 */
import { compareWindows } from './period.ts';
import type { IndicatorColumn } from './vocabulary.ts';

/** Group headings a sub-column below them replaces. */
const groupHeadings: ReadonlySet<IndicatorColumn> = new Set(['deviationGroup', 'likelihood', 'actualToDate']);

export interface HeaderCell {
  line: number;
  column: number;
  role: IndicatorColumn | null;
  inRow: boolean;
  /** The cell's text (the progress columns' windows are told by it). */
  label?: string;
}

export function positionalColumns(cells: readonly HeaderCell[]): IndicatorColumn[] | null {
  const lines = [...new Set(cells.map((cell) => cell.line))];
  if (lines.length !== 2 || cells.some((cell) => !cell.inRow)) return null;
  const [first, second] = lines.map((line) => cells.filter((cell) => cell.line === line)) as [HeaderCell[], HeaderCell[]];
  const firstAt = new Map(first.map((cell) => [cell.column, cell.role]));
  // The rows keep positions when a heading of the first row repeated in the second stands in its
  // column, or when they complete each other: the levels below, the other columns above
  // ("绩效指标 | | | 年度指标值 | …" over "一级指标 | 二级指标 | 三级指标 | | …"), no column named twice.
  const repeated = second.filter((cell) => cell.role !== null && first.some((head) => head.role === cell.role));
  const isComplement =
    repeated.length === 0 &&
    second.every((cell) => cell.role === null || (firstAt.get(cell.column) ?? null) === null) &&
    (second.some((cell) => cell.role === 'level1' || cell.role === 'name') || first.some((cell) => cell.role === 'name'));
  if (!isComplement && (repeated.length === 0 || repeated.some((cell) => firstAt.get(cell.column) !== cell.role))) return null;
  // …and the second row names something the first row leaves empty or groups.
  const fills = second.filter(
    (cell) => cell.role !== null && (firstAt.get(cell.column) ?? null) === null,
  );
  if (fills.length === 0) return null;
  const width = Math.max(...cells.map((cell) => cell.column)) + 1;
  const columns: IndicatorColumn[] = [];
  const labels: string[] = [];
  for (let column = 0; column < width; column++) {
    const top = firstAt.get(column) ?? null;
    const belowCell = second.find((cell) => cell.column === column);
    const below = belowCell?.role ?? null;
    const isBelow = top === null || (below !== null && groupHeadings.has(top));
    const role = isBelow ? below : top;
    columns.push(role === 'deviationGroup' ? 'explanation' : (role ?? 'unknown'));
    labels.push((isBelow ? belowCell?.label : first.find((cell) => cell.column === column)?.label) ?? '');
  }
  return withLatestProgress(columns, labels);
}

/** Of two progress columns of different windows, the earlier one is not read ('unknown'). */
function withLatestProgress(columns: IndicatorColumn[], labels: readonly string[]): IndicatorColumn[] {
  let latest = -1;
  for (const [index, column] of columns.entries()) {
    if (column !== 'actualToDate') continue;
    if (latest < 0) {
      latest = index;
      continue;
    }
    const windows = compareWindows(labels[latest] ?? '', labels[index] ?? '');
    if (windows === 'later') {
      columns[latest] = 'unknown';
      latest = index;
    } else if (windows === 'earlier') columns[index] = 'unknown';
  }
  return columns;
}
