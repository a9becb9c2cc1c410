/**
 * Light policies of 绩效运行监控 (双监控, 财预〔2019〕136号), as data: which progress gets which
 * light, how time progress (序时进度) is counted, and which answers require a reason. The default
 * follows the national platform's configuration; the region variant warns at fixed execution
 * milestones. A region overrides parts with `mergeLightPolicy`.
 */
import type { DecimalString } from '../decimal.ts';
import type { Light, Likelihood } from './schema.ts';

/** A light from a lower edge (percent, closed) upward, up to the next band's edge. */
export interface LightBand {
  from: DecimalString;
  light: Light;
}

/** Execution must reach `minRate` percent by the end of `throughMonth` (region variant). */
export interface ExecutionMilestone {
  throughMonth: number;
  minRate: DecimalString;
}

export type BudgetLightRule =
  /** v = 执行率 ÷ 序时进度 (percent), then bands. */
  | { mode: 'time-ratio'; bands: LightBand[] }
  /** 执行率 below the latest milestone reached → `below`, else `otherwise`; before the first → `otherwise`. */
  | { mode: 'milestones'; milestones: ExecutionMilestone[]; below: Light; otherwise: Light };

export interface MonitoringLightPolicy {
  /** Shown in reasons and docs. */
  name: string;
  /** 序时进度: elapsed months / 12, or days elapsed / days in the year. */
  timeProgress: 'months' | 'days';
  /** 执行率 = 1-N月执行数 / 调整后预算数 ('adjusted') or / 年初预算数 ('initial'). */
  budgetBase: 'adjusted' | 'initial';
  budget: BudgetLightRule;
  /** 正向: v = 完成值 ÷ (年度指标值 × 序时进度), percent, then bands. */
  higherBetterBands: LightBand[];
  /**
   * Units whose values are levels, not running totals (a 合格率 of 98% is not half done in June):
   * for these v = 完成值 ÷ 年度指标值, without time progress.
   */
  levelUnits: string[];
  /** 反向 and 等于: on course or not. */
  metLight: Light;
  notMetLight: Light;
  /** 定性: 达成 / 部分达成 / 未达成. */
  qualitative: { met: Light; partial: Light; notMet: Light };
  /**
   * Region variant: an indicator whose progress (完成值 / 年度指标值, percent) differs from the
   * budget's 执行率 by more than `points` gets at least `light`. Null: off.
   */
  progressGap: { points: DecimalString; light: Light } | null;
  /** Worst first: the table's target light is the first of these among its indicators. */
  severity: Light[];
  /** Answers that require 原因说明 and 纠偏措施. */
  reasonRequired: { lights: Light[]; likelihoods: Likelihood[] };
}

/** The national platform's configuration (DOMAIN.md "Monitoring"). */
export const defaultLightPolicy: MonitoringLightPolicy = {
  name: '全国预算绩效管理平台默认配置',
  timeProgress: 'months',
  budgetBase: 'adjusted',
  budget: {
    mode: 'time-ratio',
    bands: [
      { from: '0', light: 'red' },
      { from: '60', light: 'yellow' },
      { from: '80', light: 'green' },
    ],
  },
  higherBetterBands: [
    { from: '0', light: 'red' },
    { from: '60', light: 'yellow' },
    { from: '80', light: 'green' },
    { from: '120', light: 'blue' },
  ],
  levelUnits: ['%', '‰', '分'],
  metLight: 'green',
  notMetLight: 'red',
  qualitative: { met: 'green', partial: 'yellow', notMet: 'red' },
  progressGap: null,
  severity: ['red', 'yellow', 'blue', 'green'],
  reasonRequired: { lights: ['red'], likelihoods: ['possible', 'impossible'] },
};

/**
 * The region variant seen in provincial rules: execution below 25% by end-April, 40% by end-June,
 * 60% by end-August, 80% by end-October warns (yellow); target progress and execution differing by
 * more than 10 points warns; red or yellow requires a reason.
 */
export const milestoneLightPolicy: MonitoringLightPolicy = {
  ...defaultLightPolicy,
  name: '执行进度节点预警（地方规定）',
  budget: {
    mode: 'milestones',
    milestones: [
      { throughMonth: 4, minRate: '25' },
      { throughMonth: 6, minRate: '40' },
      { throughMonth: 8, minRate: '60' },
      { throughMonth: 10, minRate: '80' },
    ],
    below: 'yellow',
    otherwise: 'green',
  },
  progressGap: { points: '10', light: 'yellow' },
  reasonRequired: { lights: ['red', 'yellow'], likelihoods: ['possible', 'impossible'] },
};

/** A policy with some fields replaced (a region's variant of a base policy). */
export function mergeLightPolicy(
  base: MonitoringLightPolicy,
  changes: Partial<MonitoringLightPolicy>,
): MonitoringLightPolicy {
  return { ...base, ...changes };
}

/** The worse of two lights under the policy's severity order; null counts as no light. */
export function worseLight(policy: MonitoringLightPolicy, a: Light | null, b: Light | null): Light | null {
  if (a === null) return b;
  if (b === null) return a;
  return policy.severity.indexOf(a) <= policy.severity.indexOf(b) ? a : b;
}
