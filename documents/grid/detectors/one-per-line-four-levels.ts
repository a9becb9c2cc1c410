/**
 * A 部门整体 score sheet of four levels written one cell per line (one-per-line.ts): "一级指标 / 二级指标 / 三级指标 /
 * 四级指标 / 评分标准 / 评分依据及简要说明 / 得分", each level merged down over the rows under it, so a row writes one to
 * four level cells before its 评分标准 and no line says which. The 四级 is what every row scores (the header band
 * reads it as the name, header-band.ts nameFourthLevelColumn): a row's level cells are its last levels, placed from
 * the right, the one right before the 评分标准 the 四级 (docs/layouts.md "Reading leftovers (2026-12-07, branch readers-41)").
 */
import type { ColumnRole } from '../../vocabulary/columns.ts';
import { isNumberCell, isTableEnd, isTotalsCell } from '../cell-kinds.ts';
import { isFourthLevelHeading } from '../header-band.ts';
import { EMPTY_CELL_LINE } from '../stacked-lines.ts';
import { readHeaderRun, type Line } from './one-per-line-header.ts';

/** The column of the 四级 in a header whose name column (the 三级) has a 四级 right after it and a number column last; -1 when none. */
export function fourthLevelColumnOf(header: readonly Line[], roles: readonly ColumnRole[]): number {
  const names = roles.indexOf('name');
  const fourth = names + 1;
  if (names < 0 || !isFourthLevelHeading(header[fourth]?.text ?? '') || fourth >= roles.length - 1) return -1;
  const last = roles.at(-1);
  return last === 'score' || last === 'weight' ? fourth : -1;
}

/** Text columns a score sheet writes between its names and its 得分: the explanation and the rule, sentences each. */
const sentenceRoles: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['content', 'scoringRule']);

/**
 * The last level column of a score sheet read the same way, from the right: 一级 / 二级 / 指标名称 then only sentence
 * columns (指标解释说明, 评分标准) and the 得分 last (a Hebei 部门整体 评价指标 sheet, twenty-seventh study, whose names
 * carry their weights as its 二级 do: "职能相符(2分)" under "目标设定情况(6分)", so no word tells a name from a 二级).
 * Its rows hold no number before their 得分, so a row ends at its first number and its cells before the sentence columns
 * are its last levels. The four-level sheet's 四级 likewise; -1 when the header has neither shape.
 */
export function rightPlacedLevelColumnOf(header: readonly Line[], roles: readonly ColumnRole[]): number {
  const fourth = fourthLevelColumnOf(header, roles);
  if (fourth >= 0) return fourth;
  const names = roles.indexOf('name');
  const between = roles.slice(names + 1, -1);
  const isLevelsFirst = names === 2 && roles[0] === 'level1' && roles[1] === 'level2';
  return isLevelsFirst && roles.at(-1) === 'score' && between.length > 0 && between.every((role) => sentenceRoles.has(role)) ? names : -1;
}

/**
 * The row of a four-level sheet from `from`: its lines up to its last column's number (得分), the columns after the
 * 四级 at the right, its one to four level cells before them in the last level columns. Null when the lines have another
 * shape (no number where the last column stands, more level cells than the levels, a line that ends the table).
 */
export function readFourLevelRow(lines: readonly Line[], at: number, roles: readonly ColumnRole[], fourth: number): { texts: string[]; cellLines: number[]; end: number } | null {
  const after = roles.length - 1 - fourth;
  // (A 序号 column first: the row's number opens it, its level cells after it.)
  const serial = roles[0] === 'sequence' && isNumberCell(lines[at]?.text) ? 1 : 0;
  const from = at + serial;
  const levelCount = fourth + 1 - (roles[0] === 'sequence' ? 1 : 0);
  for (let end = from + after; end < from + after + levelCount; end += 1) {
    const last = lines[end];
    if (last === undefined) return null;
    // Every line up to the 得分 a cell of the row: no empty-cell mark, 总分 or the header again.
    const cells = lines.slice(from, end + 1);
    if (cells.some((line, place) => line.text === EMPTY_CELL_LINE || isTotalsCell(line.text) || isTableEnd(line.text) || (place > 0 && readHeaderRun(lines, from + place) !== null))) return null;
    if (!isNumberCell(last.text)) continue;
    // The columns after the 四级 before the 得分 are text (评分标准, 评分依据), no number of an earlier row's.
    const levels = cells.slice(0, cells.length - after);
    const tail = cells.slice(cells.length - after);
    if (tail.slice(0, -1).some((line) => isNumberCell(line.text)) || levels.some((line) => isNumberCell(line.text))) return null;
    const texts = Array.from({ length: roles.length }, () => '');
    const cellLines = Array.from({ length: roles.length }, () => (cells[0] as Line).line);
    if (serial === 1) {
      texts[0] = (lines[at] as Line).text;
      cellLines[0] = (lines[at] as Line).line;
    }
    levels.forEach((line, place) => {
      texts[fourth + 1 - levels.length + place] = line.text;
      cellLines[fourth + 1 - levels.length + place] = line.line;
    });
    tail.forEach((line, place) => {
      texts[fourth + 1 + place] = line.text;
      cellLines[fourth + 1 + place] = line.line;
    });
    return { texts, cellLines, end: end + 1 };
  }
  return null;
}
