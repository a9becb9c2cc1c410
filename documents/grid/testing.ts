/** Test helper: a grid from rows of cell texts (each row one source line, spans of 1). */
import { createTextRow, type Grid } from './grid.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { recoverGrid } from './recover-grid.ts';

export function gridOf(rows: ReadonlyArray<readonly string[]>): Grid {
  return { rows: rows.map((texts, index) => createTextRow(texts, { line: index + 1 })) };
}

/**
 * Test helper: the indicators a text of one line reads to (recoverGrid, then the indicator reader), each as
 * its 一级, 二级, name, 分值 and 得分 ('' where none): how the run-together score sheets' tests compare rows.
 */
export function levelRowsOfLine(line: string): string[][] {
  const read = readIndicatorGrid(recoverGrid([line]).grid);
  return read.goals
    .flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight ?? '', indicator.score ?? '']);
}
