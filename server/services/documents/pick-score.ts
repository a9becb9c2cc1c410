/** The score and grade kept in their own columns, for lists and rankings without parsing bodies. */
import type { PerformanceDocument } from '../../../core/model.ts';

/** Self-evaluations: the total by the rules (core/scoring) and its grade; other kinds have none. */
export function pickScore(body: PerformanceDocument): { score: string | null; grade: string | null } {
  if (body.kind !== 'self-evaluation') return { score: null, grade: null };
  return { score: body.totals.suggestedScore ?? null, grade: body.totals.suggestedGrade ?? null };
}
