/**
 * The one place where the table readers of this folder (self-evaluations, project tables) turn a
 * 指标值 / 完成值 cell into the model's IndicatorValue. Until core/indicator-value lands this is a
 * deliberately small stand-in (operator, first number, unit, 上升/下降); switch the body to
 * `parseIndicatorValue(text, { name })` when it exists, and every reader follows.
 */
import type { IndicatorValue, Operator } from '../../core/model.ts';

const operatorWords: ReadonlyArray<[RegExp, Operator]> = [
  [/^(≥|>=|不少于|不低于|大于等于|达到|达)/, '>='],
  [/^(≤|<=|不超过|不高于|小于等于|控制在)/, '<='],
  [/^(>|大于|高于)/, '>'],
  [/^(<|少于|小于|低于)/, '<'],
  [/^(=|＝|等于)/, '='],
];

/** Words in a name that make less better when no operator says so (DOMAIN.md 指标值). */
const LOWER_BETTER_NAME = /发生率|事故率|发案率|时间|时限|天数|经费|成本/;

/** Parses a 指标值 or 完成值 cell; `name` helps decide the direction when no operator is written. */
export function toIndicatorValue(text: string, name: string): IndicatorValue {
  const trimmed = text.trim();
  let rest = trimmed.replace(/\s+/g, '');
  let operator: Operator | null = null;
  for (const [pattern, found] of operatorWords) {
    if (pattern.test(rest)) {
      operator = found;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const change = /^下降|^减少/.test(rest) ? 'decrease' : /^上升|^增加|^增长/.test(rest) ? 'increase' : null;
  if (change) rest = rest.replace(/^(下降|减少|上升|增加|增长)/, '');
  const match = /^(-?\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (!match?.[1]) {
    return { text: trimmed, operator, value: null, unit: null, direction: 'qualitative', change, qualitative: trimmed || null };
  }
  const unit = (match[2] ?? '').replace(/^(以上|以内|以下)$/, '') || null;
  const effectiveOperator = operator ?? (/以内|以下$/.test(rest) ? '<=' : /以上$/.test(rest) ? '>=' : null);
  const direction =
    change === 'decrease'
      ? 'lower-better'
      : effectiveOperator === '<=' || effectiveOperator === '<'
        ? 'lower-better'
        : effectiveOperator === '='
          ? 'equal'
          : effectiveOperator === null && LOWER_BETTER_NAME.test(name)
            ? 'lower-better'
            : 'higher-better';
  return { text: trimmed, operator: effectiveOperator, value: match[1], unit, direction, change, qualitative: null };
}
