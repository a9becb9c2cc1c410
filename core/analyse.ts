/**
 * Analysis of a read document: score it by the policy (monitoring tables: light it), then check it. Reader findings
 * (unparsed-line, shifted-row …) are kept; earlier findings of the checks are replaced, so
 * analysing twice gives the same result.
 */
import type { PerformanceDocument } from './model.ts';
import { defaultScoringPolicy, scoreDocument, type ScoringPolicy } from './scoring/index.ts';
import { checkCodes, checkDocument } from './checks/index.ts';
import { defaultLightPolicy, type MonitoringLightPolicy } from './monitoring/light-policy.ts';
import { lightDocument } from './monitoring/light-document.ts';

export { checkCodes };

/** A new document, scored, with the reader's findings followed by the checks' findings. */
export function analyseDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
  lightPolicy: MonitoringLightPolicy = defaultLightPolicy,
): PerformanceDocument {
  // Monitoring tables are lit (core/monitoring), not scored: nothing in them is final yet.
  const scored =
    document.kind === 'monitoring' ? lightDocument(document, lightPolicy) : scoreDocument(document, policy);
  const ownCodes = new Set<string>(checkCodes);
  const readerFindings = document.findings.filter((finding) => !ownCodes.has(finding.code));
  return { ...scored, findings: [...readerFindings, ...checkDocument(scored, policy)] };
}
