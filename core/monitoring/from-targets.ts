/**
 * A monitoring table pre-filled from approved targets (issue 11 "each unit gets its tables
 * pre-filled from its approved targets"): header, budget and every indicator with its 年度指标值
 * carried over; 1-N月执行数, 完成值, lights and reasons start empty for the unit to fill in.
 */
import { createEmptyDocument, type PerformanceDocument } from '../model.ts';
import type { MonitoringPeriod } from './schema.ts';

/** The monitoring table a unit starts from, for the window `period`. */
export function buildMonitoringFromTargets(targets: PerformanceDocument, period: MonitoringPeriod): PerformanceDocument {
  const empty = createEmptyDocument('monitoring', targets.scope);
  const total = targets.budget.total ?? null;
  return {
    ...empty,
    unit: targets.unit,
    year: targets.year,
    project: targets.project ?? null,
    supervisor: targets.supervisor ?? null,
    budget: {
      ...(targets.budget.bySource ? { bySource: targets.budget.bySource } : {}),
      total,
      initial: total,
      adjustment: null,
      adjusted: total,
      executedToDate: null,
      forecast: null,
    },
    overallGoal: targets.overallGoal ?? null,
    overallResult: null,
    goals: targets.goals.map((goal) => ({
      name: goal.name,
      indicators: goal.indicators.map((indicator) => ({
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        target: indicator.target,
        monitoring: { actualToDate: null, forecast: null, likelihood: null, deviationCategories: [], explanation: null, correctiveAction: null },
      })),
    })),
    monitoring: { period: { ...period }, deviation: null, problems: null, nextSteps: null },
  };
}
