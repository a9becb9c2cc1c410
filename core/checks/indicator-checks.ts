/**
 * The checks that look at one indicator at a time — its entered score, its 指标值, a missing
 * 偏差原因 — run together, so analyseDocument can run them in its one pass over a million
 * indicators while each indicator's rule outcome is at hand (core/analyse-indicators.ts).
 * Each check keeps its own columns (core/checks/finding-columns.ts: no object per finding), so
 * checkDocument gives its findings in the usual order.
 */
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import type { RuleOutcome, ScoringPolicy } from '../scoring/index.ts';
import type { IndicatorFindingKind, IndicatorFindingSink, IndicatorPlace } from './indicator-finding.ts';
import type { IndicatorPass } from './indicator-pass-memo.ts';
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

  /** Checks one indicator as `check` does, and gives its answers to replay for the same indicator (core/checks/indicator-pass-memo.ts). */
  checkAndRecord(place: IndicatorPlace, outcome: RuleOutcome): IndicatorPass {
    const policy = this.#policy;
    const score = new RecordingSink(this.enteredScores);
    const target = new RecordingSink(this.targetValues);
    const deviation = new RecordingSink(this.missingDeviation);
    checkIndicatorScore({ place, policy, outcome, findings: score });
    checkIndicatorTarget({ place, findings: target });
    checkIndicatorDeviation({ place, policy, outcome, findings: deviation });
    return { policy, outcome, scoreKinds: score.kinds, targetKinds: target.kinds, deviationKinds: deviation.kinds };
  }

  /** The findings `check` would add for the indicator at `place`, from its recorded answers. */
  replay(place: IndicatorPlace, pass: IndicatorPass): void {
    for (const kind of pass.scoreKinds) this.enteredScores.add(kind, place);
    for (const kind of pass.targetKinds) this.targetValues.add(kind, place);
    for (const kind of pass.deviationKinds) this.missingDeviation.add(kind, place);
  }
}

const noKinds: ReadonlyArray<IndicatorFindingKind<unknown>> = Object.freeze([]);

/** Passes findings on to a column and notes their kinds (most rows get none: no array then). */
class RecordingSink implements IndicatorFindingSink {
  kinds = noKinds;
  constructor(private readonly column: FindingColumns) {}

  add<Detail>(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace): void {
    this.column.add(kind, place);
    this.kinds = [...this.kinds, kind as unknown as IndicatorFindingKind<unknown>];
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
