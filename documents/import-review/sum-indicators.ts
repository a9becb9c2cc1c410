/** The review screen's totals of a document already read: how many indicators, the sums of 分值 and 得分. */
import type { PerformanceDocument } from '../../core/model.ts';
import { sumDecimals } from '../../core/decimal.ts';

export interface ReviewTotals {
  indicators: number;
  /** Sums of the indicators' 分值 and 得分 as read (null when none has one). */
  weight: string | null;
  score: string | null;
}

/** The sums of the indicators' 分值 and 得分 (the screen shows them change with the mapping). */
export function sumIndicators(document: PerformanceDocument): ReviewTotals {
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  const sum = (values: Array<string | null | undefined>) =>
    values.some((value) => value !== null && value !== undefined) ? sumDecimals(values).toFixed() : null;
  return {
    indicators: indicators.length,
    weight: sum(indicators.map((indicator) => indicator.weight)),
    score: sum(indicators.map((indicator) => indicator.score)),
  };
}
