/**
 * Scores a whole document: every indicator's suggested score, the execution score, the total
 * (execution + Σ indicators, less any 偏离度 deduction, then any execution-linked cap) and both
 * grades. Where the rules cannot score an indicator the entered score stands in for it in the
 * total (docs/scoring.md), so one unreadable row does not blank the whole result.
 */
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import { copyWithSuggestedScore } from './copy-indicator.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './policy.ts';
import { formatUnits, toUnits } from './scaled.ts';
import { evaluateIndicator } from './score-indicator.ts';
import type { RuleOutcome } from './outcome.ts';
import { evaluateExecution } from './execution-rate.ts';
import { isDeviationDegreeExceeded } from './deviation-degree.ts';
import { capTotal } from './total-cap.ts';
import { gradeOf } from './grade.ts';
import { isFrameworkLevel, level1KeyOf } from '../levels/index.ts';

/**
 * The rules' outcome for every indicator, by goal and row: analyseDocument evaluates each indicator
 * once and hands the outcomes to scoreDocument and the checks (a million rows, bench/analyse.bench.ts).
 */
export function evaluateIndicators(document: PerformanceDocument, policy: ScoringPolicy): RuleOutcome[][] {
  const outcomes = new Array<RuleOutcome[]>(document.goals.length);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const source = (document.goals[goalIndex] as Goal).indicators;
    const row = new Array<RuleOutcome>(source.length);
    for (let index = 0; index < source.length; index++) row[index] = evaluateIndicator(source[index] as Indicator, policy);
    outcomes[goalIndex] = row;
  }
  return outcomes;
}

function hasFrameworkLevel(document: PerformanceDocument): boolean {
  return document.goals.some((goal) => goal.indicators.some((indicator) => isFrameworkLevel(level1KeyOf(indicator.level1))));
}

/**
 * A new document with suggested scores, the suggested total and grades filled in; the input is not changed.
 * `outcomes`: evaluateIndicators(document, policy), when the caller already has them.
 */
export function scoreDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
  outcomes?: ReadonlyArray<ReadonlyArray<RuleOutcome>>,
): PerformanceDocument {
  const places = policy.roundingPlaces;
  const degree = policy.deviationDegree;
  const deduction =
    degree.mode === 'deduct'
      ? { threshold: degree.threshold, units: toUnits(degree.points, places) ?? 0 }
      : null;
  let suggestedUnits = 0;
  let enteredUnits = 0;
  let hasRuleScore = false;
  let hasEnteredPart = false;
  let deductedUnits = 0;

  // Plain loops over preallocated arrays: this runs over a million indicators (bench/scoring.bench.ts).
  const goals = new Array<Goal>(document.goals.length);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const goal = document.goals[goalIndex] as Goal;
    const source = goal.indicators;
    const known = outcomes?.[goalIndex];
    const indicators = new Array<Indicator>(source.length);
    for (let index = 0; index < source.length; index++) {
      const indicator = source[index] as Indicator;
      const outcome = known?.[index] ?? evaluateIndicator(indicator, policy);
      const entered = toUnits(indicator.score, places);
      if (entered !== null) {
        enteredUnits += entered;
        hasEnteredPart = true;
      }
      if (outcome.units !== null) hasRuleScore = true;
      suggestedUnits += outcome.units ?? entered ?? 0;
      if (deduction && isDeviationDegreeExceeded({ indicator, threshold: deduction.threshold })) {
        deductedUnits += deduction.units;
      }
      indicators[index] = copyWithSuggestedScore(
        indicator,
        outcome.units === null ? null : formatUnits(outcome.units, places),
      );
    }
    goals[goalIndex] = { ...goal, indicators };
  }

  // A scoring framework (决策/过程, 投入, 规划/执行) scores 预算执行率 among its indicators: the
  // budget earns a score of its own only where the table gives it a 分值.
  const isFrameworkWithoutBudgetWeight = document.budget.weight == null && hasFrameworkLevel(document);
  const evaluated = evaluateExecution(document.budget, policy);
  const execution = isFrameworkWithoutBudgetWeight ? { ...evaluated, scoreUnits: null } : evaluated;
  if (execution.scoreUnits !== null) {
    suggestedUnits += execution.scoreUnits;
    hasRuleScore = true;
  }
  const enteredExecution = toUnits(document.budget.score, places);
  if (enteredExecution !== null) {
    enteredUnits += enteredExecution;
    hasEnteredPart = true;
  }

  let totalText: string | null = null;
  // Entered scores stand in for unscorable rows, but a total needs at least one score by the rules.
  if (hasRuleScore) {
    const afterDeduction = Math.max(0, suggestedUnits - deductedUnits);
    const capped = capTotal({ totalUnits: afterDeduction, rateUnits: execution.rateUnits, policy });
    totalText = formatUnits(capped.units, places);
  }
  const enteredTotal = document.totals.score ?? (hasEnteredPart ? formatUnits(enteredUnits, places) : null);

  return {
    ...document,
    budget: {
      ...document.budget,
      suggestedScore: execution.scoreUnits === null ? null : formatUnits(execution.scoreUnits, places),
    },
    goals,
    totals: {
      ...document.totals,
      suggestedScore: totalText,
      suggestedGrade: gradeOf(totalText, policy),
      enteredGrade: gradeOf(enteredTotal, policy),
    },
  };
}
