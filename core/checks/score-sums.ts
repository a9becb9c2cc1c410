/**
 * score-sum-mismatch: the stated 总分 is not the execution score plus the entered indicator
 * scores (published tables exist whose rows do not add up to their 总分).
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { eachIndicator } from '../model.ts';
import { formatDecimal, sumDecimals, toDecimal } from '../decimal.ts';
import { createFinding } from './finding.ts';

/** A finding when the stated 总分 differs from the sum of the entered scores. */
export function checkScoreSums(document: PerformanceDocument): Finding[] {
  const stated = toDecimal(document.totals.score);
  if (!stated) return [];
  const entered: Array<string | null | undefined> = [];
  for (const { indicator } of eachIndicator(document))
    if (toDecimal(indicator.score)) entered.push(indicator.score);
  if (entered.length === 0) return [];
  const executionScore = toDecimal(document.budget.score);
  const sum = sumDecimals([...entered, document.budget.score]);
  if (sum.equals(stated)) return [];
  const parts = executionScore ? '预算执行率得分与各指标得分之和' : '各指标得分之和';
  return [
    createFinding({
      severity: 'error',
      code: 'score-sum-mismatch',
      path: 'totals.score',
      message: `表中总分为${formatDecimal(stated)}分，而${parts}为${formatDecimal(sum)}分，请核对总分或各项得分`,
    }),
  ];
}
