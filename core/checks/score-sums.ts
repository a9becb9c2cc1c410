/**
 * score-sum-mismatch: the stated 总分 is not the execution score plus the entered indicator
 * scores (published tables exist whose rows do not add up to their 总分).
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { Dec, formatDecimal, toDecimal } from '../decimal.ts';
import { createFinding } from './finding.ts';
import { DecimalTextSum } from '../decimal-text-sum.ts';

/** Σ entered scores, or null when no indicator has one (exact, no Decimal per row: core/decimal-text-sum.ts). */
function sumEnteredScores(document: PerformanceDocument): Dec | null {
  const sum = new DecimalTextSum();
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const score = (indicators[indicatorIndex] as Indicator).score;
      if (score !== null && score !== undefined) sum.add(score);
    }
  }
  return sum.hasValue ? sum.total() : null;
}

/** A finding when the stated 总分 differs from the sum of the entered scores. */
export function checkScoreSums(document: PerformanceDocument): Finding[] {
  const stated = toDecimal(document.totals.score);
  if (!stated) return [];
  const entered = sumEnteredScores(document);
  if (entered === null) return [];
  const executionScore = toDecimal(document.budget.score);
  const sum = executionScore ? entered.plus(executionScore) : entered;
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
