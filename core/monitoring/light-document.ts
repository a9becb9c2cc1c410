/**
 * Lights of a whole monitoring table: the budget light, each indicator's light (with the region's
 * progress-gap warning when the policy has one), the table's target light (the worst indicator
 * light) and the 序时进度 used. Returns a new document; the input is untouched.
 */
import { Dec, roundDecimal, toDecimal } from '../decimal.ts';
import type { Indicator, PerformanceDocument } from '../model.ts';
import { lightBudget, pickBudgetBase } from './budget-light.ts';
import { lightIndicator } from './indicator-light.ts';
import { defaultLightPolicy, worseLight, type MonitoringLightPolicy } from './light-policy.ts';
import type { Light } from './schema.ts';
import { completedMonths, computeTimeProgress } from './time-progress.ts';

/** 执行率 (percent, exact) of 1-N月执行数 on the policy's base; null when not computable. */
function executionPercent(document: PerformanceDocument, policy: MonitoringLightPolicy): Dec | null {
  const executed = toDecimal(document.budget.executedToDate);
  const base = toDecimal(pickBudgetBase(document.budget, policy));
  if (!executed || !base || base.lessThanOrEqualTo(0)) return null;
  return executed.times(100).dividedBy(base);
}

/** Whether an indicator's progress (完成值 / 年度指标值) is further from 执行率 than the policy allows. */
function hasProgressGap(indicator: Indicator, execution: Dec, points: Dec): boolean {
  const target = toDecimal(indicator.target?.value);
  const actual = toDecimal(indicator.monitoring?.actualToDate?.value);
  if (!target || !actual || target.lessThanOrEqualTo(0) || indicator.target?.direction !== 'higher-better') return false;
  return actual.times(100).dividedBy(target).minus(execution).abs().greaterThan(points);
}

/** The document with every light set by the policy (the default: the national platform's). */
export function lightDocument(
  document: PerformanceDocument,
  policy: MonitoringLightPolicy = defaultLightPolicy,
): PerformanceDocument {
  const monitoring = document.monitoring ?? { period: {} };
  const period = monitoring.period;
  const progress = computeTimeProgress({ period, mode: policy.timeProgress, year: document.year });
  const budgetLight = lightBudget({ budget: document.budget, progress, completedMonths: completedMonths(period), policy });
  const execution = policy.progressGap ? executionPercent(document, policy) : null;
  const gapPoints = policy.progressGap ? new Dec(policy.progressGap.points) : null;
  const goals = document.goals.map((goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator) => {
      let light = lightIndicator({ indicator, progress, policy });
      if (light !== null && policy.progressGap && execution && gapPoints && hasProgressGap(indicator, execution, gapPoints)) {
        light = worseLight(policy, light, policy.progressGap.light);
      }
      return { ...indicator, monitoring: { ...indicator.monitoring, light } };
    }),
  }));
  let targetLight: Light | null = null;
  for (const goal of goals) {
    for (const indicator of goal.indicators) targetLight = worseLight(policy, targetLight, indicator.monitoring.light);
  }
  const timeProgress =
    progress === null ? null : roundDecimal(new Dec(progress.numerator).times(100).dividedBy(progress.denominator), 2);
  return { ...document, goals, monitoring: { ...monitoring, budgetLight, targetLight, timeProgress } };
}
