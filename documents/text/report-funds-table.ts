/**
 * A funds table inside a report ("二、项目资金情况（万元）" then 资金来源 | 预算数 | 实际到位数 |
 * 实际支出数 and a 合计 row: the Jiangsu 省级财政支出项目绩效报告表 and reports that tabulate their
 * money): the 合计 row's amounts under the columns that name a budget figure (年初预算, 预算数,
 * 实际支出数 …, documents/vocabulary/labels.ts reportBudgetFigures). A table of figure headings only
 * (年初预算数 | 全年预算数 | 全年执行数 | 执行率) has one row of values and no 合计: that row is the total.
 * Amounts in 元 (the table's "单位：元" above it or in a heading) are given in 万元. Fills only the
 * figures the report's sentences left empty.
 */
import type { Budget } from '../../core/model.ts';
import { reportBudgetFigures, reportFigureExclusions, statedExecutionRate } from '../vocabulary/labels.ts';
import { findAmountUnit, toTenThousandYuan } from './amount-unit.ts';
import { splitCells } from './table-rows.ts';

/** Rows of a funds table that carry its total. */
const TOTAL_ROW = /^(合计|总计|小计合计|资金合计|年度资金总额)[:：]?$/;
const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;
const PERCENT = /^(\d+(?:\.\d+)?)[%％]$/;
/** How far below its header a funds table's total row may be. */
const ROWS_TO_TOTAL = 8;
/** How far above its header a table states its amount unit ("（单位：元）"). */
const UNIT_LINES_ABOVE = 2;

type Figure = 'initial' | 'adjusted' | 'executed';
type Column = Figure | 'executionRate';
export type FundsTableFigures = Partial<Record<Column, string>>;

function headingLabel(heading: string): string {
  return heading.replace(/\s+/g, '').replace(/[（(](?:万元|元)[）)]$/, '');
}

/** The budget figure a table heading names (年初预算数, 全年预算数, 实际支出数 …), or null. */
export function figureOf(heading: string): Figure | null {
  const label = headingLabel(heading);
  if (label === '' || reportFigureExclusions.test(label)) return null;
  return reportBudgetFigures.find(({ pattern }) => pattern.test(label))?.field ?? null;
}

/** A heading that is the 执行率 column ("执行率", "预算执行率（%）"). */
export function isRateHeading(heading: string): boolean {
  return statedExecutionRate.test(`${headingLabel(heading).replace(/[（(]%[）)]$/, '')}1%`);
}

/** The row right below a header of figure headings only, when every cell is an amount or a percentage. */
function findValuesRow(lines: readonly string[], index: number, width: number): string[] | null {
  const below = lines.slice(index + 1).find((line) => line.trim() !== '');
  if (below === undefined) return null;
  const cells = splitCells(below);
  const isValue = (cell: string): boolean => AMOUNT.test(cell.replace(/,/g, '')) || PERCENT.test(cell);
  return cells.length === width && cells.every(isValue) ? cells : null;
}

/** The row holding the table's total: its 合计 row, else the only row of values below figure headings. */
function findTotalRow(lines: readonly string[], index: number, columns: ReadonlyArray<Column | null>): string[] | null {
  for (const below of lines.slice(index + 1, index + 1 + ROWS_TO_TOTAL)) {
    const cells = splitCells(below);
    if (TOTAL_ROW.test((cells[0] ?? '').replace(/\s+/g, ''))) return cells;
  }
  return columns.every((column) => column !== null) ? findValuesRow(lines, index, columns.length) : null;
}

/** The figures of the first funds table whose header names at least two amount columns and which has a total. */
export function readReportFundsTable(lines: readonly string[]): FundsTableFigures {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('\t') && !line.includes('|')) continue;
    const headings = splitCells(line);
    const figures = headings.map(figureOf);
    // Headings as words: a PDF spreads short header cells ("年 初 预 算 数").
    const labels = headings.map(headingLabel);
    if (figures.filter((figure) => figure !== null).length < 1 || !labels.some((label) => /到位|支出|执行|预算/.test(label))) continue;
    if (labels.filter((label) => /数|额|金额/.test(label)).length < 2) continue;
    const columns = headings.map((heading, column): Column | null => figures[column] ?? (isRateHeading(heading) ? 'executionRate' : null));
    const cells = findTotalRow(lines, index, columns);
    if (cells === null) continue;
    const unit = findAmountUnit(lines.slice(Math.max(0, index - UNIT_LINES_ABOVE), index + 1))?.unit ?? '万元';
    const read: FundsTableFigures = {};
    for (const [column, kind] of columns.entries()) {
      const cell = (cells[column] ?? '').replace(/,/g, '');
      if (kind === 'executionRate') {
        const rate = PERCENT.exec(cell)?.[1];
        if (rate !== undefined) read.executionRate ??= rate;
      } else if (kind && AMOUNT.test(cell)) read[kind] ??= toTenThousandYuan(cell, unit);
    }
    return read;
  }
  return {};
}

/**
 * Puts the funds table's figures where the report's sentences gave none; returns the table's 执行率,
 * which the caller puts in only after the rate the sentences state.
 */
export function fillFromFundsTable(budget: Budget, lines: readonly string[]): string | null {
  const { executionRate = null, ...figures } = readReportFundsTable(lines);
  for (const [figure, amount] of Object.entries(figures) as Array<[Figure, string]>) budget[figure] ??= amount;
  return executionRate;
}
