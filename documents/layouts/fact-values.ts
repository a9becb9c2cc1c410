/**
 * How two written forms of one fact are compared in the fidelity measure: the normalised text of a
 * name, a level name without its variants, an amount as a decimal, an indicator value by its text
 * or by what it means (operator, number, unit).
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { Dec, toDecimal } from '../../core/decimal.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';

/** The kinds of comparison a fact key can ask for. */
export type FactComparison = 'text' | 'project' | 'decimal' | 'level' | 'value';

/** NFKC, no whitespace, one form of brackets and colons: how names and text facts are compared. */
export function normalizeFactText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']')
    .replace(/[“”"‘’']/g, '');
}

/** The key under which an indicator is found: its 三级 name, normalised. */
export function indicatorKeyName(name: string): string {
  return normalizeFactText(name);
}

/** Level-name variants that mean the same level (产出指标 = 产出, 社会公众或服务对象满意度指标 = 服务对象满意度). */
const levelAliases: ReadonlyArray<[RegExp, string]> = [
  [/^(社会公众或)?服务对象满意度$/, '服务对象满意度'],
  [/^社会公众满意度$/, '服务对象满意度'],
  [/^满意度$/, '满意度'],
  [/^生态环境效益$/, '生态效益'],
  [/^环境效益$/, '生态效益'],
  // 部门整体 frameworks write 效果 for the 效益 一级 (投入/过程/产出/效果, Anhui's 规划/执行/效果).
  [/^效果$/, '效益'],
  [/^部门决策$/, '决策'],
  // 项目产出: the 一级 of older frameworks (财预〔2013〕53号, a 专项经费绩效评价表), core/levels' variant of 产出.
  [/^项目产出$/, '产出'],
];

/**
 * A level name without spaces, its weight note ("（50分）"), the word 指标 (or 目标, as Fujian's system
 * words its levels: 产出目标, 数量目标) and known variants.
 */
export function normalizeLevel(text: string): string {
  const bare = normalizeFactText(text)
    .replace(/\(\d+(\.\d+)?分?\)$/, '')
    .replace(/(?:指标|目标)$/, '');
  for (const [pattern, canonical] of levelAliases) if (pattern.test(bare)) return canonical;
  return bare;
}

/** A decimal written in a fact ("10", "10.00", "100%") as a Dec, or null. */
function readDecimal(text: string): Dec | null {
  const cleaned = trimTrailing(normalizeFactText(text).replace(/,/g, ''), '%分万元');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return toDecimal(cleaned);
}

/** Operator, number and unit of a value text, e.g. "≥|300|户"; null when it has no number. */
export function valueMeaning(text: string): string | null {
  const parsed = parseIndicatorValue(text);
  if (parsed.value === null) return null;
  const value = toDecimal(parsed.value);
  return `${parsed.operator ?? '='}|${value ? value.toString() : parsed.value}|${parsed.unit ?? ''}|${parsed.change ?? ''}`;
}

/** Whether an actual fact equals the expected one under the given comparison. */
export function isSameFact(comparison: FactComparison, expected: string, actual: string): boolean {
  switch (comparison) {
    case 'text':
      return normalizeFactText(expected) === normalizeFactText(actual);
    case 'project':
      // "通组道路硬化项目" and "通组道路硬化" name the same project.
      return normalizeFactText(expected).replace(/项目$/, '') === normalizeFactText(actual).replace(/项目$/, '');
    case 'level':
      return normalizeLevel(expected) === normalizeLevel(actual);
    case 'decimal': {
      const left = readDecimal(expected);
      const right = readDecimal(actual);
      if (left === null || right === null) return normalizeFactText(expected) === normalizeFactText(actual);
      return left.eq(right);
    }
    case 'value': {
      if (normalizeFactText(expected) === normalizeFactText(actual)) return true;
      const left = valueMeaning(expected);
      return left !== null && left === valueMeaning(actual);
    }
  }
}

/** Which comparison a fact key uses, by its last segment. */
export function comparisonOf(key: string): FactComparison {
  if (key === 'project') return 'project';
  const field = key.slice(key.lastIndexOf('.') + 1);
  if (field === 'level1' || field === 'level2') return 'level';
  if (field === 'target' || field === 'actual' || field === 'progress') return 'value';
  if (decimalFields.has(field) || key.startsWith('budget.') || key.startsWith('totals.')) return 'decimal';
  // A report's project (reportProject[name].executed): its amounts and rate as numbers, its grade as text.
  if (key.startsWith('reportProject[') && field !== 'grade') return 'decimal';
  return 'text';
}

const decimalFields = new Set(['year', 'count', 'weight', 'score', 'month']);

export { Dec };
