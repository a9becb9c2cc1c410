/**
 * Scores a whole document: every indicator's suggested score, the execution score, the total
 * (execution + Σ indicators, less any 偏离度 deduction, then any execution-linked cap) and both
 * grades. Where the rules cannot score an indicator the entered score stands in for it in the
 * total (docs/scoring.md), so one unreadable row does not blank the whole result.
 */
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './policy.ts';
import { evaluateIndicator } from './score-indicator.ts';
import { DocumentTotals } from './document-totals.ts';

/** A new document with suggested scores, the suggested total and grades filled in; the input is not changed. */
export function scoreDocument(document: PerformanceDocument, policy: ScoringPolicy = defaultScoringPolicy): PerformanceDocument {
  const totals = new DocumentTotals(document, policy);
  // Plain loops over preallocated arrays: this runs over a million indicators (bench/scoring.bench.ts).
  const goals = new Array<Goal>(document.goals.length);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const goal = document.goals[goalIndex] as Goal;
    const source = goal.indicators;
    const indicators = new Array<Indicator>(source.length);
    const goalTotals = totals.forGoal(goalIndex);
    for (let index = 0; index < source.length; index++) {
      const indicator = source[index] as Indicator;
      indicators[index] = goalTotals.addIndicator(indicator, evaluateIndicator(indicator, policy));
    }
    goals[goalIndex] = { ...goal, indicators };
  }
  return totals.finish(document, goals);
}
