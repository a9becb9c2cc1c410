/** The indicator tables of a text dump: lines → recoverGrid → the one indicator-table reader. */
import { readIndicatorGrid, type IndicatorTableRead } from './read-indicator-table.ts';
import type { Grid } from './grid.ts';
import { recoverGrid } from './recover-grid.ts';
import { joinStackedLines, stripCellTerminators } from './stacked-lines.ts';

/** A printed page number ("— 1 —", "- 12 -"): no table content (blanked, line count kept). */
const PAGE_NUMBER = /^[-—–]\s?\d{1,4}\s?[-—–]$/;

/** The grid the text's indicator tables are read from (also shown by the import review screen). */
export function recoverTextGrid(lines: readonly string[]): Grid {
  const withoutPageNumbers = lines.map((line) => (PAGE_NUMBER.test(line.trim()) ? '' : line));
  return recoverGrid(joinStackedLines(stripCellTerminators(withoutPageNumbers))).grid;
}

export function readTextIndicators(lines: readonly string[]): IndicatorTableRead {
  return readIndicatorGrid(recoverTextGrid(lines));
}
