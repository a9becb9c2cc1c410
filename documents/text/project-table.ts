/**
 * Reader of 项目支出绩效目标表 text dumps in the common layout: header 项目名称 / 主管部门 / 实施单位,
 * 项目资金 (年度资金总额, 其中：财政拨款 / 上年结转资金 / 其他资金, one amount each), 年度总体目标,
 * and the indicator table, read by the one grid reader (documents/grid). Project self-evaluations
 * use the same blocks plus actual values and scores: self-evaluation.ts reads them.
 */
import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';
import { applyIndicatorTable } from '../grid/apply-indicator-table.ts';
import { readTextIndicators } from '../grid/read-text-indicators.ts';
import { applyTableHeader } from './project-header.ts';
import { readOverallGoal, readOverallGoalInLine } from './overall-goal.ts';
import { readTableRows } from './table-rows.ts';
import { fundRowsOfHeaderLine } from './run-together-funds.ts';
import { readOverallBlock, rowsOutsideBlock } from './self-evaluation-overall.ts';
import { mapFundColumns, readSelfEvaluationBudget } from './self-evaluation-budget.ts';

/** Reads a project target table; rows that cannot be placed become findings. Never throws. */
export function readProjectTargetTable(lines: readonly string[], scope: Scope = 'project'): PerformanceDocument {
  const document = createEmptyDocument('target-table', scope);
  const table = readTextIndicators(lines);
  // Header facts stand above the indicator header: an indicator named like a label ("主管部门满意度") is none.
  applyTableHeader(document, table.headerLine === undefined ? lines : lines.slice(0, table.headerLine), table.headerLine === undefined ? [] : lines.slice(table.headerLine));
  const above = readTableRows(lines.slice(0, table.headerLine === undefined ? lines.length : table.headerLine - 1));
  const overall = readOverallBlock(above, lines);
  const fundRows = rowsOutsideBlock(above, overall);
  const budget = readSelfEvaluationBudget([...fundRows, ...fundRowsOfHeaderLine(lines, table.headerLine)]);
  document.budget = budget.budget;
  document.findings.push(...budget.findings);
  // The 预期目标 / 实际完成情况 block when the table has one, else the goal beside (or under) its label.
  const headerLine = table.headerLine === undefined ? '' : (lines[table.headerLine - 1] ?? '');
  // A table on one line holds the goal on the indicator header's own line.
  document.overallGoal = overall.overallGoal ?? readOverallGoal(above)?.text.trim() ?? readOverallGoalInLine(headerLine);
  if (!table.hasTable) {
    document.findings.push({
      severity: 'error',
      code: 'unparsed-line',
      message: '没有找到绩效指标表的表头（一级指标、二级指标、三级指标、指标值），指标未能读取，请检查原文。',
      path: 'goals',
    });
    return document;
  }
  applyIndicatorTable(document, table);
  return document;
}

/**
 * True when the lines are a project table in the common layout: 项目名称, the 项目资金 block (or a
 * 年初预算数 / 全年预算数 funds header) and an indicator header. A project table laid out like the
 * department target table (年度预算申请, 按收入性质分) is read by the target-table reader.
 */
export function isProjectTable(lines: readonly string[]): boolean {
  const rows = readTableRows(lines).slice(0, 60);
  const starts = (word: string) => rows.some((row) => row.cells.some((cell) => cell.replace(/\s+/g, '').startsWith(word)));
  const hasFunds = starts('项目资金') || rows.some((row) => mapFundColumns(row.cells) !== null);
  return starts('项目名称') && hasFunds && readTextIndicators(lines).hasTable;
}
