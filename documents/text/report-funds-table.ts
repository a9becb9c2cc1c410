/**
 * A funds table inside a report ("二、项目资金情况（万元）" then 资金来源 | 预算数 | 实际到位数 |
 * 实际支出数 and a 合计 row: the Jiangsu 省级财政支出项目绩效报告表 and reports that tabulate their
 * money): the 合计 row's amounts under the columns that name a budget figure (年初预算, 预算数,
 * 实际支出数 …, documents/vocabulary/labels.ts reportBudgetFigures). Fills only the figures the
 * report's sentences left empty.
 */
import type { Budget } from '../../core/model.ts';
import { reportBudgetFigures, reportFigureExclusions } from '../vocabulary/labels.ts';
import { splitCells } from './table-rows.ts';

/** Rows of a funds table that carry its total. */
const TOTAL_ROW = /^(合计|总计|小计合计|资金合计|年度资金总额)[:：]?$/;
const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;
/** How far below its header a funds table's total row may be. */
const ROWS_TO_TOTAL = 8;

type Figure = 'initial' | 'adjusted' | 'executed';

function figureOf(heading: string): Figure | null {
  const label = heading.replace(/\s+/g, '').replace(/[（(](?:万元|元)[）)]$/, '');
  if (label === '' || reportFigureExclusions.test(label)) return null;
  return reportBudgetFigures.find(({ pattern }) => pattern.test(label))?.field ?? null;
}

/** The figures of the first funds table whose header names at least two columns and which has a total row. */
export function readReportFundsTable(lines: readonly string[]): Partial<Record<Figure, string>> {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('\t') && !line.includes('|')) continue;
    const headings = splitCells(line);
    const figures = headings.map(figureOf);
    if (figures.filter((figure) => figure !== null).length < 1 || !headings.some((heading) => /到位|支出|执行|预算/.test(heading))) continue;
    if (headings.filter((heading) => /数|额|金额/.test(heading)).length < 2) continue;
    for (const below of lines.slice(index + 1, index + 1 + ROWS_TO_TOTAL)) {
      const cells = splitCells(below);
      if (!TOTAL_ROW.test((cells[0] ?? '').replace(/\s+/g, ''))) continue;
      const read: Partial<Record<Figure, string>> = {};
      for (const [column, figure] of figures.entries()) {
        const amount = (cells[column] ?? '').replace(/,/g, '');
        if (figure && AMOUNT.test(amount)) read[figure] ??= amount;
      }
      return read;
    }
  }
  return {};
}

/** Puts the funds table's figures where the report's sentences gave none. */
export function fillFromFundsTable(budget: Budget, lines: readonly string[]): void {
  for (const [figure, amount] of Object.entries(readReportFundsTable(lines)) as Array<[Figure, string]>) budget[figure] ??= amount;
}
