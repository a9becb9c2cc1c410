/**
 * The checks that look at one indicator at a time — its entered score, its 指标值, a missing
 * 偏差原因 — run together, so analyseDocument can run them in its one pass over a million
 * indicators while each indicator's rule outcome is at hand (core/analyse-indicators.ts).
 * Each check keeps its own columns (core/checks/finding-columns.ts: no object per finding), so
 * checkDocument gives its findings in the usual order.
 */
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import type { RuleOutcome, ScoringPolicy } from '../scoring/index.ts';
import type { IndicatorPlace } from './indicator-finding.ts';
import { FindingColumns } from './finding-columns.ts';
import { checkIndicatorScore } from './entered-scores.ts';
import { checkIndicatorTarget } from './target-values.ts';
import { checkIndicatorDeviation } from './missing-deviation.ts';

export class IndicatorChecks {
  /** score-outside-band and score-differs-from-rule of the indicators (not of the execution score). */
  readonly enteredScores: FindingColumns;
  readonly targetValues: FindingColumns;
  readonly missingDeviation: FindingColumns;
  readonly #policy: ScoringPolicy;

  /** `indicatorCount`: how many indicators will be checked (room is made for that many findings). */
  constructor(policy: ScoringPolicy, indicatorCount?: number) {
    this.#policy = policy;
    this.enteredScores = new FindingColumns(indicatorCount);
    this.targetValues = new FindingColumns(indicatorCount);
    this.missingDeviation = new FindingColumns(indicatorCount);
  }

  /** Checks one indicator; `outcome`: its rules' outcome when known (else evaluated where needed). */
  check(place: IndicatorPlace, outcome: RuleOutcome | undefined): void {
    const policy = this.#policy;
    checkIndicatorScore({ place, policy, outcome, findings: this.enteredScores });
    checkIndicatorTarget({ place, findings: this.targetValues });
    checkIndicatorDeviation({ place, policy, outcome, findings: this.missingDeviation });
  }
}

/** How many indicators `document` holds in all its goals. */
export function countIndicators(document: PerformanceDocument): number {
  let count = 0;
  for (const goal of document.goals) count += goal.indicators.length;
  return count;
}

/** Every indicator of `document` through the one-indicator checks. */
export function checkIndicators(document: PerformanceDocument, policy: ScoringPolicy): IndicatorChecks {
  const checks = new IndicatorChecks(policy, countIndicators(document));
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      checks.check({ indicator: indicators[indicatorIndex] as Indicator, goalIndex, indicatorIndex }, undefined);
    }
  }
  return checks;
}
