/** Hand-built values and documents for the scoring and checks tests (not used at run time). */
import type { Direction, Indicator, IndicatorValue, Operator, PerformanceDocument } from '../model.ts';
import { createEmptyDocument } from '../model.ts';

/** A numeric value as the parser would give it: "≥80%" → numericValue('80', { operator: '>=', unit: '%' }). */
export function numericValue(
  value: string,
  options: { operator?: Operator | null; unit?: string | null; direction?: Direction; text?: string } = {},
): IndicatorValue {
  const operator = options.operator ?? null;
  const direction: Direction =
    options.direction ?? (operator === '<=' || operator === '<' ? 'lower-better' : operator === '=' ? 'equal' : 'higher-better');
  const symbol = operator === null ? '' : { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[operator];
  return {
    text: options.text ?? `${symbol}${value}${options.unit ?? ''}`,
    operator,
    value,
    unit: options.unit ?? null,
    direction,
    change: null,
    qualitative: null,
  };
}

/** A qualitative value ("健全", "保持"). */
export function wordingValue(text: string): IndicatorValue {
  return { text, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: text };
}

/** A change value ("下降15%" → changeValue('decrease', '15')). */
export function changeValue(change: 'increase' | 'decrease', value: string | null, operator: Operator | null = null): IndicatorValue {
  const word = change === 'increase' ? '上升' : '下降';
  return {
    text: `${word}${value === null ? '' : `${value}%`}`,
    operator,
    value,
    unit: value === null ? null : '%',
    direction: change === 'increase' ? 'higher-better' : 'lower-better',
    change,
    qualitative: null,
  };
}

/** A self-evaluation indicator with sensible defaults. */
export function buildIndicator(fields: Partial<Indicator> & { name: string }): Indicator {
  return { level1: '产出指标', level2: '数量指标', target: null, actual: null, weight: null, score: null, deviation: null, ...fields };
}

/** A self-evaluation with one goal holding `indicators`. */
export function buildSelfEvaluation(input: {
  indicators: Indicator[];
  budget?: PerformanceDocument['budget'];
  totals?: PerformanceDocument['totals'];
}): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  return {
    ...document,
    unit: '测试单位',
    year: 2022,
    budget: input.budget ?? {},
    totals: input.totals ?? {},
    goals: [{ name: '', indicators: input.indicators }],
  };
}
