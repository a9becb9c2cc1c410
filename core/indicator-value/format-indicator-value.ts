import type { IndicatorValue } from '../model.ts';
import { CHANGE_LABELS, OPERATOR_SYMBOLS } from './vocabulary.ts';

/**
 * Writes a value in canonical form ("≥80%", "≤2小时", "下降15%", "10000份", "健全"); parsing the
 * result with the same indicator name gives back the same operator, value, unit, direction,
 * change and qualitative wording (for units the parser knows).
 */
export function formatIndicatorValue(value: IndicatorValue): string {
  const change = value.change ? CHANGE_LABELS[value.change] : '';
  if (value.value === null) return value.qualitative ?? change;
  const operator = value.operator ? OPERATOR_SYMBOLS[value.operator] : '';
  return `${change}${operator}${value.value}${value.unit ?? ''}`;
}
