/** Checks on a scored document (docs/findings.md). */
import type { Finding, PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from '../scoring/index.ts';

/** Codes this module produces; analyseDocument replaces earlier findings with these codes. */
export const checkCodes: readonly string[] = [];

/** Every finding of the checks on a scored document. */
export function checkDocument(document: PerformanceDocument, policy: ScoringPolicy = defaultScoringPolicy): Finding[] {
  void document;
  void policy;
  return [];
}
