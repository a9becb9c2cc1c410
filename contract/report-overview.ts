/**
 * 绩效总览 by level (GET /api/reports/overview): counts and figures per child organisation of the
 * level being viewed, computed in the database, and one row per unit of the level itself (its 主管部门's units, not those of a lower finance bureau). The
 * province's answer is a few dozen rows, not one per document (BENCHMARKS.md, 2026-12-03).
 */
import { z } from 'zod';
import { documentKinds, grades } from '../core/model.ts';
import { reviewStates } from '../core/review/index.ts';

export const reportOverviewQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('缺省：最近一个有自评表的年度'),
  organisationId: z.string().min(1).max(100).optional().describe('查看的层级；缺省：本人所在机构（管理员：全部）'),
});

/** The kinds a unit hands in each year, tracked per unit (the approval table is produced by finance). */
export const trackedKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const;
export type TrackedKind = (typeof trackedKinds)[number];

/** 执行率 bands (DOMAIN.md: < 60 red, 60–80 yellow, ≥ 80 green; 100% or more apart) and score bands (grade edges, 中 split). */
export const executionRateBands = [
  { label: '60%以下', from: null },
  { label: '60%–80%', from: 60 },
  { label: '80%–90%', from: 80 },
  { label: '90%–100%', from: 90 },
  { label: '100%及以上', from: 100 },
] as const;
export const scoreBands = [
  { label: '60分以下', from: null },
  { label: '60–70分', from: 60 },
  { label: '70–80分', from: 70 },
  { label: '80–90分', from: 80 },
  { label: '90分及以上', from: 90 },
] as const;

/** What is counted for a set of units and their documents (the latest revision the reader can see). */
export const overviewFiguresSchema = z.object({
  units: z.number().describe('预算单位数'),
  behindUnits: z.number().describe('报送滞后的单位数：三类文档中有未报送或被退回的'),
  selfEvaluations: z.number(),
  averageExecutionRate: z.string().nullable().describe('自评表执行率平均值（%），两位小数'),
  averageScore: z.string().nullable().describe('自评得分平均值，两位小数'),
});

export const overviewTotalsSchema = overviewFiguresSchema.extend({
  states: z.array(z.object({ kind: z.enum(documentKinds), state: z.enum(reviewStates), count: z.number() })),
  executionRateBands: z.array(z.number()).describe('各执行率区间的自评表份数，顺序同 executionRateBands'),
  scoreBands: z.array(z.number()).describe('各得分区间的自评表份数，顺序同 scoreBands'),
  grades: z.object({ 优: z.number(), 良: z.number(), 中: z.number(), 差: z.number(), none: z.number() }),
});

export const overviewChildSchema = overviewFiguresSchema.extend({
  organisationId: z.string(),
  name: z.string(),
  kind: z.string().describe('机构类别：finance / supervisor / …'),
});

export const overviewUnitDocumentSchema = z.object({ documentId: z.string(), state: z.enum(reviewStates) });

export const overviewUnitSchema = z.object({
  unitId: z.string(),
  unit: z.string(),
  supervisor: z.string().nullable(),
  documents: z.object({
    'target-table': overviewUnitDocumentSchema.nullable(),
    'self-evaluation': overviewUnitDocumentSchema.nullable(),
    'evaluation-report': overviewUnitDocumentSchema.nullable(),
  }),
  pendingKinds: z.array(z.enum(trackedKinds)),
  executionRate: z.string().nullable(),
  score: z.string().nullable(),
  grade: z.enum(grades).nullable(),
});

export const reportOverviewSchema = z.object({
  year: z.number().nullable().describe('所示年度；没有任何文档时为空'),
  years: z.array(z.number()).describe('有文档的年度，新的在前'),
  /** From the reader's own level down to the one viewed; `null` id: the administrator's "全部". */
  trail: z.array(z.object({ organisationId: z.string().nullable(), name: z.string() })),
  totals: overviewTotalsSchema,
  children: z.array(overviewChildSchema).describe('下级财政部门各一行'),
  units: z.array(overviewUnitSchema).describe('本层级自己的预算单位（不属下级财政部门的）各一行'),
});

export type ReportOverviewQuery = z.infer<typeof reportOverviewQuerySchema>;
export type OverviewFigures = z.infer<typeof overviewFiguresSchema>;
export type OverviewTotals = z.infer<typeof overviewTotalsSchema>;
export type OverviewChild = z.infer<typeof overviewChildSchema>;
export type OverviewUnit = z.infer<typeof overviewUnitSchema>;
export type ReportOverview = z.infer<typeof reportOverviewSchema>;
