/** Small helpers shared by the checks: building findings and naming things in messages. */
import type { Finding, Goal, Indicator, Severity } from '../model.ts';
import { trimTrailing } from '../trim-characters.ts';
import { memoizeByText } from '../memoize-by-text.ts';
import { level1KeyOf, level1NameOf, readHeadingWeight } from '../levels/index.ts';

/** A finding; `line` is kept only when known. */
export function createFinding(input: {
  severity: Severity;
  code: string;
  message: string;
  path: string;
  line?: number | undefined;
}): Finding {
  const { severity, code, message, path, line } = input;
  return line === undefined ? { severity, code, message, path } : { severity, code, message, path, line };
}

const WHITESPACE = /\s+/g;
const HAS_WHITESPACE = /\s/;

/** Whitespace-free text, as names are compared and shown (extraction breaks words with spaces). */
export function compactText(text: string): string {
  // Most names have no whitespace: testing is cheaper than replacing over a million rows.
  return HAS_WHITESPACE.test(text) ? text.replace(WHITESPACE, '') : text;
}

/** The path of an indicator in findings, built only when a finding needs it. */
export function indicatorPath(goalIndex: number, indicatorIndex: number): string {
  return `goals.${goalIndex}.indicators.${indicatorIndex}`;
}

/** The indicator's name in Chinese quotes for messages: “打掉电信诈骗团伙目标数”. */
export function quoteIndicator(indicator: Indicator): string {
  return `“${compactText(indicator.name) || '（未命名指标）'}”`;
}

/** The goal's name for messages: “目标一”, or 本表 for a single implicit goal. */
export function describeGoal(goal: Goal, goalIndex: number): string {
  const name = compactText(goal.name);
  if (name !== '') return `“${name}”`;
  return goalIndex === 0 ? '本表' : `第${goalIndex + 1}个目标`;
}

/**
 * The canonical 一级 name ("产出指标（50分）" → "产出指标") through the one level mapping
 * (core/levels); the compact text when it names no known level.
 */
export function canonicalLevel1(level1: string): string {
  const key = level1KeyOf(level1);
  return key === null ? compactText(level1) : level1NameOf(key);
}

export { readHeadingWeight };

const STOCK_DEVIATION = /^(?:已?完成(?:年度)?(?:绩效)?目标(?:任务)?|已完成|完成|达成|无|\/|-|—|不涉及)?$/;

/**
 * Whether a 偏差原因分析 says nothing: empty, a dash, or only the stock phrase 完成绩效目标 that
 * units copy into every row.
 */
export function isBlankDeviation(deviation: string | null | undefined): boolean {
  if (!deviation) return true;
  return isStockDeviation(deviation);
}

/** Worked out once per text: units copy the same phrase into every row (a million, bench/analyse.bench.ts). */
const isStockDeviation = memoizeByText((deviation) => STOCK_DEVIATION.test(trimTrailing(compactText(deviation), '。.，,；;')));
