/**
 * Analysis of a read document: score it by the policy, then check it. Reader findings
 * (unparsed-line, shifted-row …) are kept; earlier findings of the checks are replaced, so
 * analysing twice gives the same result.
 */
import type { PerformanceDocument } from './model.ts';
import { defaultScoringPolicy, scoreDocument, type ScoringPolicy } from './scoring/index.ts';
import { checkCodes, checkDocument } from './checks/index.ts';

export { checkCodes };

/** A new document, scored, with the reader's findings followed by the checks' findings. */
export function analyseDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
): PerformanceDocument {
  const scored = scoreDocument(document, policy);
  const ownCodes = new Set<string>(checkCodes);
  const readerFindings = document.findings.filter((finding) => !ownCodes.has(finding.code));
  return { ...scored, findings: [...readerFindings, ...checkDocument(scored, policy)] };
}
