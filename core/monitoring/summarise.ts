/**
 * A monitoring table's summary (issue 11, the overview at 10,000 units): the lights it carries,
 * how many indicator lights are red or yellow, 1-N月执行数 over its base, 执行率 and 序时进度.
 * Read from the lights the table already holds (set by its rule pack's light policy when it was
 * analysed), so storing the summary beside the body never disagrees with what the editor shows.
 */
import { roundDecimal, toDecimal } from '../decimal.ts';
import type { PerformanceDocument } from '../model.ts';
import { pickBudgetBase } from './budget-light.ts';
import { defaultLightPolicy, worseLight, type MonitoringLightPolicy } from './light-policy.ts';
import type { Light } from './schema.ts';

export interface MonitoringSummary {
  budgetLight: Light | null;
  /** The worst indicator light. */
  targetLight: Light | null;
  /** The worse of the budget and the target light. */
  worstLight: Light | null;
  /** Indicator lights that are red / yellow. */
  redCount: number;
  yellowCount: number;
  /** 1-N月执行数 and the base of 执行率 (万元, exact text); null when missing or the base is not positive. */
  executedToDate: string | null;
  budgetBase: string | null;
  /** 执行数 / 基数, percent with 2 decimals. */
  executionRate: string | null;
  /** 序时进度 used for the lights, percent. */
  timeProgress: string | null;
}

/** The summary of a monitoring table; the base of 执行率 follows the policy (default: 调整后预算数). */
export function summariseMonitoring(document: PerformanceDocument, policy: MonitoringLightPolicy = defaultLightPolicy): MonitoringSummary {
  const budgetLight = document.monitoring?.budgetLight ?? null;
  const targetLight = document.monitoring?.targetLight ?? null;
  let redCount = 0;
  let yellowCount = 0;
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      const light = indicator.monitoring?.light;
      if (light === 'red') redCount++;
      else if (light === 'yellow') yellowCount++;
    }
  }
  const executed = toDecimal(document.budget.executedToDate);
  const base = toDecimal(pickBudgetBase(document.budget, policy));
  const hasFigures = executed !== null && base !== null && base.greaterThan(0);
  return {
    budgetLight,
    targetLight,
    worstLight: worseLight(policy, budgetLight, targetLight),
    redCount,
    yellowCount,
    executedToDate: hasFigures ? executed.toFixed() : null,
    budgetBase: hasFigures ? base.toFixed() : null,
    executionRate: hasFigures ? roundDecimal(executed.div(base).times(100)) : null,
    timeProgress: document.monitoring?.timeProgress ?? null,
  };
}
