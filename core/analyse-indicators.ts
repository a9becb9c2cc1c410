/**
 * analyseDocument's one pass over the indicators: each is evaluated by the rules once, scored
 * (core/scoring/score-totals.ts) and put through the one-indicator checks
 * (core/checks/indicator-checks.ts) while its outcome is at hand. No outcome outlives its
 * row, so a million of them die young instead of being copied by every scavenge (bench/analyse.bench.ts).
 */
import type { Goal, Indicator, PerformanceDocument } from './model.ts';
import { evaluateIndicator, ScoreTotals, type ScoringPolicy } from './scoring/index.ts';
import { IndicatorChecks } from './checks/index.ts';

/** The scored document (as scoreDocument gives it) and the one-indicator checks' findings on it. */
export function scoreAndCheckIndicators(
  document: PerformanceDocument,
  policy: ScoringPolicy,
): { scored: PerformanceDocument; checks: IndicatorChecks } {
  const totals = new ScoreTotals(policy);
  const checks = new IndicatorChecks(policy);
  const goals = new Array<Goal>(document.goals.length);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const goal = document.goals[goalIndex] as Goal;
    const source = goal.indicators;
    const indicators = new Array<Indicator>(source.length);
    for (let indicatorIndex = 0; indicatorIndex < source.length; indicatorIndex++) {
      const indicator = source[indicatorIndex] as Indicator;
      const outcome = evaluateIndicator(indicator, policy);
      const scored = totals.addIndicator(indicator, outcome);
      indicators[indicatorIndex] = scored;
      // The checks read the scored copy: their findings point into the result.
      checks.check({ indicator: scored, goalIndex, indicatorIndex }, outcome);
    }
    goals[goalIndex] = { ...goal, indicators };
  }
  return { scored: totals.finish(document, goals), checks };
}
