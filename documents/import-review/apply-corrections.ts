/**
 * The corrections a person makes on the import review screen that are not a re-read: the year and
 * project, and rows moved to another goal or marked as no indicator (a note or a sub-total the
 * reader took for one). Rows are named by their source line, which stays the same when the file is
 * read again with the same mapping. Pure: the server applies it after the reader.
 */
import type { Indicator, PerformanceDocument } from '../../core/model.ts';

export interface RowMove {
  /** The indicator's source line. */
  line: number;
  /** The goal it belongs to (index in the read), or null: not an indicator. */
  goalIndex: number | null;
}

export interface ReviewCorrections {
  year?: number | null;
  project?: string | null;
  rowMoves?: readonly RowMove[];
}

export type CorrectionRefusal = { code: 'row-not-found' | 'goal-not-found'; message: string };

/** Applies the corrections to a copy; a move naming a line or goal the read lacks is refused. */
export function applyCorrections(
  document: PerformanceDocument,
  corrections: ReviewCorrections,
): { ok: true; document: PerformanceDocument } | { ok: false; refusal: CorrectionRefusal } {
  const goals = document.goals.map((goal) => ({ ...goal, indicators: [...goal.indicators] }));
  for (const move of corrections.rowMoves ?? []) {
    const from = goals.findIndex((goal) => goal.indicators.some((indicator) => indicator.line === move.line));
    if (from < 0) return { ok: false, refusal: { code: 'row-not-found', message: `第${move.line}行没有读到指标，无法移动。` } };
    if (move.goalIndex !== null && !goals[move.goalIndex]) {
      return { ok: false, refusal: { code: 'goal-not-found', message: `没有第${move.goalIndex + 1}个目标，无法把第${move.line}行移到那里。` } };
    }
    const source = goals[from] as { indicators: Indicator[] };
    const index = source.indicators.findIndex((indicator) => indicator.line === move.line);
    const [indicator] = source.indicators.splice(index, 1);
    if (indicator && move.goalIndex !== null) goals[move.goalIndex]?.indicators.push(indicator);
  }
  return {
    ok: true,
    document: {
      ...document,
      goals,
      ...(corrections.year === undefined ? {} : { year: corrections.year }),
      ...(corrections.project === undefined ? {} : { project: corrections.project }),
    },
  };
}
