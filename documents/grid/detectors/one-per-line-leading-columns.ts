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
  /** The first is a 序号 column (numbers the indicator rows only: the unit's row above its projects leaves it empty). */
  hasSerial?: boolean;
}

/** What the lines at a row's start hold for the leading columns. */
export interface LeadingCells {
  /** The unit's row above its projects (only leading cells), when the lines open with one; null where its 序号 is empty. */
  heading: Array<Line | null>;
  /** The row's own leading cells, in the order of the columns (none when the project's first row is past). */
  cells: Array<Line | null>;
  /** How many lines the heading and the cells take. */
  length: number;
}

const NONE: LeadingCells = { heading: [], cells: [], length: 0 };

/** A row's 序号 ("3"). */
const SERIAL = /^\d{1,3}$/;

/**
 * Lines as a row's leading cells, in the order of the columns, or null when they could not be: text, with an amount
 * at the amount column. Under a 序号 column a row that opens without a number left its 序号 empty.
 */
function alignLeading(lines: readonly Line[], columns: LeadingColumns): Array<Line | null> | null {
  const aligned = columns.hasSerial === true && !SERIAL.test(lines[0]?.text ?? '') ? [null, ...lines] : [...lines];
  const fits = aligned.length <= columns.count && aligned.length > columns.amountColumn && isNumberCell(aligned[columns.amountColumn]?.text) && lines.every((line) => !isLevelName(line.text));
  return fits ? aligned : null;
}

/**
 * The leading cells of the row starting at `index`: the lines before its first level name, when they
 * are a project's (as many as the columns, or fewer: a trailing 年度目标 left empty), maybe after a unit's
 * row of its own; a row's 序号 alone under its merged project; none when they do not fit (a row under its
 * merged project).
 */
export function readLeadingCells(lines: readonly Line[], index: number, columns: LeadingColumns): LeadingCells {
  const most = 2 * columns.count;
  let before = 0;
  while (before <= most && lines[index + before] !== undefined && !isLevelName((lines[index + before] as Line).text)) before += 1;
  if (before === 0 || before > most || lines[index + before] === undefined) return NONE;
  const run = lines.slice(index, index + before);
  if (columns.hasSerial === true && before === 1 && SERIAL.test(run[0]?.text ?? '')) return { heading: [], cells: run, length: 1 };
  for (let headingLength = 0; headingLength <= before - 1; headingLength += 1) {
    const heading = headingLength === 0 ? [] : alignLeading(run.slice(0, headingLength), columns);
    const cells = alignLeading(run.slice(headingLength), columns);
    if (heading === null || cells === null) continue;
    return { heading, cells, length: before };
  }
  return NONE;
}
