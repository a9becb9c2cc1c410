/** Test helper: a grid from rows of cell texts (each row one source line, spans of 1). */
import { createTextRow, type Grid } from './grid.ts';

export function gridOf(rows: ReadonlyArray<readonly string[]>): Grid {
  return { rows: rows.map((texts, index) => createTextRow(texts, { line: index + 1 })) };
}
