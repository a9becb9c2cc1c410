import type { PerformanceDocument } from '../../core/model.ts';

/** One labelled amount of the budget block (万元), null when the document leaves it blank. */
export type BudgetPart = [label: string, amount: string | null | undefined];

/**
 * The 按收入性质分 and 按支出性质分 lines of the budget block in the official order: project tables
 * split by 本年财政拨款/上年结转资金/其他资金, department tables by the four kinds of funds.
 */
export function listBudgetParts(document: PerformanceDocument): { sources: BudgetPart[]; natures: BudgetPart[] } {
  const bySource = document.budget.bySource ?? {};
  const byNature = document.budget.byNature ?? {};
  const sources: BudgetPart[] =
    document.scope === 'project'
      ? [
          ['本年财政拨款', bySource.currentYear],
          ['上年结转资金', bySource.carriedOver],
          ['其他资金', bySource.other],
        ]
      : [
          ['一般公共预算', bySource.generalPublic],
          ['政府性基金拨款', bySource.governmentFund],
          ['纳入专户管理的非税收入拨款', bySource.specialAccount],
          ['其他资金', bySource.other],
        ];
  return {
    sources,
    natures: [
      ['基本支出', byNature.basic],
      ['项目支出', byNature.project],
    ],
  };
}
