/**
 * The figures the finance summary reads from a document's body (执行率, the stated 总分 and 等级,
 * findings by severity), kept as columns on its documents row (migration 20261205130000) so the
 * province-wide summary reads no bodies (bench/province.bench.ts: 23,000 bodies parsed per request
 * before). Written with every write of a body: documents.repository insert and update, the
 * province generator's bulk insert, and the migration's backfill; all call documentFigures.
 */
import { roundDecimal, toDecimal } from '../../core/decimal.ts';
import type { Budget, PerformanceDocument } from '../../core/model.ts';
import type { DocumentsTable } from './schema.ts';

export type DocumentFiguresColumns = Pick<
  DocumentsTable,
  'execution_rate' | 'stated_score' | 'stated_grade' | 'error_count' | 'warning_count' | 'info_count'
>;

/** 执行率 as stated, else 全年执行数 / 全年预算数 (财预〔2020〕10号), in percent with two decimals. */
export function readExecutionRate(budget: Budget): string | null {
  if (budget.executionRate) return budget.executionRate;
  const executed = toDecimal(budget.executed);
  const adjusted = toDecimal(budget.adjusted ?? budget.total);
  if (!executed || !adjusted || adjusted.isZero()) return null;
  return roundDecimal(executed.div(adjusted).times(100));
}

export function documentFigures(body: PerformanceDocument): DocumentFiguresColumns {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of body.findings) if (finding.severity in counts) counts[finding.severity]++;
  return {
    execution_rate: readExecutionRate(body.budget),
    stated_score: body.totals.score ?? null,
    stated_grade: body.totals.grade ?? null,
    error_count: counts.error,
    warning_count: counts.warning,
    info_count: counts.info,
  };
}
