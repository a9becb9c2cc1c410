/**
 * The layouts of 部门整体支出绩效目标表 (sample 000) and 绩效目标批复表 (sample 002): a header block
 * (unit, 年度预算申请 by source and by nature, 部门职能, 整体绩效目标), then the indicator tree
 * with the goal (目标一 / 职能1) in the first column, and 财政部门审核意见 at the foot.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { buildIndicatorRows } from './indicator-rows.ts';
import { buildTextBlockRows } from './long-text.ts';
import { labelCell, numberCell, textCell, type LayoutRow, type TableLayout } from './table-layout.ts';
import { describeTitle } from './titles.ts';
import { listBudgetParts } from './budget-parts.ts';

const columns = [13, 14, 14, 34, 30];

/** 年度预算申请: 资金总额, then 按收入性质分 | 金额 | 按支出性质分 | 金额 rows (sample 000). */
function buildBudgetRows(document: PerformanceDocument): LayoutRow[] {
  const { budget } = document;
  const money = { numberStyle: 'money' as const };
  const { sources: sourceRows, natures: natureRows } = listBudgetParts(document);
  const rows: LayoutRow[] = [
    { cells: [labelCell(1, '资金总额（万元）'), numberCell(2, budget.total, { ...money, colSpan: 3 })] },
    {
      cells: [
        labelCell(1, '按收入性质分'),
        labelCell(2, '金额（万元）'),
        labelCell(3, '按支出性质分'),
        labelCell(4, '金额（万元）'),
      ],
    },
  ];
  sourceRows.forEach(([label, amount], index) => {
    const nature = natureRows[index];
    rows.push({
      cells: [
        textCell(1, label),
        numberCell(2, amount, money),
        textCell(3, nature?.[0] ?? ''),
        nature ? numberCell(4, nature[1], money) : textCell(4, ''),
      ],
    });
  });
  rows.push({
    cells: [
      labelCell(1, '合计'),
      numberCell(2, budget.bySource?.total, money),
      labelCell(3, '合计'),
      numberCell(4, budget.byNature?.total, money),
    ],
  });
  rows[0]!.cells.unshift(labelCell(0, '年度预算申请（万元）', { rowSpan: rows.length }));
  return rows;
}

function hasBudget(document: PerformanceDocument): boolean {
  const { budget } = document;
  return Boolean(budget.total ?? budget.bySource ?? budget.byNature);
}

/** The grid of a target table or an approval table. */
export function buildTargetTableLayout(document: PerformanceDocument): TableLayout {
  const isApproval = document.kind === 'approval-table';
  const rows: LayoutRow[] = [];
  const unitLabel = isApproval ? '部门(单位)名称' : document.scope === 'project' ? '实施单位' : '部门名称';
  if (document.scope === 'project') {
    rows.push({ cells: [labelCell(0, '项目名称'), textCell(1, document.project, { colSpan: 4 })] });
    rows.push({ cells: [labelCell(0, '主管部门'), textCell(1, document.supervisor, { colSpan: 4 })] });
  }
  rows.push({ cells: [labelCell(0, unitLabel), textCell(1, document.unit, { colSpan: 4 })] });
  if (!isApproval || hasBudget(document)) rows.push(...buildBudgetRows(document));
  const textWidth = columns.slice(1).reduce((a, b) => a + b, 0);
  const pushTextBlock = (label: string, text: string | null | undefined) => {
    const block = buildTextBlockRows([{ column: 1, colSpan: 4, text, width: textWidth }]);
    block[0]!.cells.unshift(labelCell(0, label, { rowSpan: block.length }));
    rows.push(...block);
  };
  if (document.functions !== null && document.functions !== undefined) {
    pushTextBlock(isApproval ? '部门职能概述' : '部门职能职责概述', document.functions);
  }
  pushTextBlock(isApproval ? '年度整体绩效目标' : '整体绩效目标', document.overallGoal);
  rows.push({
    cells: [
      labelCell(0, isApproval ? '核心职能' : '绩效目标'),
      labelCell(1, '一级指标'),
      labelCell(2, '二级指标'),
      labelCell(3, '三级指标'),
      labelCell(4, isApproval ? '指标值' : '指标值及单位'),
    ],
  });
  rows.push(
    ...buildIndicatorRows({
      goals: document.goals,
      goalColumn: 0,
      level1Column: 1,
      describeIndicator: (indicator, column) => [textCell(column, indicator.target?.text ?? '')],
    }),
  );
  if (!isApproval) rows.push({ cells: [labelCell(0, '财政部门审核意见'), textCell(1, '', { colSpan: 4 })] });
  const title = describeTitle(document);
  return {
    title,
    subtitle: isApproval ? `（${document.year ?? ''}年度）` : '填报单位：（盖章）',
    orientation: 'portrait',
    columns,
    rows,
  };
}
