/**
 * A summary table of the projects a report evaluates: a heading row with 项目名称 and columns of figures (预算,
 * 实际支出, 执行率), a score (得分) or a grade (等级, 评价结果, 成效评价), then one row per project. Amounts in 元
 * (单位：元 above the table or in a heading) are given in 万元; a 合计 row is the whole, not a project.
 */
import type { ReportProject } from '../../core/model.ts';
import {
  reportGradeWords,
  reportProjectGradeHeading,
  reportProjectNameEnding,
  reportProjectScoreHeading,
} from '../vocabulary/report-words.ts';
import { findAmountUnit, toTenThousandYuan } from './amount-unit.ts';
import { compact } from './normalize.ts';
import { figureOf, isRateHeading } from './report-funds-table.ts';
import { splitCells } from './table-rows.ts';

export type Column = 'name' | 'initial' | 'adjusted' | 'executed' | 'executionRate' | 'score' | 'grade';

/** A budget heading without its kind ("预算金额", "项目预算"): the base of the rate, as in sentences (reports-24). */
const UNQUALIFIED_BUDGET_HEADING = /^(?:项目)?预算(?:金额|资金|数额)?(?:[（(](?:万元|元)[）)])?$/;
const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;
const RATE = /^(\d{1,3}(?:\.\d+)?)[%％]?$/;
const SCORE = /^(\d{1,3}(?:\.\d{1,2})?)分?$/;
const TOTAL_ROW = /^(?:合计|总计|小计)/;
/** How far above its heading row a table states its amount unit. */
const UNIT_LINES_ABOVE = 2;

export function columnOf(heading: string): Column | null {
  const label = compact(heading);
  if (/^项目名称/.test(label)) return 'name';
  if (reportProjectScoreHeading.test(label)) return 'score';
  if (reportProjectGradeHeading.test(label)) return 'grade';
  if (isRateHeading(heading)) return 'executionRate';
  return figureOf(heading) ?? (UNQUALIFIED_BUDGET_HEADING.test(label) ? 'adjusted' : null);
}

/** A row's cell under a column, read as the model holds it; null when the cell holds no such value. */
function readCell(column: Column, cell: string, unit: ReturnType<typeof findAmountUnit>): string | null {
  const text = compact(cell).replace(/,/g, '').replace(/^[“"「]|[”"」]$/g, '');
  switch (column) {
    case 'name':
      return text;
    case 'initial':
    case 'adjusted':
    case 'executed':
      return AMOUNT.test(text) ? toTenThousandYuan(text, unit?.unit ?? '万元') : null;
    case 'executionRate':
      return RATE.exec(text)?.[1] ?? null;
    case 'score':
      return SCORE.exec(text)?.[1] ?? null;
    case 'grade':
      return reportGradeWords[text] ?? null;
  }
}

/** One project row: its name and each figure its cells state under the columns (absent cells state nothing). */
export function readProjectRow(row: {
  columns: readonly (Column | null)[];
  cells: readonly string[];
  unit: ReturnType<typeof findAmountUnit>;
  line: number;
}): ReportProject {
  const { columns, cells, unit, line } = row;
  const project: ReportProject = { name: compact(cells[columns.indexOf('name')] ?? ''), line };
  for (const [position, column] of columns.entries()) {
    if (column === null || column === 'name') continue;
    const value = readCell(column, cells[position] ?? '', unit);
    if (value === null) continue;
    if (column === 'grade') project.grade = value as ReportProject['grade'];
    else project[column] = value;
  }
  return project;
}

/** The projects of the first summary table with a 项目名称 column and two or more project rows; [] when none. */
export function readProjectsTable(lines: readonly string[]): ReportProject[] {
  for (const [index, line] of lines.entries()) {
    if (!/[\t|]/.test(line) || !compact(line).includes('项目名称')) continue;
    const columns = splitCells(line).map(columnOf);
    const nameColumn = columns.indexOf('name');
    if (nameColumn < 0 || columns.filter((column) => column !== null && column !== 'name').length === 0) continue;
    const unit = findAmountUnit(lines.slice(Math.max(0, index - UNIT_LINES_ABOVE), index + 1));
    const projects: ReportProject[] = [];
    for (const [offset, row] of lines.slice(index + 1).entries()) {
      const cells = splitCells(row);
      const name = compact(cells[nameColumn] ?? '');
      if (cells.length < 2 || TOTAL_ROW.test(name)) {
        if (TOTAL_ROW.test(name)) continue;
        break;
      }
      if (!reportProjectNameEnding.test(name)) break;
      projects.push(readProjectRow({ columns, cells, unit, line: index + offset + 2 }));
    }
    if (projects.length >= 2) return projects;
  }
  return [];
}
