/**
 * The light of one indicator in a monitoring table (目标执行监控): 正向 by progress against time,
 * 反向 and 等于 on course or not, 定性 by the wording of 达成 / 部分达成 / 未达成.
 */
import type { Indicator } from '../model.ts';
import { classifyQualitative } from '../scoring/qualitative.ts';
import { toScaled, type Scaled } from '../scoring/scaled.ts';
import type { MonitoringLightPolicy } from './light-policy.ts';
import { pickBand } from './pick-band.ts';
import { compareProducts, whole } from './ratio.ts';
import type { Light } from './schema.ts';
import type { Fraction } from './time-progress.ts';

const ONE = whole(1);
const WHOLE_YEAR: readonly [Scaled, Scaled] = [ONE, ONE];
const fractionCache = new WeakMap<Fraction, readonly [Scaled, Scaled]>();

/** A time progress as scaled integers, made once per window (a table lights all its rows with one). */
function toScaledFraction(progress: Fraction): readonly [Scaled, Scaled] {
  let scaled = fractionCache.get(progress);
  if (!scaled) {
    scaled = [whole(progress.numerator), whole(progress.denominator)];
    fractionCache.set(progress, scaled);
  }
  return scaled;
}

function isLevelUnit(policy: MonitoringLightPolicy, unit: string | null): boolean {
  return unit !== null && policy.levelUnits.includes(unit);
}

/**
 * The indicator's light from its 年度指标值 and 1-N月实际完成值; null when there is nothing to
 * judge (no actual yet, no target, a target of 0 on a 正向 indicator, or wording that says neither).
 */
export function lightIndicator(input: {
  indicator: Indicator;
  progress: Fraction | null;
  policy: MonitoringLightPolicy;
}): Light | null {
  const { indicator, progress, policy } = input;
  const target = indicator.target;
  const actual = indicator.monitoring?.actualToDate ?? null;
  if (!target || !actual) return null;
  const targetValue = toScaled(target.value);
  const actualValue = toScaled(actual.value);
  if (target.direction === 'qualitative' || targetValue === null) {
    const attainment = classifyQualitative({ target, actual });
    if (attainment === 'met') return policy.qualitative.met;
    if (attainment === 'partial') return policy.qualitative.partial;
    return attainment === 'not-met' ? policy.qualitative.notMet : null;
  }
  if (actualValue === null) return null;
  const isLevel = isLevelUnit(policy, target.unit) || target.change !== null;
  // Share of the year's target due by now: the whole of it for levels (合格率), n/d for running totals.
  const due: readonly [Scaled, Scaled] = isLevel || !progress ? WHOLE_YEAR : toScaledFraction(progress);
  switch (target.direction) {
    case 'higher-better':
      if (targetValue.units <= 0) return null;
      if (!isLevel && (!progress || progress.numerator <= 0)) return null;
      // v = actual ÷ (target · n/d) = actual·d / (target·n)
      return pickBand({
        bands: policy.higherBetterBands,
        numerator: [actualValue, due[1]],
        denominator: [targetValue, due[0]],
      });
    case 'lower-better': {
      const order = compareProducts([actualValue], [targetValue]);
      const met = target.operator === '<' ? order < 0 : order <= 0;
      return met ? policy.metLight : policy.notMetLight;
    }
    case 'equal': {
      if (isLevel)
        return compareProducts([actualValue], [targetValue]) === 0 ? policy.metLight : policy.notMetLight;
      // A count due by the year's end (=12次) is on course when the share due by now is done and the year's figure not passed.
      const onCourse =
        compareProducts([actualValue, due[1]], [targetValue, due[0]]) >= 0 &&
        compareProducts([actualValue], [targetValue]) <= 0;
      return onCourse ? policy.metLight : policy.notMetLight;
    }
  }
}
