/**
 * Analysis of a read document: score it by the policy (monitoring tables: light it), then check it. Reader findings
 * (unparsed-line, shifted-row …) are kept; earlier findings of the checks are replaced, so
 * analysing twice gives the same result.
 */
import type { PerformanceDocument } from './model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './scoring/index.ts';
import { checkCodes, checkDocument, type IndicatorChecks } from './checks/index.ts';
import { defaultLightPolicy, type MonitoringLightPolicy } from './monitoring/light-policy.ts';
import { lightDocument } from './monitoring/light-document.ts';
import { scoreAndCheckIndicators } from './analyse-indicators.ts';

export { checkCodes };

/** A new document, scored, with the reader's findings followed by the checks' findings. */
export function analyseDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
  lightPolicy: MonitoringLightPolicy = defaultLightPolicy,
): PerformanceDocument {
  // Monitoring tables are lit (core/monitoring), not scored: nothing in them is final yet.
  if (document.kind === 'monitoring') return withCheckFindings(document, lightDocument(document, lightPolicy), policy);
  // Each indicator is evaluated once, for the score and the checks alike (the scored copy keeps
  // every field the rules read).
  const { scored, checks } = scoreAndCheckIndicators(document, policy);
  return withCheckFindings(document, scored, policy, checks);
}

function withCheckFindings(
  document: PerformanceDocument,
  scored: PerformanceDocument,
  policy: ScoringPolicy,
  indicatorChecks?: IndicatorChecks,
): PerformanceDocument {
  const ownCodes = new Set<string>(checkCodes);
  const readerFindings = document.findings.filter((finding) => !ownCodes.has(finding.code));
  const findings = checkDocument(scored, policy, indicatorChecks);
  return { ...scored, findings: readerFindings.length === 0 ? findings : readerFindings.concat(findings) };
}
