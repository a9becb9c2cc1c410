/**
 * Cells of a text dump's lines, for monitoring tables: cells are separated by tabs or `|`
 * (a line "x |" is one cell, a line "|" one empty cell: the one-cell-per-line dumps of .docx
 * tables), else by runs of two or more spaces; a label followed by numbers separated by single
 * spaces ("年度资金总额 100 20 120") is split too (PDF text runs cells together). A tab row broken
 * over lines by line breaks inside its cells (a web page's `<br>`) is joined back into one row
 * under a budget or indicator header, as the general tab reader joins it (grid/detectors/wrapped-tabs.ts).
 */
import { findWrappedTabRows } from '../grid/detectors/wrapped-tabs.ts';
import { isRuleLine } from '../grid/detectors/separated.ts';
import { indicatorRowWords, type WrappedRowWords } from '../grid/detectors/wrapped-row-words.ts';
import { joinCellLines } from '../grid/cell-text.ts';
import { compact } from '../text/normalize.ts';
import { splitNumberRun } from './number-run.ts';
import { matchBudgetColumn, matchIndicatorColumn } from './vocabulary.ts';

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

/** How many cells of a row must be column labels for the row to be a header. */
const MIN_HEADER_LABELS = 2;

/** A budget header (年初预算数, 1-N月执行数 …) or an indicator header (一级指标, 三级指标, 年度指标值 …). */
function isMonitoringHeader(cells: readonly string[]): boolean {
  const labels = cells.map(compact).filter((label) => label !== '');
  const budgetLabels = labels.filter((label) => matchBudgetColumn(label) !== null);
  const indicatorColumns = labels.map(matchIndicatorColumn);
  const namesIndicators = indicatorColumns.includes('name') || indicatorColumns.includes('level1');
  return budgetLabels.length >= MIN_HEADER_LABELS || (namesIndicators && indicatorColumns.filter((column) => column !== null).length > MIN_HEADER_LABELS);
}

/** A monitoring header cell's column: a budget column, an indicator column, else the indicator tables' words. */
function monitoringColumnWord(text: string): 'role' | 'band' | null {
  const label = compact(text);
  if (matchBudgetColumn(label) !== null || matchIndicatorColumn(label) !== null) return 'role';
  return indicatorRowWords.columnWord(text);
}

const monitoringRowWords: WrappedRowWords = { isHeader: isMonitoringHeader, columnWord: monitoringColumnWord, opensRow: indicatorRowWords.opensRow };

/** Every non-blank line with its cells; a row broken over lines is one, at its first line. */
export function toCellLines(lines: readonly string[]): CellLine[] {
  const hasTabs = lines.some((text) => text.includes('\t'));
  const joinedAt = new Map(hasTabs ? findWrappedTabRows(lines, monitoringRowWords).map((row) => [row.start, row]) : []);
  const result: CellLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] as string;
    const joined = joinedAt.get(index);
    if (joined) {
      // The broken cell's parts are one text again: "电子健康档" + "案建档人数" as written unbroken.
      result.push({ line: index + 1, cells: joined.cells.map(joinCellLines), isRow: true });
      index = joined.end;
      continue;
    }
    // A Markdown table's rule under its header (|---|---|) is no cell: the header's row goes on to the first row.
    if (text.trim() === '' || isRuleLine(text)) continue;
    const { cells, isRow } = splitCells(text);
    result.push({ line: index + 1, cells, isRow });
  }
  return result;
}

/** A cell as labels are matched: no whitespace, full-width colon and brackets kept. */
export function labelOf(cell: string): string {
  return compact(cell);
}
