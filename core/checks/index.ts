/** Checks on a scored document (docs/findings.md): each finding has a stable code and a Chinese message saying what to fix. */
import type { Finding, PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from '../scoring/index.ts';
import { checkBudgetSums } from './budget-sums.ts';
import { checkWeightSums } from './weight-sums.ts';
import { checkScoreSums } from './score-sums.ts';
import { checkEnteredScores, checkExecutionScore } from './entered-scores.ts';
import { checkTargetValues } from './target-values.ts';
import { checkMissingDeviation } from './missing-deviation.ts';
import { checkDuplicateIndicators } from './duplicate-indicator.ts';
import { checkMissingSatisfaction } from './missing-satisfaction.ts';
import { checkDeviationDegree } from './deviation-degree.ts';
import { checkStatedRates } from './stated-rate.ts';
import { checkStatedCounts } from './stated-count.ts';
import { checkMissingMonitoringReason } from './missing-monitoring-reason.ts';
import { checkIndicators, type IndicatorChecks } from './indicator-checks.ts';

export { checkCodes, checkSeverities, type CheckCode } from './codes.ts';
export { checkBudgetSums, checkWeightSums, checkScoreSums, checkEnteredScores, checkTargetValues };
export { checkMissingDeviation, checkDuplicateIndicators, checkMissingSatisfaction, checkDeviationDegree };
export { checkStatedRates, checkStatedCounts, checkMissingMonitoringReason };
export { IndicatorChecks } from './indicator-checks.ts';
/** Chain checks compare documents of one unit and year; the caller loads both (not run by checkDocument). */
export { checkTargetsAgainstApproved } from './targets-differ-from-approved.ts';
export { checkReportAgainstSelfEvaluation, countMetIndicators } from './report-differs-from-self-evaluation.ts';
export { chainCheckCodes, checkChain, listChainNeeds, withChainFindings, type ChainRelated } from './chain-checks.ts';

/**
 * Every finding of the checks on a document already scored by scoreDocument, in a stable order.
 * `indicatorChecks`: the one-indicator checks already run over this document (analyseDocument
 * runs them in its scoring pass); else they run here.
 */
export function checkDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
  indicatorChecks?: IndicatorChecks,
): Finding[] {
  const indicators = indicatorChecks ?? checkIndicators(document, policy);
  return concatenate([
    checkBudgetSums(document),
    checkWeightSums(document, policy),
    checkScoreSums(document),
    checkExecutionScore(document, policy),
    indicators.enteredScores,
    indicators.targetValues,
    indicators.missingDeviation,
    checkDeviationDegree(document, policy),
    checkDuplicateIndicators(document),
    checkMissingSatisfaction(document),
    checkStatedRates(document),
    checkStatedCounts(document),
    checkMissingMonitoringReason(document),
  ]);
}

/**
 * The lists one after another in one array of the right length: growing it by push or spreading
 * copies a million findings over and over (bench/analyse.bench.ts).
 */
function concatenate(lists: ReadonlyArray<readonly Finding[]>): Finding[] {
  let length = 0;
  for (const list of lists) length += list.length;
  const findings = new Array<Finding>(length);
  let position = 0;
  for (const list of lists) {
    for (let index = 0; index < list.length; index++) findings[position++] = list[index] as Finding;
  }
  return findings;
}
/** Library checks need history, peers and vocabulary from the caller (not run by checkDocument). */
export { checkAgainstLibrary, libraryCheckCodes } from './library-checks.ts';
export { defaultLibraryCheckPolicy, type IndicatorReference, type LevelVocabulary, type LibraryCheckPolicy, type LibraryContext } from './library-context.ts';
