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
import { FindingStore } from './finding-store.ts';

import { checkLetterGrade } from './letter-grade.ts';
import { findingsOfView, projectViews } from '../project-views.ts';
export { checkCodes, checkSeverities, type CheckCode } from './codes.ts';
export { checkBudgetSums, checkWeightSums, checkScoreSums, checkEnteredScores, checkTargetValues };
export { checkMissingDeviation, checkDuplicateIndicators, checkMissingSatisfaction, checkDeviationDegree };
export { checkStatedRates, checkStatedCounts, checkMissingMonitoringReason };
export { IndicatorChecks } from './indicator-checks.ts';
export { FindingStore } from './finding-store.ts';
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
  const store = new FindingStore(document.goals);
  appendCheckFindings({ store, document, policy, indicatorChecks });
  return store.toArray();
}

/**
 * Appends checkDocument's findings to `store`, the one-indicator checks' as columns (made into
 * findings when read). The store's goals must hold the indicators of `document.goals` in the same
 * places (analyseDocument gives the unscored goals: the checks read no suggested score).
 */
export function appendCheckFindings(input: {
  store: FindingStore;
  document: PerformanceDocument;
  policy: ScoringPolicy;
  indicatorChecks?: IndicatorChecks | undefined;
}): void {
  const { store, document, policy } = input;
  const indicators = input.indicatorChecks ?? checkIndicators(document, policy);
  store.append(checkBudgetSums(document));
  store.append(perProject(document, (part) => checkWeightSums(part, policy)));
  store.append(perProject(document, checkScoreSums));
  store.append(checkExecutionScore(document, policy));
  store.append(indicators.enteredScores);
  store.append(indicators.targetValues);
  store.append(indicators.missingDeviation);
  store.append(checkDeviationDegree(document, policy));
  store.append(perProject(document, checkDuplicateIndicators));
  store.append(checkMissingSatisfaction(document));
  store.append(checkStatedRates(document));
  store.append(checkStatedCounts(document));
  store.append(checkMissingMonitoringReason(document));
  store.append(checkLetterGrade(document, policy));
}

/**
 * A check of what sums a table (分值 to 100, entered scores to the 总分, a name once): over the document, or in a report
 * over several projects each with its own table, over each project and over what the report holds outside them
 * (core/project-views.ts).
 */
function perProject(document: PerformanceDocument, check: (part: PerformanceDocument) => Finding[]): Finding[] {
  const views = projectViews(document);
  if (views === null) return check(document);
  return views.flatMap((view) => findingsOfView(view, check(view.document)));
}

/** Library checks need history, peers and vocabulary from the caller (not run by checkDocument). */
export { checkAgainstLibrary, libraryCheckCodes } from './library-checks.ts';
export { defaultLibraryCheckPolicy, type IndicatorReference, type LevelVocabulary, type LibraryCheckPolicy, type LibraryContext } from './library-context.ts';
