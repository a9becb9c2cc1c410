/**
 * The monitoring (绩效运行监控, 双监控) parts of the document model, imported by core/model.ts:
 * the monitoring window, lights, 完成目标可能性, 偏差原因 categories, the budget's rows by funding
 * source, the analysis block and the money facts of narrative reports. Stable English keys; the
 * Chinese names live in core/monitoring/vocabulary.ts.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../decimal.ts';

const decimal = z.string().regex(DECIMAL_PATTERN, '不是有效的数字');
const amount = decimal.nullable().optional();

/** 红灯 / 黄灯 / 绿灯 / 蓝灯 (blue: the annual target is already over-run). */
export const lights = ['green', 'yellow', 'red', 'blue'] as const;
export const lightSchema = z.enum(lights);
export type Light = z.infer<typeof lightSchema>;

/** 完成目标可能性: 确定能 / 有可能 / 完全不可能. */
export const likelihoods = ['certain', 'possible', 'impossible'] as const;
export const likelihoodSchema = z.enum(likelihoods);
export type Likelihood = z.infer<typeof likelihoodSchema>;

/** 偏差原因 categories: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他. */
export const deviationCategories = ['funding', 'rules', 'staffing', 'equipment', 'other'] as const;
export const deviationCategorySchema = z.enum(deviationCategories);
export type DeviationCategory = z.infer<typeof deviationCategorySchema>;

/**
 * The monitoring window: through the end of a month (1-6月 → throughMonth 6) or up to a date
 * (截至2024年6月30日 → cutOffDate "2024-06-30"). `text` keeps the wording as written.
 */
export const monitoringPeriodSchema = z.object({
  throughMonth: z.number().int().min(1).max(12).nullable().optional(),
  cutOffDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .nullable()
    .optional(),
  text: z.string().nullable().optional(),
});
export type MonitoringPeriod = z.infer<typeof monitoringPeriodSchema>;

/** Funding sources of a monitoring table's budget rows; 'total' is 年度资金总额 / 合计. */
export const fundingSources = [
  'total',
  'currentYear',
  'carriedOver',
  'generalPublic',
  'governmentFund',
  'specialAccount',
  'other',
] as const;
export const fundingSourceSchema = z.enum(fundingSources);
export type FundingSource = z.infer<typeof fundingSourceSchema>;

/** One row of a monitoring table's budget block (万元), as stated. */
export const budgetSourceRowSchema = z.object({
  source: fundingSourceSchema,
  /** The row's label as written (其中：财政拨款). */
  label: z.string(),
  initial: amount,
  adjustment: amount,
  adjusted: amount,
  executedToDate: amount,
  /** 执行率 as stated, percent. */
  executionRate: amount,
  forecast: amount,
});
export type BudgetSourceRow = z.infer<typeof budgetSourceRowSchema>;

/** What a money sentence of a report tells: 预算 / 到位 (received) / 使用·支付 (spent) / 执行. */
export const moneyFactKinds = ['budget', 'received', 'spent', 'executed', 'forecast'] as const;
export const moneyFactKindSchema = z.enum(moneyFactKinds);
export type MoneyFactKind = z.infer<typeof moneyFactKindSchema>;

/** A sum a narrative report states, with what it is (万元). */
export const moneyFactSchema = z.object({
  kind: moneyFactKindSchema,
  amount: decimal,
  /** The words that named it (资金到位, 已支付 …). */
  label: z.string(),
  line: z.number().int().positive().optional(),
});
export type MoneyFact = z.infer<typeof moneyFactSchema>;

/** A rate a report states (执行率 45%, 到位率 80%), with the base it was computed on when the text says. */
export const statedRateSchema = z.object({
  /** Percent as written. */
  rate: decimal,
  /** What was divided: 执行/支付/到位. */
  numerator: moneyFactKindSchema,
  /** What it was divided by; null when the sentence does not say. */
  base: moneyFactKindSchema.nullable(),
  label: z.string(),
  line: z.number().int().positive().optional(),
});
export type StatedRate = z.infer<typeof statedRateSchema>;

/** A completion count a report states ("设置绩效指标12个，已完成9个，完成率75%"). */
export const completionCountSchema = z.object({
  total: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  /** 完成率 as written, percent; null when the sentence states none. */
  rate: decimal.nullable(),
  line: z.number().int().positive().optional(),
});
export type CompletionCount = z.infer<typeof completionCountSchema>;

/** A monitoring table's or report's own block: window, analysis, lights and stated facts. */
export const monitoringSchema = z.object({
  period: monitoringPeriodSchema,
  /** 偏差情况 / 偏差原因分析 (table-wide). */
  deviation: z.string().nullable().optional(),
  /** 存在的问题. */
  problems: z.string().nullable().optional(),
  /** 下一步措施 / 建议 / 纠偏措施 (table-wide). */
  nextSteps: z.string().nullable().optional(),
  /** Budget rows by funding source, as stated. */
  budgetRows: z.array(budgetSourceRowSchema).optional(),
  /** Lights by the policy (core/monitoring): budget execution, and the worst indicator light. */
  budgetLight: lightSchema.nullable().optional(),
  targetLight: lightSchema.nullable().optional(),
  /** 序时进度 used for the lights, percent. */
  timeProgress: amount,
  /** Narrative reports: the money sentences and stated rates. */
  moneyFacts: z.array(moneyFactSchema).optional(),
  statedRates: z.array(statedRateSchema).optional(),
  completionCounts: z.array(completionCountSchema).optional(),
});
export type Monitoring = z.infer<typeof monitoringSchema>;

/** Per-indicator monitoring fields (the indicator's target stays in `target`, 年度指标值). */
export function createIndicatorMonitoringSchema<T extends z.ZodType>(valueSchema: T) {
  return z.object({
    /** 1-N月实际完成值. */
    actualToDate: valueSchema.nullable().optional(),
    /** 全年预计完成值. */
    forecast: valueSchema.nullable().optional(),
    likelihood: likelihoodSchema.nullable().optional(),
    /** 偏差原因 categories ticked or named. */
    deviationCategories: z.array(deviationCategorySchema).optional(),
    /** 原因说明. */
    explanation: z.string().nullable().optional(),
    /** 纠偏措施 / 完善措施. */
    correctiveAction: z.string().nullable().optional(),
    /** Light by the policy. */
    light: lightSchema.nullable().optional(),
  });
}
