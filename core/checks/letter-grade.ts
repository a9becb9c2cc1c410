/**
 * letter-grade-from-scale / letter-grade-unmapped: a report's grade stated as a letter alone (totals.gradeLetter),
 * told with the scale that gave its grade (the rule pack's, core/scoring/letter-grade.ts), or told unmapped when the
 * pack has no letter scale. Checks, not reader findings, so they follow the pack the document is analysed with.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { describeLetterScale, gradeOfLetter } from '../scoring/letter-grade.ts';
import type { ScoringPolicy } from '../scoring/policy.ts';
import { createFinding } from './finding.ts';

export function checkLetterGrade(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const letter = document.totals.gradeLetter;
  if (!letter) return [];
  const mapped = gradeOfLetter(letter, policy);
  if (mapped) {
    return [
      createFinding({
        severity: 'info',
        code: 'letter-grade-from-scale',
        path: 'totals.grade',
        message: `报告写明等级为“${letter}”而未说明对应关系，按评分规则“${policy.name}”的字母等级（${describeLetterScale(policy)}）记为“${mapped.grade}”：如报告另有标准，请核对。`,
      }),
    ];
  }
  return [
    createFinding({
      severity: 'info',
      code: 'letter-grade-unmapped',
      path: 'totals.grade',
      message: `报告写明等级为“${letter}”，但报告和评分规则“${policy.name}”都没有说明${letter}对应优、良、中、差中的哪一档，等级未入库：请按当地的等级标准核对，或在报告中写明（例如“${letter}级（优秀）”）。`,
    }),
  ];
}
