/**
 * The 执行率 a report states ("预算执行率为98.71%") and whether its own figures give it: executed ÷
 * adjusted (or ÷ initial when no adjusted budget is stated). A stated rate agrees when it equals the
 * exact rate rounded half-up or cut off at its own number of decimals (both are seen in reports).
 * The finding's code is the one core/checks uses for tables (stated-rate-mismatch).
 */
import type { Budget, Finding } from '../../core/model.ts';
import { Dec, formatDecimal, toDecimal } from '../../core/decimal.ts';
import { statedExecutionRate } from '../vocabulary/labels.ts';
import { reportRateTargetLeadIn, reportRateThreshold, reportSpendingKindWords, reportWholeSpendingClause } from '../vocabulary/report-words.ts';
import { clauseBefore, namesOtherYear } from './report-clause.ts';
import { withPercentWords } from './percent-words.ts';

export interface StatedRate {
  rate: string;
  /** 1-based line. */
  line: number;
}

const STATED_RATES = new RegExp(statedExecutionRate.source, 'g');
const RATE_WORDS = /执行率|执行进度|完成率|百分之|占[^，,。；;]{0,6}预算/;
/**
 * The first 执行率 the report states for its own year, or null. A rate whose clause names the year
 * before or another year ("上年预算执行率为91%", "2022年度预算执行率为88%"), or states a target or a
 * threshold ("绩效目标要求预算执行率达到95%以上"), is no stated rate. Percentages in words count.
 */
export function findStatedRate(lines: readonly string[], year: number | null = null): StatedRate | null {
  // A report that never dates its own figures: a rate of an undated clause before one a year names.
  if (year === null) return findRate(lines, null, true) ?? findRate(lines, null, false);
  return findRate(lines, year, false);
}

function findRate(lines: readonly string[], year: number | null, isUndatedOnly: boolean): StatedRate | null {
  for (const [index, written] of lines.entries()) {
    if (!RATE_WORDS.test(written)) continue;
    const line = withPercentWords(written);
    for (const match of line.matchAll(STATED_RATES)) {
      const clause = clauseBefore(line, match.index);
      if (namesOtherYear(clause, year, isUndatedOnly) || reportRateTargetLeadIn.test(clause)) continue;
      if (reportRateThreshold.test(line.slice(match.index + match[0].length))) continue;
      // "占全年预算的92%" is the execution only after the whole spending, not a kind's share (人员经费…占…).
      if (match[0].startsWith('占') && !isWholeSpendingShare(line.slice(0, match.index))) continue;
      if (match[1]) return { rate: match[1], line: index + 1 };
    }
  }
  return null;
}

/** The sentence before a "占…预算的N%": its last clause states the whole spending, no kind of it. */
function isWholeSpendingShare(before: string): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  const clauses = sentence.split(/[，,]/).filter((clause) => clause.trim() !== '');
  const spending = clauses.at(-1) ?? '';
  return reportWholeSpendingClause.test(spending) && !reportSpendingKindWords.test(sentence);
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

/**
 * The notice for a stated 执行率 the report's own figures cannot check: it states no 执行数, or no budget to divide it
 * by ("预算执行率为95%" alone). The rate is kept as stated; no amount is made up from it. The message says what is
 * missing and, when one side is known, what the other would have to be, so a reviewer can compare with the 决算.
 */
export function uncheckedRateNotice(budget: Budget, stated: StatedRate): Finding | null {
  const executed = toDecimal(budget.executed);
  const base = toDecimal(budget.adjusted ?? budget.initial);
  const rate = toDecimal(stated.rate);
  if (executed && base) return null;
  const baseName = budget.adjusted ? '全年预算数' : '年初预算数';
  let known = '报告没有写明全年预算数和执行数';
  if (executed && rate?.greaterThan(0)) {
    const implied = executed.times(100).dividedBy(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    known = `报告写明执行数${formatDecimal(executed)}万元而没有写明预算数（按此执行率应约为${formatDecimal(implied)}万元）`;
  } else if (base && rate) {
    const implied = base.times(rate).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    known = `报告写明${baseName}${formatDecimal(base)}万元而没有写明执行数（按此执行率应约为${formatDecimal(implied)}万元）`;
  }
  return {
    severity: 'info',
    code: 'report-rate-unchecked',
    message: `报告写明执行率为${stated.rate}%，${known}，无法核对：执行率按报告所写入库，未推算金额；请对照决算或资金支付数据核对。`,
    path: 'budget.executionRate',
    line: stated.line,
  };
}
