/**
 * HTTP contract of 评价结果通报 and 结果应用 (issue 11): the year's notice for finance (export,
 * publish), the published notices for the public pages, and the 结果应用 records (grade → next
 * year's budget suggestion) finance edits and reviewers of next year's target table read.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../core/decimal.ts';
import { grades, scopes } from '../core/model.ts';
import { budgetSuggestions } from '../core/results/index.ts';

const decimal = z.string().regex(DECIMAL_PATTERN);
const year = z.coerce.number().int().min(1990).max(2100);
const grade = z.enum(grades);
const suggestion = z.enum(budgetSuggestions);

export const resultsYearParamsSchema = z.object({ year });
export const resultsExportQuerySchema = z.object({ format: z.enum(['docx', 'xlsx']).describe('docx | xlsx') });

export const resultsNoticeEntrySchema = z.object({
  organisationId: z.string(),
  unit: z.string(),
  supervisor: z.string().nullable(),
  scope: z.enum(scopes),
  project: z.string().nullable(),
  adjusted: decimal.nullable().describe('全年预算数（万元）'),
  executed: decimal.nullable().describe('全年执行数（万元）'),
  executionRate: decimal.nullable().describe('执行率（%）'),
  score: decimal.nullable(),
  grade: grade.nullable(),
});

export const resultsNoticeSchema = z.object({
  year: z.number().int(),
  entries: z.array(resultsNoticeEntrySchema),
  gradeCounts: z.object({ 优: z.number(), 良: z.number(), 中: z.number(), 差: z.number(), ungraded: z.number() }),
  totals: z.object({
    units: z.number(),
    projects: z.number(),
    departments: z.number(),
    adjusted: decimal,
    executed: decimal,
    executionRate: decimal.nullable(),
  }),
});

export const resultsNoticeViewSchema = z.object({
  notice: resultsNoticeSchema,
  summary: z.string().describe('通报正文的概述段落'),
  pending: z.number().describe('本年度尚未提交（草稿或退回）的自评表数'),
  publishedAt: z.string().nullable().describe('最近一次发布的时间；未发布为 null'),
});

export const publicResultsNoticeSchema = z.object({ notice: resultsNoticeSchema, summary: z.string(), publishedAt: z.string() });
export const publicResultsNoticeListSchema = z.object({ items: z.array(z.object({ year: z.number().int(), publishedAt: z.string() })) });

export const applicationRecordSchema = z.object({
  organisationId: z.string(),
  unit: z.string(),
  year: z.number().int(),
  project: z.string().nullable(),
  grade: grade.nullable(),
  suggestion: suggestion.nullable(),
  changePercent: z.number().int().nullable(),
  note: z.string().nullable(),
  isDefault: z.boolean().describe('true：尚未由财政部门确定，按结果应用规则给出的建议'),
  updatedAt: z.string().nullable(),
});

const policyRuleSchema = z.object({ suggestion, changePercent: z.number().nullable() });
export const applicationListSchema = z.object({
  items: z.array(applicationRecordSchema),
  policy: z.object({ name: z.string(), byGrade: z.object({ 优: policyRuleSchema, 良: policyRuleSchema, 中: policyRuleSchema, 差: policyRuleSchema }) }),
});

export const applicationParamsSchema = z.object({ organisationId: z.string().min(1).max(100), year });
export const saveApplicationBodySchema = z.object({
  project: z.string().trim().max(200).nullable().describe('项目名称；部门整体为 null'),
  suggestion,
  changePercent: z.number().int().min(-100).max(100).nullable(),
  note: z.string().trim().max(500, '说明不能超过 500 个字').nullable(),
});

export const documentApplicationsSchema = z.object({
  year: z.number().int().describe('结果所属年度（文档年度的上一年）'),
  items: z.array(applicationRecordSchema),
});

export type ResultsNoticeView = z.infer<typeof resultsNoticeViewSchema>;
export type PublicResultsNotice = z.infer<typeof publicResultsNoticeSchema>;
export type ApplicationRecordView = z.infer<typeof applicationRecordSchema>;
export type ApplicationList = z.infer<typeof applicationListSchema>;
export type SaveApplicationBody = z.infer<typeof saveApplicationBodySchema>;
export type DocumentApplications = z.infer<typeof documentApplicationsSchema>;
