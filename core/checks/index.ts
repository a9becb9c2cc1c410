/** Checks on a scored document (docs/findings.md): each finding has a stable code and a Chinese message saying what to fix. */
import type { Finding, PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from '../scoring/index.ts';
import { checkBudgetSums } from './budget-sums.ts';
import { checkWeightSums } from './weight-sums.ts';
import { checkScoreSums } from './score-sums.ts';
import { checkEnteredScores } from './entered-scores.ts';
import { checkTargetValues } from './target-values.ts';
import { checkMissingDeviation } from './missing-deviation.ts';
import { checkDuplicateIndicators } from './duplicate-indicator.ts';
import { checkMissingSatisfaction } from './missing-satisfaction.ts';
import { checkDeviationDegree } from './deviation-degree.ts';
import { checkStatedRates } from './stated-rate.ts';
import { checkStatedCounts } from './stated-count.ts';
import { checkMissingMonitoringReason } from './missing-monitoring-reason.ts';

export { checkCodes, checkSeverities, type CheckCode } from './codes.ts';
export { checkBudgetSums, checkWeightSums, checkScoreSums, checkEnteredScores, checkTargetValues };
export { checkMissingDeviation, checkDuplicateIndicators, checkMissingSatisfaction, checkDeviationDegree };
export { checkStatedRates, checkStatedCounts, checkMissingMonitoringReason };
/** Chain checks compare documents of one unit and year; the caller loads both (not run by checkDocument). */
export { checkTargetsAgainstApproved } from './targets-differ-from-approved.ts';
export const chainCheckCodes = ['target-differs-from-approved'] as const;

/** Every finding of the checks on a document already scored by scoreDocument, in a stable order. */
export function checkDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
): Finding[] {
  return [
    ...checkBudgetSums(document),
    ...checkWeightSums(document, policy),
    ...checkScoreSums(document),
    ...checkEnteredScores(document, policy),
    ...checkTargetValues(document),
    ...checkMissingDeviation(document, policy),
    ...checkDeviationDegree(document, policy),
    ...checkDuplicateIndicators(document),
    ...checkMissingSatisfaction(document),
    ...checkStatedRates(document),
    ...checkStatedCounts(document),
    ...checkMissingMonitoringReason(document),
  ];
}
/** Library checks need history, peers and vocabulary from the caller (not run by checkDocument). */
export { checkAgainstLibrary, libraryCheckCodes } from './library-checks.ts';
export { defaultLibraryCheckPolicy, type IndicatorReference, type LevelVocabulary, type LibraryCheckPolicy, type LibraryContext } from './library-context.ts';
