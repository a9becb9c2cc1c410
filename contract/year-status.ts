/**
 * The year view of a 主管部门 or the finance bureau (GET /api/reports/year-status, issue 10): for a
 * fiscal year, each unit under the chosen organisation with the state of its 绩效目标表, 绩效自评表
 * and 评价报告 (and its monitoring table when the year has a round), overdue deadlines, the last
 * 催报; and 催报 of every unit still outstanding (POST /api/reports/reminders/outstanding).
 */
import { z } from 'zod';
import { reviewStates } from '../core/review/states.ts';
import { unitReminderSchema } from './unit-reminders.ts';

export const yearStatusQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  organisationId: z.string().min(1).max(100).optional().describe('只看该组织及其下级单位；缺省为本部门'),
});

export const yearDocumentKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const;

export const yearDocumentStatusSchema = z.object({
  /** missing: nothing written; draft: written but not handed in; returned: sent back; handed-in: submitted or further. */
  status: z.enum(['missing', 'draft', 'returned', 'handed-in']),
  state: z.enum(reviewStates).nullable(),
  stateName: z.string(),
  documentId: z.string().nullable().describe('仅当查看者可以打开该文档时给出'),
  dueDate: z.string().nullable(),
  daysOverdue: z.number().int().describe('尚未提交且已过截止日期的天数，否则为 0'),
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
  isOverdue: z.boolean().describe('有已过截止日期仍未提交的文档（含监控表）'),
  lastRemindedAt: z.string().nullable().describe('本年度最近一次催报的时间'),
  canRemind: z.boolean(),
});

export const yearStatusSchema = z.object({
  year: z.number(),
  scope: z.object({ organisationId: z.string().nullable(), organisationName: z.string() }),
  round: z.object({ id: z.string(), title: z.string(), deadline: z.string() }).nullable(),
  units: z.array(yearUnitStatusSchema),
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
export type YearDocumentStatus = z.infer<typeof yearDocumentStatusSchema>;
export type YearUnitStatus = z.infer<typeof yearUnitStatusSchema>;
export type YearStatus = z.infer<typeof yearStatusSchema>;
export type OutstandingReminderRequest = z.infer<typeof outstandingReminderRequestSchema>;
export type OutstandingReminderResult = z.infer<typeof outstandingReminderResultSchema>;
