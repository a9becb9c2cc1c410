/**
 * The chain checks (issue 11) in one call: a document compared with the related documents of its
 * unit, year and project that the caller loaded — the approved target table (after any 调整) for a
 * monitoring table or self-evaluation, the self-evaluation for an evaluation report. Earlier chain
 * findings are replaced, so checking twice gives the same findings.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from '../scoring/index.ts';
import { checkReportAgainstSelfEvaluation } from './report-differs-from-self-evaluation.ts';
import { checkTargetsAgainstApproved } from './targets-differ-from-approved.ts';

export const chainCheckCodes = ['target-differs-from-approved', 'report-differs-from-self-evaluation'] as const;

/** The documents a chain check compares with; null or absent when the unit has none. */
export interface ChainRelated {
  /** The newest approved (or published) target table of the year and project. */
  approved?: PerformanceDocument | null;
  /** The newest self-evaluation of the year and project. */
  selfEvaluation?: PerformanceDocument | null;
}

/** Which related documents a kind of document is compared with. */
export function listChainNeeds(document: Pick<PerformanceDocument, 'kind'>): Array<keyof ChainRelated> {
  if (document.kind === 'monitoring' || document.kind === 'self-evaluation') return ['approved'];
  if (document.kind === 'evaluation-report') return ['selfEvaluation'];
  return [];
}

/** The chain findings of `document` against `related`. */
export function checkChain(
  document: PerformanceDocument,
  related: ChainRelated,
  policy: ScoringPolicy = defaultScoringPolicy,
): Finding[] {
  const findings: Finding[] = [];
  if (related.approved) findings.push(...checkTargetsAgainstApproved({ document, approved: related.approved }));
  if (related.selfEvaluation) {
    findings.push(...checkReportAgainstSelfEvaluation({ report: document, selfEvaluation: related.selfEvaluation, policy }));
  }
  return findings;
}

/** `document` with its chain findings brought up to date (a new object). */
export function withChainFindings(
  document: PerformanceDocument,
  related: ChainRelated,
  policy: ScoringPolicy = defaultScoringPolicy,
): PerformanceDocument {
  const codes = new Set<string>(chainCheckCodes);
  const kept = document.findings.filter((finding) => !codes.has(finding.code));
  return { ...document, findings: [...kept, ...checkChain(document, related, policy)] };
}
