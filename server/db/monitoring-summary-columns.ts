/**
 * The documents row's monitoring summary columns from a body (core summariseMonitoring): one
 * function used by every write of a body (the documents repository), the backfill migration and
 * the province generator, so the columns always say what the body says.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { summariseMonitoring } from '../../core/monitoring/summarise.ts';
import type { DocumentMonitoringSummaryColumns } from './monitoring-schema.ts';

const empty: DocumentMonitoringSummaryColumns = {
  monitoring_budget_light: null,
  monitoring_target_light: null,
  monitoring_worst_light: null,
  monitoring_red_count: null,
  monitoring_yellow_count: null,
  monitoring_executed: null,
  monitoring_budget_base: null,
  monitoring_execution_rate: null,
  monitoring_time_progress: null,
};

/** The columns to write with `body`; all null for documents of other kinds. */
export function toMonitoringSummaryColumns(body: PerformanceDocument): DocumentMonitoringSummaryColumns {
  if (body.kind !== 'monitoring') return empty;
  const summary = summariseMonitoring(body);
  return {
    monitoring_budget_light: summary.budgetLight,
    monitoring_target_light: summary.targetLight,
    monitoring_worst_light: summary.worstLight,
    monitoring_red_count: summary.redCount,
    monitoring_yellow_count: summary.yellowCount,
    monitoring_executed: summary.executedToDate,
    monitoring_budget_base: summary.budgetBase,
    monitoring_execution_rate: summary.executionRate,
    monitoring_time_progress: summary.timeProgress,
  };
}
