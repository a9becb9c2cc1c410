/**
 * The one place where the target-table and approval-table readers turn a 指标值 cell into the
 * model's IndicatorValue: the shared parser of core/indicator-value, with an empty cell meaning
 * "no target" (null), so the `missing-target` check can report it.
 */
import type { IndicatorValue } from '../../core/model.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';

/** The parsed target for a value cell, keeping the cell's text; null for an empty cell. */
export function toIndicatorValue(text: string, name: string): IndicatorValue | null {
  if (text.trim() === '') return null;
  return parseIndicatorValue(text, { name });
}
