/** The indicator tables of a text dump: lines → recoverGrid → the one indicator-table reader. */
import { readIndicatorGrid, type IndicatorTableRead } from './read-indicator-table.ts';
import { recoverGrid } from './recover-grid.ts';
import { joinStackedLines, stripCellTerminators } from './stacked-lines.ts';

/** A printed page number ("— 1 —", "- 12 -"): no table content (blanked, line count kept). */
const PAGE_NUMBER = /^[-—–]\s?\d{1,4}\s?[-—–]$/;

export function readTextIndicators(lines: readonly string[]): IndicatorTableRead {
  const withoutPageNumbers = lines.map((line) => (PAGE_NUMBER.test(line.trim()) ? '' : line));
  return readIndicatorGrid(recoverGrid(joinStackedLines(stripCellTerminators(withoutPageNumbers))).grid);
}
