/**
 * Lights of a whole monitoring table: the budget light, each indicator's light (with the region's
 * progress-gap warning when the policy has one), the table's target light (the worst indicator
 * light) and the 序时进度 used. Returns a new document; the input is untouched.
 */
import { Dec, formatDecimal, roundDecimal, toDecimal } from '../decimal.ts';
import { toScaled, type Scaled } from '../scoring/scaled.ts';
import { compareProducts, whole } from './ratio.ts';
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import { lightBudget, pickBudgetBase } from './budget-light.ts';
import { lightIndicator } from './indicator-light.ts';
import { defaultLightPolicy, worseLight, type MonitoringLightPolicy } from './light-policy.ts';
import type { Light } from './schema.ts';
import { completedMonths, computeTimeProgress } from './time-progress.ts';

const HUNDRED = whole(100);

/**
 * The region's progress-gap test, prepared once per table: an indicator's progress P = 完成值 /
 * 年度指标值 × 100 differs from 执行率 R = 执行数 / 基数 × 100 by more than `points` when
 * 完成值·100·基数 lies outside [(执行数·100 − points·基数)·指标值, (执行数·100 + points·基数)·指标值].
 */
interface GapBounds {
  base: Scaled;
  upper: Scaled;
  lower: Scaled;
}

function prepareGap(document: PerformanceDocument, policy: MonitoringLightPolicy): GapBounds | null {
  if (!policy.progressGap) return null;
  const executed = toDecimal(document.budget.executedToDate);
  const base = toDecimal(pickBudgetBase(document.budget, policy));
  if (!executed || !base || base.lessThanOrEqualTo(0)) return null;
  const points = new Dec(policy.progressGap.points);
  const scaledBase = toScaled(formatDecimal(base));
  const upper = toScaled(formatDecimal(executed.times(100).plus(points.times(base))));
  const lower = toScaled(formatDecimal(executed.times(100).minus(points.times(base))));
  return scaledBase && upper && lower ? { base: scaledBase, upper, lower } : null;
}

function hasProgressGap(indicator: Indicator, gap: GapBounds): boolean {
  if (indicator.target?.direction !== 'higher-better') return false;
  const target = toScaled(indicator.target.value);
  const actual = toScaled(indicator.monitoring?.actualToDate?.value);
  if (!target || !actual || target.units <= 0) return false;
  const progress = [actual, HUNDRED, gap.base] as const;
  return (
    compareProducts(progress, [gap.upper, target]) > 0 || compareProducts(progress, [gap.lower, target]) < 0
  );
}

export interface MonitoringLights {
  budgetLight: Light | null;
  /** The worst indicator light. */
  targetLight: Light | null;
  /** 序时进度, percent (2 decimals); null without a window. */
  timeProgress: string | null;
  /** Each indicator's light, by goal and indicator index. */
  indicatorLights: Array<Array<Light | null>>;
}

/** Every light of a monitoring table by the policy, without copying the document (overviews need only these). */
export function computeLights(
  document: PerformanceDocument,
  policy: MonitoringLightPolicy = defaultLightPolicy,
): MonitoringLights {
  const period = document.monitoring?.period ?? {};
  const progress = computeTimeProgress({ period, mode: policy.timeProgress, year: document.year });
  const budgetLight = lightBudget({
    budget: document.budget,
    progress,
    completedMonths: completedMonths(period),
    policy,
  });
  const gap = prepareGap(document, policy);
  let targetLight: Light | null = null;
  // Plain loops over preallocated arrays: this runs over a million indicators (bench/monitoring-lights.bench.ts).
  const indicatorLights = new Array<Array<Light | null>>(document.goals.length);
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    const lights = new Array<Light | null>(indicators.length);
    for (let index = 0; index < indicators.length; index++) {
      const indicator = indicators[index] as Indicator;
      let light = lightIndicator({ indicator, progress, policy });
      if (light !== null && gap && policy.progressGap && hasProgressGap(indicator, gap)) {
        light = worseLight(policy, light, policy.progressGap.light);
      }
      targetLight = worseLight(policy, targetLight, light);
      lights[index] = light;
    }
    indicatorLights[goalIndex] = lights;
  }
  const timeProgress =
    progress === null
      ? null
      : roundDecimal(new Dec(progress.numerator).times(100).dividedBy(progress.denominator), 2);
  return { budgetLight, targetLight, timeProgress, indicatorLights };
}

/** The document with every light set by the policy (the default: the national platform's); the input is untouched. */
export function lightDocument(
  document: PerformanceDocument,
  policy: MonitoringLightPolicy = defaultLightPolicy,
): PerformanceDocument {
  const { budgetLight, targetLight, timeProgress, indicatorLights } = computeLights(document, policy);
  const goals = document.goals.map((goal, goalIndex) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) => ({
      ...indicator,
      monitoring: { ...indicator.monitoring, light: indicatorLights[goalIndex]?.[index] ?? null },
    })),
  }));
  const monitoring = document.monitoring ?? { period: {} };
  return { ...document, goals, monitoring: { ...monitoring, budgetLight, targetLight, timeProgress } };
}
