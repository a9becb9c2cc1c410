/**
 * The 执行率 a report states ("预算执行率为98.71%") and whether its own figures give it: executed ÷
 * adjusted (or ÷ initial when no adjusted budget is stated). A stated rate agrees when it equals the
 * exact rate rounded half-up or cut off at its own number of decimals (both are seen in reports).
 * The finding's code is the one core/checks uses for tables (stated-rate-mismatch).
 */
import type { Budget, Finding } from '../../core/model.ts';
import { Dec, formatDecimal, toDecimal } from '../../core/decimal.ts';
import { statedExecutionRate } from '../vocabulary/labels.ts';

export interface StatedRate {
  rate: string;
  /** 1-based line. */
  line: number;
}

/** The first 执行率 the report states, or null. */
export function findStatedRate(lines: readonly string[]): StatedRate | null {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('执行率') && !line.includes('执行进度')) continue;
    const match = statedExecutionRate.exec(line);
    if (match?.[1]) return { rate: match[1], line: index + 1 };
  }
  return null;
}

function decimalPlaces(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A finding when the stated rate is not what the report's own figures give; null otherwise. */
export function checkStatedRate(budget: Budget, stated: StatedRate): Finding | null {
  const executed = toDecimal(budget.executed);
  const base = toDecimal(budget.adjusted ?? budget.initial);
  const value = toDecimal(stated.rate);
  if (!executed || !base || !value || base.lessThanOrEqualTo(0)) return null;
  const exact = executed.times(100).dividedBy(base);
  const places = decimalPlaces(stated.rate);
  if (
    exact.toDecimalPlaces(places, Dec.ROUND_HALF_UP).equals(value) ||
    exact.toDecimalPlaces(places, Dec.ROUND_DOWN).equals(value)
  )
    return null;
  const baseName = budget.adjusted ? '调整后（全年）预算' : '年初预算';
  return {
    severity: 'warning',
    code: 'stated-rate-mismatch',
    message: `报告写明执行率为${stated.rate}%，而按报告中的执行数${formatDecimal(executed)}万元与${baseName}${formatDecimal(base)}万元计算应为${formatDecimal(exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP))}%，请核对执行率或金额。`,
    path: 'budget.executionRate',
    line: stated.line,
  };
}
