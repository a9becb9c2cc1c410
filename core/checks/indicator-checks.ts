/**
 * The checks that look at one indicator at a time — its entered score, its 指标值, a missing
 * 偏差原因 — run together, so analyseDocument can run them in its one pass over a million
 * indicators while each indicator's rule outcome is at hand (core/analyse-indicators.ts).
 * Each check keeps its own list, so checkDocument gives its findings in the usual order.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import type { RuleOutcome, ScoringPolicy } from '../scoring/index.ts';
import type { IndicatorPlace } from './indicator-finding.ts';
import { checkIndicatorScore } from './entered-scores.ts';
import { checkIndicatorTarget } from './target-values.ts';
import { checkIndicatorDeviation } from './missing-deviation.ts';

export class IndicatorChecks {
  /** score-outside-band and score-differs-from-rule of the indicators (not of the execution score). */
  readonly enteredScores: Finding[] = [];
  readonly targetValues: Finding[] = [];
  readonly missingDeviation: Finding[] = [];
  readonly #policy: ScoringPolicy;

  constructor(policy: ScoringPolicy) {
    this.#policy = policy;
  }

  /** Checks one indicator; `outcome`: its rules' outcome when known (else evaluated where needed). */
  check(place: IndicatorPlace, outcome: RuleOutcome | undefined): void {
    const policy = this.#policy;
    const score = checkIndicatorScore({ place, policy, outcome });
    if (score !== null) this.enteredScores.push(score);
    checkIndicatorTarget({ place, findings: this.targetValues });
    const deviation = checkIndicatorDeviation({ place, policy, outcome });
    if (deviation !== null) this.missingDeviation.push(deviation);
  }
}

/** Every indicator of `document` through the one-indicator checks. */
export function checkIndicators(document: PerformanceDocument, policy: ScoringPolicy): IndicatorChecks {
  const checks = new IndicatorChecks(policy);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      checks.check({ indicator: indicators[indicatorIndex] as Indicator, goalIndex, indicatorIndex }, undefined);
    }
  }
  return checks;
}
