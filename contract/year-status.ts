/**
 * The year view of a 主管部门 or the finance bureau (GET /api/reports/year-status, issue 10): for a
 * fiscal year, each unit under the chosen organisation with the state of its 绩效目标表, 绩效自评表
 * and 评价报告 (and its monitoring table when the year has a round), overdue deadlines, the last
 * 催报; and 催报 of every unit still outstanding (POST /api/reports/reminders/outstanding).
 */
import { z } from 'zod';
import { reviewStates } from '../core/review/states.ts';
import { unitReminderSchema } from './unit-reminders.ts';

export const yearDocumentKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const;
export const yearDocumentStatuses = ['missing', 'draft', 'returned', 'handed-in'] as const;

/** The view's filters (issue 10): every unit, those not yet submitted, with something returned, past a deadline. */
export const yearStatusFilters = ['all', 'outstanding', 'returned', 'overdue'] as const;
export type YearStatusFilter = (typeof yearStatusFilters)[number];

/** One page of units (issue 14 at 10,000 units): the page shows 50 rows, not the whole province. */
export const defaultYearPageSize = 50;
export const maxYearPageSize = 200;

export const yearStatusQuerySchema = z
  .object({
    year: z.coerce.number().int().min(1990).max(2100),
    organisationId: z.string().min(1).max(100).optional().describe('只看该组织及其下级单位；缺省为本部门'),
    filter: z.enum(yearStatusFilters).default('all').describe('all 全部；outstanding 未提交；returned 已退回；overdue 已逾期'),
    kind: z.enum(yearDocumentKinds).optional().describe('与 status 同用：只看该类文档处于该状态的单位'),
    status: z.enum(yearDocumentStatuses).optional().describe('missing 未填报；draft 未提交；returned 已退回；handed-in 已提交或更后'),
    search: z.string().trim().max(100).optional().describe('单位或其主管部门名称中的文字'),
    page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码，从 1 开始'),
    pageSize: z.coerce.number().int().min(1).max(maxYearPageSize).default(defaultYearPageSize).describe(`每页单位数（默认 ${defaultYearPageSize}，最多 ${maxYearPageSize}）`),
  })
  .refine((query) => (query.kind === undefined) === (query.status === undefined), { message: 'kind 与 status 须同时给出', path: ['status'] });

export const yearDocumentStatusSchema = z.object({
  /** missing: nothing written; draft: written but not handed in; returned: sent back; handed-in: submitted or further. */
  status: z.enum(yearDocumentStatuses),
  state: z.enum(reviewStates).nullable(),
  stateName: z.string(),
  documentId: z.string().nullable().describe('仅当查看者可以打开该文档时给出'),
  dueDate: z.string().nullable(),
  daysOverdue: z.number().int().describe('尚未提交且已过截止日期的天数，否则为 0；截止日期早于单位建立、且单位没有该年度或更早的文档时不算逾期'),
});

export const yearMonitoringStatusSchema = z.object({
  state: z.enum(reviewStates).nullable(),
  stateName: z.string(),
  daysOverdue: z.number().int(),
});

export const yearUnitStatusSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  supervisor: z.string().nullable().describe('单位上级的主管部门'),
  documents: z.object({
    'target-table': yearDocumentStatusSchema,
    'self-evaluation': yearDocumentStatusSchema,
    'evaluation-report': yearDocumentStatusSchema,
  }),
  monitoring: yearMonitoringStatusSchema.nullable().describe('本年度最近一轮监控中该单位的监控表；不在轮次中为空'),
  isOutstanding: z.boolean().describe('有尚未提交的绩效目标表、自评表或评价报告（可催报）'),
  isReturned: z.boolean(),
  isOverdue: z.boolean().describe('有已过截止日期仍未提交的文档（含监控表；单位建立之前已过的截止日期不算）'),
  lastRemindedAt: z.string().nullable().describe('本年度最近一次催报的时间'),
  canRemind: z.boolean(),
});

/** Counts over every unit of the scope, whatever the filters and page. */
export const yearStatusCountsSchema = z.object({
  all: z.number().int(),
  outstanding: z.number().int(),
  returned: z.number().int(),
  overdue: z.number().int(),
  remindable: z.number().int().describe('可由查看者催报、今天尚未催报的未提交单位数（一键催报的单位数）'),
});

export const yearStatusSchema = z.object({
  year: z.number(),
  scope: z.object({ organisationId: z.string().nullable(), organisationName: z.string() }),
  round: z.object({ id: z.string(), title: z.string(), deadline: z.string() }).nullable(),
  dueDates: z.object({
    'target-table': z.string().nullable(),
    'self-evaluation': z.string().nullable(),
    'evaluation-report': z.string().nullable(),
  }),
  hasSeveralSupervisors: z.boolean().describe('范围内的单位分属不止一个主管部门'),
  counts: yearStatusCountsSchema,
  page: z.object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe('符合筛选条件的单位数'),
  }),
  units: z.array(yearUnitStatusSchema).describe('本页的单位：逾期在前，未提交其次，再按组织树顺序'),
});

export const outstandingReminderRequestSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  organisationId: z.string().min(1).max(100).optional(),
  message: z.string().trim().max(500).nullish(),
});

export const outstandingReminderResultSchema = z.object({
  year: z.number(),
  reminded: z.array(unitReminderSchema),
  skipped: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), reason: z.string() })).describe('今天已催报过的单位'),
});

export type YearStatusQuery = z.infer<typeof yearStatusQuerySchema>;
/** What a caller may send (defaults filled by the schema). */
export type YearStatusQueryInput = z.input<typeof yearStatusQuerySchema>;
export type YearStatusCounts = z.infer<typeof yearStatusCountsSchema>;
export type YearDocumentStatus = z.infer<typeof yearDocumentStatusSchema>;
export type YearUnitStatus = z.infer<typeof yearUnitStatusSchema>;
export type YearStatus = z.infer<typeof yearStatusSchema>;
export type OutstandingReminderRequest = z.infer<typeof outstandingReminderRequestSchema>;
export type OutstandingReminderResult = z.infer<typeof outstandingReminderResultSchema>;
