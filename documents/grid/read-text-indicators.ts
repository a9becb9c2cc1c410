/** The indicator tables of a text dump: lines → recoverGrid → the one indicator-table reader. */
import { readIndicatorGrid, type IndicatorTableRead } from './read-indicator-table.ts';
import { recoverGrid, type RecoveredGrid } from './recover-grid.ts';
import { joinStackedLines, stripCellTerminators } from './stacked-lines.ts';

/** A printed page number ("— 1 —", "- 12 -"): no table content (blanked, line count kept). */
const PAGE_NUMBER = /^[-—–]\s?\d{1,4}\s?[-—–]$/;

export function readTextIndicators(lines: readonly string[]): IndicatorTableRead {
  return readIndicatorGrid(recoverTextGrid(lines).grid);
}

/** The grid of a text dump, after what web pages and PDFs add is cleaned away. */
export function recoverTextGrid(lines: readonly string[]): RecoveredGrid {
  const withoutPageNumbers = lines.map((line) => (PAGE_NUMBER.test(line.trim()) ? '' : line));
  return recoverGrid(joinStackedLines(stripCellTerminators(withoutPageNumbers)));
}
