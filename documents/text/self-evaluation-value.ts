/**
 * The one place where the table readers of this folder (self-evaluations, project tables) turn a
 * 指标值 / 完成值 cell into the model's IndicatorValue: core's parser, with the indicator's name
 * so that a value without an operator gets its direction from the name (发生率 → lower-better).
 */
import type { IndicatorValue } from '../../core/model.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';

/** Parses a 指标值 or 完成值 cell; `name` helps decide the direction when no operator is written. */
export function toIndicatorValue(text: string, name: string): IndicatorValue {
  return parseIndicatorValue(text, { name });
}
