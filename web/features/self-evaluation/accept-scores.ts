/**
 * 采用建议得分: copy the score the rules give (core/scoring, as the server computes it) into the
 * entered 得分 — for one row or for the whole table (rows and 预算执行率). The result is an ordinary
 * edit: saved and audited like any typed score. Rows the rules cannot score keep what was entered.
 */
import { formatDecimal, sumDecimals, toDecimal } from '../../../core/decimal.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { defaultScoringPolicy, scoreDocument, type ScoringPolicy } from '../../../core/scoring/index.ts';
import type { RowAddress } from '../target-editor/indicator-rows.ts';

function isSame(entered: string | null | undefined, suggested: string | null | undefined): boolean {
  const left = toDecimal(entered);
  const right = toDecimal(suggested);
  return left !== null && right !== null && left.equals(right);
}

/** How many entered scores (rows and 执行率) differ from or lack the rules' score where the rules give one. */
export function countAcceptableScores(analysed: PerformanceDocument): number {
  let count = 0;
  for (const goal of analysed.goals) {
    for (const indicator of goal.indicators) {
      if (indicator.suggestedScore != null && !isSame(indicator.score, indicator.suggestedScore)) count++;
    }
  }
  const { budget } = analysed;
  if (budget.suggestedScore != null && !isSame(budget.score, budget.suggestedScore)) count++;
  return count;
}

/** `body` with every entered score replaced by the rules' score where they give one. */
export function acceptAllSuggestedScores(
  body: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
): PerformanceDocument {
  const scored = scoreDocument(body, policy);
  const goals = body.goals.map((goal, goalIndex) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, indicatorIndex) => {
      const suggested = scored.goals[goalIndex]!.indicators[indicatorIndex]!.suggestedScore;
      return suggested == null || isSame(indicator.score, suggested) ? indicator : { ...indicator, score: suggested };
    }),
  }));
  const executionScore = scored.budget.suggestedScore;
  const budget =
    executionScore == null || isSame(body.budget.score, executionScore) ? body.budget : { ...body.budget, score: executionScore };
  // A stated 总分 would now contradict its rows; the rows' sum stands in for it (core/scoring).
  return { ...body, budget, goals, totals: { ...body.totals, score: null, grade: null } };
}

/** `body` with one row's entered score replaced by the rules' score (unchanged when they give none). */
export function acceptSuggestedScore(
  body: PerformanceDocument,
  address: RowAddress,
  policy: ScoringPolicy = defaultScoringPolicy,
): PerformanceDocument {
  const scored = scoreDocument({ ...body, goals: [body.goals[address.goalIndex]!] }, policy);
  const suggested = scored.goals[0]!.indicators[address.indicatorIndex]?.suggestedScore;
  if (suggested == null) return body;
  return {
    ...body,
    goals: body.goals.map((goal, goalIndex) =>
      goalIndex !== address.goalIndex
        ? goal
        : {
            ...goal,
            indicators: goal.indicators.map((indicator, indicatorIndex) =>
              indicatorIndex === address.indicatorIndex ? { ...indicator, score: suggested } : indicator,
            ),
          },
    ),
  };
}

/** 填报总分: the stated total, else 执行率 得分 + Σ entered 得分 (null when nothing is entered). */
export function computeEnteredTotal(analysed: PerformanceDocument): string | null {
  if (analysed.totals.score) return analysed.totals.score;
  const parts = [analysed.budget.score, ...analysed.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.score))];
  if (!parts.some((part) => toDecimal(part) !== null)) return null;
  return formatDecimal(sumDecimals(parts));
}
