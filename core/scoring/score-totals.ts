/**
 * The running sums of scoreDocument: each indicator is added with its rules' outcome (giving its
 * scored copy), then `finish` adds the execution score, the 偏离度 deduction and any cap, and
 * grades the total. scoreDocument and analyseDocument's one pass over the indicators
 * (core/analyse-indicators.ts) share it, so both score alike.
 */
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import { copyWithSuggestedScore } from './copy-indicator.ts';
import type { ScoringPolicy } from './policy.ts';
import { formatUnits, toUnits } from './scaled.ts';
import type { RuleOutcome } from './outcome.ts';
import { evaluateExecution } from './execution-rate.ts';
import { isDeviationDegreeExceeded } from './deviation-degree.ts';
import { capTotal } from './total-cap.ts';
import { gradeOf } from './grade.ts';
import { gradeOfLetter } from './letter-grade.ts';
import { isFrameworkLevel, level1KeyOf } from '../levels/index.ts';

function hasFrameworkLevel(document: PerformanceDocument): boolean {
  // Rows come in runs of one heading: only a heading unlike the row before's is looked up.
  let previous: string | null = null;
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      if (indicator.level1 === previous) continue;
      previous = indicator.level1;
      if (isFrameworkLevel(level1KeyOf(indicator.level1))) return true;
    }
  }
  return false;
}

/** Sums of one document's scores in units of 10^−places. */
export class ScoreTotals {
  readonly #policy: ScoringPolicy;
  readonly #places: number;
  readonly #deduction: { threshold: string; units: number } | null;
  #suggestedUnits = 0;
  #enteredUnits = 0;
  #hasRuleScore = false;
  #hasEnteredPart = false;
  #deductedUnits = 0;

  constructor(policy: ScoringPolicy) {
    this.#policy = policy;
    this.#places = policy.roundingPlaces;
    const degree = policy.deviationDegree;
    this.#deduction =
      degree.mode === 'deduct' ? { threshold: degree.threshold, units: toUnits(degree.points, this.#places) ?? 0 } : null;
  }

  /**
   * Adds one indicator: the rules' score, or where they give none the entered score in its stead
   * (docs/scoring.md). Gives the indicator's copy with its suggested score.
   */
  addIndicator(indicator: Indicator, outcome: RuleOutcome): Indicator {
    return copyWithSuggestedScore(indicator, this.add(indicator, outcome));
  }

  /** Adds one indicator as addIndicator does; gives its suggested score (null: none by the rules). */
  add(indicator: Indicator, outcome: RuleOutcome): string | null {
    const places = this.#places;
    const entered = toUnits(indicator.score, places);
    if (entered !== null) {
      this.#enteredUnits += entered;
      this.#hasEnteredPart = true;
    }
    if (outcome.units !== null) this.#hasRuleScore = true;
    this.#suggestedUnits += outcome.units ?? entered ?? 0;
    const deduction = this.#deduction;
    if (deduction && isDeviationDegreeExceeded({ indicator, threshold: deduction.threshold })) {
      this.#deductedUnits += deduction.units;
    }
    return outcome.units === null ? null : formatUnits(outcome.units, places);
  }

  /**
   * The scored document: `goals` hold the copies addIndicator gave, in the document's order (or
   * goals that make them when read: core/analyse-indicators.ts).
   */
  finish(document: PerformanceDocument, goals: Goal[]): PerformanceDocument {
    const policy = this.#policy;
    const places = this.#places;
    let suggestedUnits = this.#suggestedUnits;
    let hasRuleScore = this.#hasRuleScore;
    // A scoring framework (决策/过程, 投入, 规划/执行) scores 预算执行率 among its indicators: the
    // budget earns a score of its own only where the table gives it a 分值.
    const isFrameworkWithoutBudgetWeight = document.budget.weight == null && hasFrameworkLevel(document);
    const evaluated = evaluateExecution(document.budget, policy);
    const execution = isFrameworkWithoutBudgetWeight ? { ...evaluated, scoreUnits: null } : evaluated;
    if (execution.scoreUnits !== null) {
      suggestedUnits += execution.scoreUnits;
      hasRuleScore = true;
    }
    let enteredUnits = this.#enteredUnits;
    let hasEnteredPart = this.#hasEnteredPart;
    const enteredExecution = toUnits(document.budget.score, places);
    if (enteredExecution !== null) {
      enteredUnits += enteredExecution;
      hasEnteredPart = true;
    }

    let totalText: string | null = null;
    // Entered scores stand in for unscorable rows, but a total needs at least one score by the rules.
    // A document without indicators (a narrative report) gets no total out of 100: its budget's
    // 执行率 points alone would read as a failing grade.
    // Counted on the document's own goals: the scored goals' indicators may not be made yet.
    const hasIndicators = document.goals.some((goal) => goal.indicators.length > 0);
    if (hasRuleScore && hasIndicators) {
      const afterDeduction = Math.max(0, suggestedUnits - this.#deductedUnits);
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
        // A report's letter grade with no scale of its own: the pack's scale gives the grade, each analysis anew.
        ...(document.totals.gradeLetter ? { grade: gradeOfLetter(document.totals.gradeLetter, policy)?.grade ?? null } : {}),
      },
    };
  }
}
