/**
 * The 项目资金 block of a 项目支出绩效目标表: 资金总额 and its 资金来源 (本年财政拨款, 上年结转资金,
 * 其他资金), kept in budget.total and budget.bySource like the readers do for project tables.
 */
import { formatDecimal, sumDecimals, toDecimal } from './decimal.ts';
import type { Budget } from './model.ts';

export interface ProjectFundingInput {
  /** 资金总额 (万元). */
  total: string;
  currentYear: string | null;
  carriedOver: string | null;
  other: string | null;
}

/** The project's budget: the total and the sources, with their 合计 computed exactly. */
export function buildProjectBudget(input: ProjectFundingInput): Budget {
  const parts = [input.currentYear, input.carriedOver, input.other];
  const isAnyFilled = parts.some((part) => part !== null && part !== '');
  return {
    total: input.total,
    bySource: {
      currentYear: input.currentYear,
      carriedOver: input.carriedOver,
      other: input.other,
      total: isAnyFilled ? formatDecimal(sumDecimals(parts)) : null,
    },
  };
}

/**
 * Why the sources do not add up to the 资金总额 (a Chinese sentence), or null when they do or
 * none is filled in. Exact decimals, as the budget-sum-mismatch check (core/checks/budget-sums.ts).
 */
export function describeFundingMismatch(input: ProjectFundingInput): string | null {
  const parts = [input.currentYear, input.carriedOver, input.other].filter((part): part is string => toDecimal(part) !== null);
  const total = toDecimal(input.total);
  if (parts.length === 0 || total === null) return null;
  const sum = sumDecimals(parts);
  if (sum.equals(total)) return null;
  return `资金来源合计为${formatDecimal(sum)}万元，与资金总额${formatDecimal(total)}万元不一致（相差${formatDecimal(total.minus(sum).abs())}万元）`;
}
