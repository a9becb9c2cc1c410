/**
 * HTTP contract of monitoring rounds (监控轮次, issue 11): opening a round, its entries with
 * states, lights and lateness, finance's conclusion per table, 催报 reminders, the overview.
 * zod + core types only; the server routes and the web client both import it.
 */
import { z } from 'zod';
import { reviewStates } from '../core/review/states.ts';
import { lightSchema, monitoringConclusionSchema, monitoringPeriodSchema } from '../core/monitoring/index.ts';

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const idText = z.string().min(1).max(100);

export const roundIdParamsSchema = z.object({ id: idText });

/** A 重点监控 choice: a unit, or one project of a unit. */
export const roundTargetSchema = z.object({
  organisationId: idText,
  project: z.string().trim().max(200).nullable().optional(),
});

export const openRoundRequestSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    title: z.string().trim().max(200).optional(),
    period: monitoringPeriodSchema.refine((period) => period.throughMonth != null || period.cutOffDate != null, '请填写监控期间（截至月份或截止日期）'),
    deadline: dateText,
    /** Absent or empty: every unit under the finance bureau with approved targets. */
    targets: z.array(roundTargetSchema).max(20000).optional(),
  })
  .describe('开启监控轮次');
export type OpenRoundRequest = z.infer<typeof openRoundRequestSchema>;

export const roundSummarySchema = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  period: monitoringPeriodSchema,
  periodName: z.string().describe('如 1-6月、截至2026年6月30日'),
  deadline: z.string(),
  isSelective: z.boolean().describe('是否为重点监控（选定单位/项目）'),
  createdAt: z.string(),
  tables: z.number().int().describe('本用户可见的监控表数'),
  submitted: z.number().int().describe('已提交（含审核中、已审核）'),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const roundEntrySchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  project: z.string().nullable(),
  documentId: z.string().nullable().describe('null：该单位没有已批复的绩效目标，未生成监控表'),
  state: z.enum(reviewStates).nullable(),
  stateName: z.string().nullable(),
  budgetLight: lightSchema.nullable(),
  targetLight: lightSchema.nullable(),
  executionRate: z.string().nullable().describe('1-N月执行数 / 调整后预算数，百分比'),
  timeProgress: z.string().nullable().describe('序时进度，百分比'),
  daysOverdue: z.number().int().describe('逾期天数；已提交或未到截止日为 0'),
  isLate: z.boolean(),
  lastRemindedAt: z.string().nullable(),
  conclusion: monitoringConclusionSchema.nullable(),
  conclusionName: z.string().nullable(),
  conclusionNote: z.string().nullable(),
});
export type RoundEntry = z.infer<typeof roundEntrySchema>;

export const roundDetailSchema = roundSummarySchema.extend({ entries: z.array(roundEntrySchema) });
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const openRoundResponseSchema = z.object({
  round: roundDetailSchema,
  created: z.number().int().describe('新生成的监控表数'),
  withoutTargets: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })).describe('没有已批复目标、未生成监控表的单位'),
});
export type OpenRoundResponse = z.infer<typeof openRoundResponseSchema>;

export const roundListQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });
export const roundListSchema = z.object({ items: z.array(roundSummarySchema) });

export const conclusionParamsSchema = z.object({ id: idText, documentId: idText });
export const conclusionRequestSchema = z.object({
  conclusion: monitoringConclusionSchema,
  note: z.string().trim().max(2000).nullable().optional(),
});

export const reminderRequestSchema = z.object({
  organisationId: idText,
  message: z.string().trim().max(500).nullable().optional(),
});

export const reminderSchema = z.object({
  id: z.number().int(),
  roundId: z.string(),
  roundTitle: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  message: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;
export const reminderListSchema = z.object({ items: z.array(reminderSchema) });

/** Lights counted per unit for the heat map; execution against time progress per table for the chart. */
export const roundOverviewSchema = z.object({
  roundId: z.string(),
  timeProgress: z.string().nullable(),
  units: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      budget: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), blue: z.number().int(), none: z.number().int() }),
      target: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), blue: z.number().int(), none: z.number().int() }),
      executionRate: z.string().nullable().describe('该单位各表执行数合计 / 预算数合计'),
    }),
  ),
  lateUnits: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), daysOverdue: z.number().int(), lastRemindedAt: z.string().nullable() })),
  conclusions: z.record(z.string(), z.number().int()),
});
export type RoundOverview = z.infer<typeof roundOverviewSchema>;
