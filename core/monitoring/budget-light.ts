/**
 * The budget execution light (预算执行监控): 执行率 = 1-N月执行数 / 调整后预算数 (or 年初预算数
 * by policy), judged against time progress (default) or against the region's milestones.
 */
import type { Budget } from '../model.ts';
import { toScaled } from '../scoring/scaled.ts';
import type { MonitoringLightPolicy } from './light-policy.ts';
import { pickBand } from './pick-band.ts';
import { compareProducts, whole } from './ratio.ts';
import type { Light } from './schema.ts';
import type { Fraction } from './time-progress.ts';

/** The base 执行率 is computed on, by policy (调整后预算数 falls back to 年初预算数 and 资金总额). */
export function pickBudgetBase(budget: Budget, policy: MonitoringLightPolicy): string | null | undefined {
  return policy.budgetBase === 'initial'
    ? (budget.initial ?? budget.adjusted ?? budget.total)
    : (budget.adjusted ?? budget.total ?? budget.initial);
}

/**
 * The budget light of a monitoring table; null when 执行数, the base or the window is missing,
 * or the base is not positive.
 */
export function lightBudget(input: {
  budget: Budget;
  progress: Fraction | null;
  completedMonths: number | null;
  policy: MonitoringLightPolicy;
}): Light | null {
  const { budget, progress, policy } = input;
  const executed = toScaled(budget.executedToDate);
  const base = toScaled(pickBudgetBase(budget, policy));
  if (!executed || !base || base.units <= 0 || executed.units < 0) return null;
  const rule = policy.budget;
  if (rule.mode === 'time-ratio') {
    if (!progress || progress.numerator <= 0) return null;
    // v = (executed / base) ÷ (n / d) = executed·d / (base·n)
    return pickBand({
      bands: rule.bands,
      numerator: [executed, whole(progress.denominator)],
      denominator: [base, whole(progress.numerator)],
    });
  }
  if (input.completedMonths === null) return null;
  let milestone = null;
  for (const candidate of rule.milestones)
    if (candidate.throughMonth <= input.completedMonths) milestone = candidate;
  if (!milestone) return rule.otherwise;
  const minRate = toScaled(milestone.minRate) ?? whole(0);
  // 执行率 < minRate ⇔ executed·100 < minRate·base
  return compareProducts([executed, whole(100)], [minRate, base]) < 0 ? rule.below : rule.otherwise;
}
