/**
 * analyseDocument's one pass over the indicators: each is evaluated by the rules once, scored
 * (core/scoring/score-totals.ts) and put through the one-indicator checks
 * (core/checks/indicator-checks.ts) while its outcome is at hand. No outcome outlives its
 * row, and nothing is made per row that the result keeps: the suggested scores are kept in one
 * array per goal (formatUnits shares the texts), the scored copies of the indicators are made
 * when a goal's indicators are read (withScoredIndicators), and the findings are columns
 * (bench/analyse.bench.ts).
 */
import type { Goal, Indicator, PerformanceDocument } from './model.ts';
import { evaluateIndicator, type ScoringPolicy } from './scoring/index.ts';
import { DocumentTotals } from './scoring/document-totals.ts';
import { withScoredIndicators } from './scoring/copy-indicator.ts';
import { IndicatorChecks } from './checks/index.ts';
import { countIndicators } from './checks/indicator-checks.ts';
import type { IndicatorPlace } from './checks/indicator-finding.ts';

/**
 * The scored document (as scoreDocument gives it, its goals' indicators made when read) and the
 * one-indicator checks' findings, whose rows point into `document`'s own goals.
 */
export function scoreAndCheckIndicators(
  document: PerformanceDocument,
  policy: ScoringPolicy,
): { scored: PerformanceDocument; checks: IndicatorChecks } {
  const totals = new DocumentTotals(document, policy);
  const checks = new IndicatorChecks(policy, countIndicators(document));
  const goals = new Array<Goal>(document.goals.length);
  // One place, moved from row to row: the checks and their findings copy what they keep of it.
  const place: IndicatorPlace = { indicator: document.goals[0]?.indicators[0] as Indicator, goalIndex: 0, indicatorIndex: 0 };
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const goal = document.goals[goalIndex] as Goal;
    const source = goal.indicators;
    const suggestedScores = new Array<string | null>(source.length);
    const goalTotals = totals.forGoal(goalIndex);
    for (let indicatorIndex = 0; indicatorIndex < source.length; indicatorIndex++) {
      const indicator = source[indicatorIndex] as Indicator;
      const outcome = evaluateIndicator(indicator, policy);
      suggestedScores[indicatorIndex] = goalTotals.add(indicator, outcome);
      // The checks read the indicator as given: none of them reads a suggested score.
      place.indicator = indicator;
      place.goalIndex = goalIndex;
      place.indicatorIndex = indicatorIndex;
      checks.check(place, outcome);
    }
    goals[goalIndex] = withScoredIndicators(goal, suggestedScores);
  }
  return { scored: totals.finish(document, goals), checks };
}
