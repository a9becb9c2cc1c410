/**
 * The columns left of the levels in a published 项目支出绩效目标表 that lists projects down its side
 * ("单位名称（项目名称） | 预算金额 | 年度目标 | 一级指标 | …", 部门预算公开), one cell per line: merged down over a
 * project's rows, they are written on its first row only, and the unit's own row above its projects
 * ("松阳县图书馆 / 58.00") writes them alone. Which lines are theirs is told by where the row's 一级 stands
 * and by the amount column: a project's cells hold an amount where the 预算金额 heading stands.
 */
import { isNumberCell } from '../cell-kinds.ts';
import { isLevelName } from '../levels.ts';
import type { Line } from './one-per-line-header.ts';

/** The leading columns of a header: how many stand before the levels, and where the amount is among them. */
export interface LeadingColumns {
  count: number;
  amountColumn: number;
}

/** What the lines at a row's start hold for the leading columns. */
export interface LeadingCells {
  /** The unit's row above its projects (only leading cells), when the lines open with one. */
  heading: Line[];
  /** The row's own leading cells, in the order of the columns (none when the project's first row is past). */
  cells: Line[];
}

const NONE: LeadingCells = { heading: [], cells: [] };

/** Lines that could be a row's leading cells: text, with an amount at the amount column. */
function fitsLeading(lines: readonly Line[], columns: LeadingColumns): boolean {
  return lines.length > columns.amountColumn && isNumberCell(lines[columns.amountColumn]?.text) && lines.every((line) => !isLevelName(line.text));
}

/**
 * The leading cells of the row starting at `index`: the lines before its first level name, when they
 * are a project's (as many as the columns, or fewer: a trailing 年度目标 left empty), maybe after a unit's
 * row of its own; none when they do not fit (a row under its merged project).
 */
export function readLeadingCells(lines: readonly Line[], index: number, columns: LeadingColumns): LeadingCells {
  const most = 2 * columns.count;
  let before = 0;
  while (before <= most && lines[index + before] !== undefined && !isLevelName((lines[index + before] as Line).text)) before += 1;
  if (before === 0 || before > most || lines[index + before] === undefined) return NONE;
  const run = lines.slice(index, index + before);
  for (let headingLength = 0; headingLength <= before - 1; headingLength += 1) {
    const heading = run.slice(0, headingLength);
    const cells = run.slice(headingLength);
    if (cells.length > columns.count || !fitsLeading(cells, columns)) continue;
    if (heading.length > 0 && (heading.length > columns.count || !fitsLeading(heading, columns))) continue;
    return { heading, cells };
  }
  return NONE;
}
