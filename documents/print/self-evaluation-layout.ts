/**
 * The layout of 部门整体支出绩效自评表 (sample 001): unit, the budget block (年初预算数 / 全年预算数 /
 * 全年执行数 / 分值 / 执行率 / 得分, then by source and by nature), 预期目标 vs 实际完成情况, the
 * indicator tree with 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施, and 总分.
 */
import type { Indicator, PerformanceDocument } from '../../core/model.ts';
import { buildIndicatorRows } from './indicator-rows.ts';
import { buildTextBlockRows } from './long-text.ts';
import {
  labelCell,
  numberCell,
  sumOrNull,
  textCell,
  type LayoutRow,
  type TableLayout,
} from './table-layout.ts';
import { describeTitle } from './titles.ts';
import { listBudgetParts } from './budget-parts.ts';

const columns = [9, 13, 11, 20, 14, 14, 7, 9, 24];
const money = { numberStyle: 'money' as const };

function buildBudgetRows(document: PerformanceDocument): LayoutRow[] {
  const { budget } = document;
  const { sources, natures } = listBudgetParts(document);
  const rows: LayoutRow[] = [
    {
      cells: [
        labelCell(1, '年度资金总额', { colSpan: 2 }),
        numberCell(3, budget.initial, money),
        numberCell(4, budget.adjusted ?? budget.total, money),
        numberCell(5, budget.executed, money),
        numberCell(6, budget.weight),
        numberCell(7, budget.executionRate, { numberStyle: 'percent' }),
        numberCell(8, budget.score),
      ],
    },
  ];
  if (document.scope === 'project') {
    // Project tables (DOMAIN.md): one row per source, its amount under 全年预算数.
    for (const [label, amount] of sources) {
      rows.push({ cells: [textCell(1, `其中：${label}`, { colSpan: 2 }), numberCell(4, amount, money)] });
    }
  } else {
    rows.push({
      cells: [labelCell(1, '按收入性质分：', { colSpan: 4 }), labelCell(5, '按支出性质分：', { colSpan: 4 })],
    });
    // Sample 001 writes each part as "其中：一般公共预算：7897.75" in one cell; the amount stays a number.
    sources.forEach(([label, amount], index) => {
      const nature = natures[index];
      const lead = index === 0 ? '其中：' : '';
      rows.push({
        cells: [
          numberCell(1, amount, { ...money, colSpan: 4, prefix: `${lead}${label}：` }),
          nature
            ? numberCell(5, nature[1], { ...money, colSpan: 4, prefix: `${lead}${nature[0]}：` })
            : textCell(5, '', { colSpan: 4 }),
        ],
      });
    });
  }
  rows[0]!.cells.unshift(labelCell(0, '预算申请（万元）', { rowSpan: rows.length }));
  return [
    {
      cells: [
        labelCell(0, '年度', { colSpan: 3 }),
        labelCell(3, '年初预算数'),
        labelCell(4, '全年预算数'),
        labelCell(5, '全年执行数'),
        labelCell(6, '分值'),
        labelCell(7, '执行率'),
        labelCell(8, '得分'),
      ],
    },
    ...rows,
  ];
}

/** "产出指标（50分）" when every indicator under it has a weight, as sample 001 writes it. */
function describeLevel1(level1: string, indicators: readonly Indicator[]): string {
  const weights = indicators.map((indicator) => indicator.weight);
  if (weights.some((weight) => weight === null || weight === undefined)) return level1;
  return `${level1}（${sumOrNull(weights)}分）`;
}

/** The grid of a self-evaluation table. */
export function buildSelfEvaluationLayout(document: PerformanceDocument): TableLayout {
  const rows: LayoutRow[] = [];
  if (document.scope === 'project') {
    rows.push({
      cells: [labelCell(0, '项目名称', { colSpan: 3 }), textCell(3, document.project, { colSpan: 6 })],
    });
    rows.push({
      cells: [labelCell(0, '主管部门', { colSpan: 3 }), textCell(3, document.supervisor, { colSpan: 6 })],
    });
  }
  const unitLabel = document.scope === 'project' ? '实施单位' : '预算部门名称';
  rows.push({ cells: [labelCell(0, unitLabel, { colSpan: 3 }), textCell(3, document.unit, { colSpan: 6 })] });
  rows.push(...buildBudgetRows(document));
  const goalRows = buildTextBlockRows([
    {
      column: 1,
      colSpan: 4,
      text: document.overallGoal,
      width: columns.slice(1, 5).reduce((a, b) => a + b, 0),
    },
    {
      column: 5,
      colSpan: 4,
      text: document.overallResult,
      width: columns.slice(5, 9).reduce((a, b) => a + b, 0),
    },
  ]);
  rows.push({
    cells: [
      labelCell(0, '年度总体目标', { rowSpan: goalRows.length + 1 }),
      labelCell(1, '预期目标', { colSpan: 4 }),
      labelCell(5, '实际完成情况', { colSpan: 4 }),
    ],
  });
  rows.push(...goalRows);
  // A self-evaluation of several named goals (目标一 … 目标四) writes each goal in the first column
  // over its rows, so the goals survive export and import; a single implicit goal keeps the
  // official "绩效指标" label there.
  const hasNamedGoals = document.goals.length > 1 || document.goals.some((goal) => goal.name !== '');
  const indicatorRows = buildIndicatorRows({
    goals: document.goals,
    goalColumn: hasNamedGoals ? 0 : null,
    level1Column: 1,
    describeLevel1,
    describeIndicator: (indicator, column) => [
      textCell(column, indicator.target?.text ?? ''),
      textCell(column + 1, indicator.actual?.text ?? ''),
      numberCell(column + 2, indicator.weight),
      numberCell(column + 3, indicator.score),
      textCell(column + 4, indicator.deviation ?? ''),
    ],
  });
  rows.push({
    cells: [
      labelCell(0, '绩效指标', { rowSpan: hasNamedGoals ? 1 : indicatorRows.length + 1 }),
      labelCell(1, '一级指标'),
      labelCell(2, '二级指标'),
      labelCell(3, '三级指标'),
      labelCell(4, '年度指标值'),
      labelCell(5, '实际完成值'),
      labelCell(6, '分值'),
      labelCell(7, '得分'),
      labelCell(8, '偏差原因分析及改进措施'),
    ],
  });
  rows.push(...indicatorRows);
  rows.push({
    cells: [
      labelCell(0, '总分', { colSpan: 6 }),
      numberCell(6, document.totals.weight),
      numberCell(7, document.totals.score),
      textCell(8, ''),
    ],
  });
  const year = document.year === null ? '' : `（${document.year} 年度）`;
  return {
    title: describeTitle(document),
    subtitle: `预算单位：（盖章）${year}`,
    orientation: 'landscape',
    columns,
    rows,
  };
}
