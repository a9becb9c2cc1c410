/**
 * Grades of a total (DOMAIN.md): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. 90 itself is 优 (a real
 * system once used "> 90" and left 90 without a grade).
 */
import type { Grade } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './policy.ts';
import { compareScaled, toScaled } from './scaled.ts';

/** The grade of a score by the policy's edges; null when the score is missing or not a number. */
export function gradeOf(
  score: string | null | undefined,
  policy: ScoringPolicy = defaultScoringPolicy,
): Grade | null {
  const value = toScaled(score);
  if (!value) return null;
  const reaches = (edge: string): boolean => {
    const edgeValue = toScaled(edge);
    return edgeValue !== null && compareScaled(value, edgeValue) >= 0;
  };
  if (reaches(policy.gradeEdges.excellent)) return '优';
  if (reaches(policy.gradeEdges.good)) return '良';
  if (reaches(policy.gradeEdges.fair)) return '中';
  return '差';
}
