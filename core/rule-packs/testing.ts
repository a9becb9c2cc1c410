/** A generated self-evaluation for the rule-pack tables (not used at run time). */
import type { Indicator, PerformanceDocument } from '../model.ts';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { buildIndicator, buildSelfEvaluation } from '../scoring/testing.ts';

export interface PackRow {
  level1: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  scoreCoefficient?: string;
}

/** A self-evaluation with 全年预算数 100 万元, `executed` spent, and `rows` as indicators. */
export function buildPackDocument(input: { executed: string; rows: readonly PackRow[] }): PerformanceDocument {
  const indicators: Indicator[] = input.rows.map((row) =>
    buildIndicator({
      level1: row.level1,
      level2: '',
      name: row.name,
      target: parseIndicatorValue(row.target, { name: row.name }),
      actual: parseIndicatorValue(row.actual, { name: row.name }),
      weight: row.weight,
      scoreCoefficient: row.scoreCoefficient ?? null,
      deviation: '部分未完成，下年改进',
    }),
  );
  return buildSelfEvaluation({ indicators, budget: { adjusted: '100', total: '100', executed: input.executed } });
}

/** The rows every pack table starts from: 产出 96 of ≥100, 产出 6% of ≤5%, 效益 and 满意度 met. */
export function standardRows(weights: { a: string; b: string; c: string; d: string }): PackRow[] {
  return [
    { level1: '产出指标', name: '巡查次数', target: '≥100次', actual: '96次', weight: weights.a },
    { level1: '产出指标', name: '差错率', target: '≤5%', actual: '6%', weight: weights.b },
    { level1: '效益指标', name: '治安案件下降', target: '≥90%', actual: '95%', weight: weights.c },
    { level1: '满意度指标', name: '群众满意度', target: '≥90%', actual: '92%', weight: weights.d },
  ];
}
