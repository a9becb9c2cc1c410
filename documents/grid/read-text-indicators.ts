/** The indicator tables of a text dump: lines → recoverGrid → the one indicator-table reader. */
import { readIndicatorGrid, type IndicatorTableRead } from './read-indicator-table.ts';
import { recoverGrid } from './recover-grid.ts';
import { joinStackedLines, stripCellTerminators } from './stacked-lines.ts';

export function readTextIndicators(lines: readonly string[]): IndicatorTableRead {
  return readIndicatorGrid(recoverGrid(joinStackedLines(stripCellTerminators(lines))).grid);
}
