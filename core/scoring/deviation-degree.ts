/**
 * 偏离度: an actual far above its target (B ≥ threshold × A, 130% in the regions that use it)
 * means the target was set too low. Regions deduct points or ask for an explanation; only
 * numeric 正向/等于 targets above zero can show it.
 */
import type { Indicator } from '../model.ts';
import { compareScaled, multiplyScaled, toScaled } from './scaled.ts';
import { areUnitsComparable } from '../indicator-value/index.ts';

/** Whether the indicator's actual reaches `threshold` × its target (e.g. "1.3"). */
export function isDeviationDegreeExceeded(input: { indicator: Indicator; threshold: string }): boolean {
  const { target, actual } = input.indicator;
  if (!target || !actual || target.change !== null) return false;
  if (target.direction !== 'higher-better' && target.direction !== 'equal') return false;
  if (target.unit !== actual.unit && !areUnitsComparable(target, actual)) return false;
  const targetValue = toScaled(target.value);
  const actualValue = toScaled(actual.value);
  const threshold = toScaled(input.threshold);
  if (!targetValue || !actualValue || !threshold || targetValue.units <= 0) return false;
  const limit = multiplyScaled(targetValue, threshold);
  return limit !== null && compareScaled(actualValue, limit) >= 0;
}
