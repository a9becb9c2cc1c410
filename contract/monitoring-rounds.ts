/**
 * HTTP contract of monitoring rounds (监控轮次, issue 11): opening a round, its entries with
 * states, lights and lateness, finance's conclusion per table, 催报 reminders, the overview.
 * zod + core types only; the server routes and the web client both import it.
 */
import { z } from 'zod';
import { reviewStates } from '../core/review/states.ts';
import { lightSchema, monitoringConclusionSchema, monitoringConclusions, monitoringPeriodSchema } from '../core/monitoring/index.ts';

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

/** One page of a round's entries (issue 11 at 10,000 units): the page shows 50 rows, not every unit. */
export const defaultRoundPageSize = 50;
export const maxRoundPageSize = 200;

/** 状态 filter: a review state, 未提交 (草稿 or 已退回), or 无监控表 (no approved targets). */
export const roundEntryStateFilters = [...reviewStates, 'unsubmitted', 'no-table'] as const;
export type RoundEntryStateFilter = (typeof roundEntryStateFilters)[number];
export const roundConclusionFilters = [...monitoringConclusions, 'none'] as const;

export const roundEntriesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码，从 1 开始'),
  pageSize: z.coerce.number().int().min(1).max(maxRoundPageSize).default(defaultRoundPageSize).describe(`每页条数（默认 ${defaultRoundPageSize}，最多 ${maxRoundPageSize}）`),
  state: z.enum(roundEntryStateFilters).optional().describe('状态：审核状态之一，unsubmitted（未提交：草稿或已退回），no-table（无已批复目标、未生成监控表）'),
  late: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true：只看逾期未提交的；false：只看未逾期的'),
  light: lightSchema.optional().describe('亮灯颜色（只匹配本用户可查看的监控表）'),
  lightSide: z.enum(['budget', 'target']).optional().describe('哪一盏灯：budget 预算执行，target 绩效目标；不填为任一盏'),
  conclusion: z.enum(roundConclusionFilters).optional().describe('监控结论；none 为尚未作出结论'),
  search: z.string().trim().max(100).optional().describe('单位名称或项目名称包含的文字'),
  under: idText.optional().describe('只看该单位及其下级（与分级监控总览的下钻相同）'),
});
export type RoundEntriesQuery = z.output<typeof roundEntriesQuerySchema>;
/** What the web client sends (every field optional). */
export type RoundEntriesQueryInput = Partial<Omit<z.input<typeof roundEntriesQuerySchema>, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

/** Counts over every entry the actor sees in the round, whatever the filters and page. */
export const roundCountsSchema = z.object({
  entries: z.number().int().describe('本用户可见的单位/项目数（含无监控表的）'),
  tables: z.number().int().describe('监控表数'),
  withoutTable: z.number().int().describe('无已批复目标、未生成监控表的'),
  submitted: z.number().int().describe('已提交（含审核中、已审核）'),
  unsubmitted: z.number().int().describe('未提交（草稿、已退回）'),
  late: z.number().int().describe('逾期未提交的监控表数'),
  lateUnits: z.number().int().describe('逾期未提交的单位数'),
  concluded: z.number().int().describe('已作出监控结论的'),
});
export type RoundCounts = z.infer<typeof roundCountsSchema>;

export const roundDetailSchema = roundSummarySchema.extend({
  counts: roundCountsSchema,
  page: z.object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe('符合筛选条件的条数'),
  }),
  entries: z.array(roundEntrySchema).describe('本页的条目，按单位层级排序'),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const openRoundResponseSchema = z.object({
  round: roundDetailSchema,
  created: z.number().int().describe('新生成的监控表数'),
  withoutTargets: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })).describe('没有已批复目标、未生成监控表的单位'),
});
export type OpenRoundResponse = z.infer<typeof openRoundResponseSchema>;

export const openingPreviewQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const openingPreviewSchema = z
  .object({
    year: z.number().int(),
    isYearOpen: z.boolean().describe('该年度是否开放（关闭的年度不能开启监控）'),
    tables: z.number().int().describe('开启全部单位的轮次将生成的监控表数（已批复的绩效目标表，每个单位每个项目一张）'),
    units: z.number().int().describe('有已批复绩效目标的单位数'),
    unitsWithout: z.number().int().describe('没有已批复绩效目标、不会生成监控表的单位数'),
    years: z.array(z.object({ year: z.number().int(), tables: z.number().int() })).describe('有已批复绩效目标的年度（新的在前）及其目标表数'),
  })
  .describe('开启监控轮次前的预览');
export type OpeningPreview = z.infer<typeof openingPreviewSchema>;

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
