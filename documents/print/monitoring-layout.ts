/**
 * The layout of 项目支出绩效目标执行监控表 / 部门整体支出绩效运行监控表 (the national template of
 * 财预〔2019〕136号 as provinces print it): header, the budget block by funding source (年初预算数,
 * 年度预算调整, 调整后预算数, 1-N月执行数, 执行率, 全年预计执行数), 年度总体目标 with its progress,
 * the indicators with 一级/二级 merged, 偏差原因分析 over its five categories and 完成目标可能性 over
 * its three answers (ticked √), 原因说明, 纠偏措施, and the analysis block.
 */
import type { Indicator, PerformanceDocument } from '../../core/model.ts';
import type { BudgetSourceRow } from '../../core/monitoring/schema.ts';
import { describeWindow } from '../../core/monitoring/describe-window.ts';
import { deviationCategories, likelihoods } from '../../core/monitoring/schema.ts';
import { deviationCategoryNames, likelihoodNames } from '../../core/monitoring/vocabulary.ts';
import { buildIndicatorRows } from './indicator-rows.ts';
import { buildTextBlockRows } from './long-text.ts';
import {
  labelCell,
  numberCell,
  textCell,
  type LayoutCell,
  type LayoutRow,
  type TableLayout,
} from './table-layout.ts';
import { describeTitle } from './titles.ts';

const columns = [6, 10, 12, 18, 12, 12, 12, 5, 5, 5, 5, 5, 5, 5, 5, 16, 16];
const lastColumn = columns.length - 1;
const TICK = '√';
const money = { numberStyle: 'money' as const };

function width(from: number, to: number): number {
  return columns.slice(from, to + 1).reduce((a, b) => a + b, 0);
}

/** Budget rows: the stated rows by source, or the budget's own figures as 年度资金总额. */
function listBudgetRows(document: PerformanceDocument): BudgetSourceRow[] {
  const stated = document.monitoring?.budgetRows ?? [];
  if (stated.length > 0) return stated;
  const { budget } = document;
  return [
    {
      source: 'total',
      label: '年度资金总额',
      initial: budget.initial ?? null,
      adjustment: budget.adjustment ?? null,
      adjusted: budget.adjusted ?? budget.total ?? null,
      executedToDate: budget.executedToDate ?? null,
      executionRate: budget.executionRate ?? null,
      forecast: budget.forecast ?? null,
    },
  ];
}

/** Value columns of the budget block: start column and span of each of the six figures. */
const budgetColumns: ReadonlyArray<[keyof BudgetSourceRow, string, number, number]> = [
  ['initial', '年初预算数', 3, 1],
  ['adjustment', '年度预算调整', 4, 1],
  ['adjusted', '调整后预算数', 5, 1],
  ['executedToDate', '执行数', 6, 3],
  ['executionRate', '执行率', 9, 3],
  ['forecast', '全年预计执行数', 12, 5],
];

function buildBudgetRows(document: PerformanceDocument, window: string): LayoutRow[] {
  const rows: LayoutRow[] = listBudgetRows(document).map((row, index) => ({
    cells: [
      textCell(1, row.source === 'total' || index === 0 ? row.label : `其中：${row.label}`, { colSpan: 2 }),
      ...budgetColumns.map(([key, , column, span]) =>
        numberCell(column, row[key] as string | null | undefined, {
          ...(key === 'executionRate' ? { numberStyle: 'percent' as const } : money),
          colSpan: span,
        }),
      ),
    ],
  }));
  const header: LayoutRow = {
    cells: [
      labelCell(0, '项目资金（万元）', { rowSpan: rows.length + 1 }),
      labelCell(1, '资金来源', { colSpan: 2 }),
      ...budgetColumns.map(([key, label, column, span]) =>
        labelCell(column, key === 'executedToDate' || key === 'executionRate' ? `${window}${label}` : label, {
          colSpan: span,
        }),
      ),
    ],
  };
  return [header, ...rows];
}

function describeIndicator(indicator: Indicator, column: number): LayoutCell[] {
  const monitoring = indicator.monitoring;
  const ticked = new Set<string>(monitoring?.deviationCategories ?? []);
  return [
    textCell(column, indicator.target?.text ?? ''),
    textCell(column + 1, monitoring?.actualToDate?.text ?? ''),
    textCell(column + 2, monitoring?.forecast?.text ?? ''),
    ...deviationCategories.map((category, index) =>
      textCell(column + 3 + index, ticked.has(category) ? TICK : '', { align: 'center' }),
    ),
    ...likelihoods.map((likelihood, index) =>
      textCell(column + 8 + index, monitoring?.likelihood === likelihood ? TICK : '', { align: 'center' }),
    ),
    textCell(column + 11, monitoring?.explanation ?? ''),
    textCell(column + 12, monitoring?.correctiveAction ?? ''),
  ];
}

function buildIndicatorHeader(window: string, rowCount: number): LayoutRow[] {
  return [
    {
      cells: [
        labelCell(0, '绩效指标', { rowSpan: rowCount + 2 }),
        labelCell(1, '一级指标', { rowSpan: 2 }),
        labelCell(2, '二级指标', { rowSpan: 2 }),
        labelCell(3, '三级指标', { rowSpan: 2 }),
        labelCell(4, '年度指标值', { rowSpan: 2 }),
        labelCell(5, `${window}实际完成值`, { rowSpan: 2 }),
        labelCell(6, '全年预计完成值', { rowSpan: 2 }),
        labelCell(7, '偏差原因分析', { colSpan: 5 }),
        labelCell(12, '完成目标可能性', { colSpan: 3 }),
        labelCell(15, '原因说明', { rowSpan: 2 }),
        labelCell(16, '纠偏措施', { rowSpan: 2 }),
      ],
    },
    {
      cells: [
        ...deviationCategories.map((category, index) =>
          labelCell(7 + index, deviationCategoryNames[category]),
        ),
        ...likelihoods.map((likelihood, index) => labelCell(12 + index, likelihoodNames[likelihood])),
      ],
    },
  ];
}

function buildWideTextRow(label: string, text: string | null | undefined): LayoutRow[] {
  const block = buildTextBlockRows([
    { column: 3, colSpan: lastColumn - 2, text, width: width(3, lastColumn) },
  ]);
  block[0]!.cells.unshift(
    labelCell(0, label, { colSpan: 3, ...(block.length > 1 ? { rowSpan: block.length } : {}) }),
  );
  return block;
}

/** The grid of a monitoring table. */
export function buildMonitoringLayout(document: PerformanceDocument): TableLayout {
  const window = describeWindow(document.monitoring?.period);
  const rows: LayoutRow[] = [];
  if (document.scope === 'project') {
    rows.push({
      cells: [
        labelCell(0, '项目名称', { colSpan: 3 }),
        textCell(3, document.project, { colSpan: lastColumn - 2 }),
      ],
    });
  }
  rows.push({
    cells: [
      labelCell(0, '主管部门', { colSpan: 3 }),
      textCell(3, document.supervisor, { colSpan: 6 }),
      labelCell(9, document.scope === 'project' ? '实施单位' : '单位名称', { colSpan: 3 }),
      textCell(12, document.unit, { colSpan: 5 }),
    ],
  });
  rows.push(...buildBudgetRows(document, window));
  const goalRows = buildTextBlockRows([
    { column: 1, colSpan: 8, text: document.overallGoal, width: width(1, 8) },
    { column: 9, colSpan: 8, text: document.overallResult, width: width(9, 16) },
  ]);
  rows.push({
    cells: [
      labelCell(0, '年度总体目标', { rowSpan: goalRows.length + 1 }),
      labelCell(1, '年初设定目标', { colSpan: 8 }),
      labelCell(9, `${window}执行情况`, { colSpan: 8 }),
    ],
  });
  rows.push(...goalRows);
  const indicatorRows = buildIndicatorRows({
    goals: document.goals,
    goalColumn: null,
    level1Column: 1,
    describeIndicator,
  });
  rows.push(...buildIndicatorHeader(window, indicatorRows.length), ...indicatorRows);
  const monitoring = document.monitoring;
  rows.push(...buildWideTextRow('偏差情况', monitoring?.deviation));
  rows.push(...buildWideTextRow('存在的问题', monitoring?.problems));
  rows.push(...buildWideTextRow('下一步措施', monitoring?.nextSteps));
  const year = document.year === null ? '' : `（${document.year} 年度）`;
  return {
    title: describeTitle(document),
    subtitle: `填报单位：（盖章）${year}　监控期间：${window}　金额单位：万元`,
    orientation: 'landscape',
    columns,
    rows,
  };
}
