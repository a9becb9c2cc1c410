/** Self-evaluation scoring (DOMAIN.md "Self-evaluation scoring"; docs/scoring.md). */
export {
  defaultScoringPolicy,
  executionLinkedTotalCaps,
  mergePolicy,
  type ClosedEdge,
  type DeviationDegreePolicy,
  type PercentBand,
  type ScoringPolicy,
  type ScoringPolicyOverrides,
  type TotalCap,
} from './policy.ts';
export { scoreExecution, evaluateExecution, type ExecutionUnits } from './execution-rate.ts';
export { scoreIndicator, evaluateIndicator, type IndicatorScore } from './score-indicator.ts';
export { classifyQualitative } from './qualitative.ts';
export { isDeviationDegreeExceeded } from './deviation-degree.ts';
export { capTotal } from './total-cap.ts';
export { gradeOf } from './grade.ts';
export { scoreDocument } from './score-document.ts';
export {
  isInsideBand,
  type Attainment,
  type RuleOutcome,
  type ScoringRule,
  type UnitsBand,
} from './outcome.ts';
export { formatUnits, toUnits } from './scaled.ts';
export { proposeWeights, type ProposedWeights } from './propose-weights.ts';
export { scoreByCoefficient, readCoefficient } from './coefficient.ts';
export { describeExecutionFormula, describeIndicatorFormula } from './formula.ts';
export { weightLevelOf, type WeightLevel } from './weight-level.ts';
export { ScoreTotals } from './score-totals.ts';
