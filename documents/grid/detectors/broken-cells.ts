/**
 * Tab-separated tables whose cells broke over lines, as PDF extraction writes narrow columns: a
 * header "一级指\t二级指\t三级指标\t年度指" with its rest on the next line "标\t标\t\t标值", a name
 * "二代身份 证办结" whose last character stands alone under it ("\t\t数"). A line whose cells are
 * all such pieces (short text: no value, number, level name, goal, column word, total or table
 * end) is joined column by column into the row above. Competes with the plain tab reading; where
 * a line of pieces is a row of its own, that reading scores better.
 */
import { matchColumnRole } from '../../vocabulary/columns.ts';
import { isNumberCell, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import { isRuleLine } from './separated.ts';
import type { LayoutDetector } from './types.ts';

/** Pieces of a broken cell are the few characters that did not fit the column. */
const MAX_PIECE_LENGTH = 8;

function isPiece(text: string): boolean {
  const written = text.trim();
  return (
    written.length <= MAX_PIECE_LENGTH &&
    !looksLikeValue(written) &&
    !isNumberCell(written) &&
    matchLevel1(written) === null &&
    matchLevel2(written) === null &&
    matchGoalName(written) === null &&
    matchColumnRole(written) === null &&
    !isTotalsCell(written) &&
    !isTableEnd(written)
  );
}

function readBrokenCells(lines: readonly string[]): GridRow[] {
  if (!lines.some((line) => line.includes('\t'))) return [];
  const rows: Array<{ texts: string[]; lines: number[]; line: number }> = [];
  let joined = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '' || isRuleLine(line)) return;
    const texts = line.includes('\t') ? line.split('\t') : [line];
    const filled = texts.filter((text) => text.trim() !== '');
    const above = rows.at(-1);
    const isAboveTable = above !== undefined && above.texts.filter((text) => text.trim() !== '').length >= 2;
    if (line.includes('\t') && isAboveTable && above.line === index && filled.every(isPiece)) {
      texts.forEach((text, column) => {
        if (text.trim() === '') return;
        above.texts[column] = `${above.texts[column] ?? ''}${text.trim()}`;
        above.lines[column] ??= index + 1;
      });
      above.line = index + 1;
      joined += 1;
      return;
    }
    rows.push({ texts, lines: texts.map(() => index + 1), line: index + 1 });
  });
  return joined === 0 ? [] : rows.map((row) => createTextRow(row.texts.map((text) => text ?? ''), { line: row.lines[0] ?? row.line }, row.lines));
}

export const brokenCellsDetector: LayoutDetector = { name: 'broken-cells', readRows: readBrokenCells };
