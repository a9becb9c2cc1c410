/**
 * POST /api/documents/project-target-tables: a unit starts a 项目支出绩效目标表 with the project's
 * name, its 资金总额 and 资金来源 (万元, exact decimals as text; the sources must add up to the total).
 */
import { z } from 'zod';
import { yearSchema } from './documents.ts';

/** 万元 as typed: a non-negative decimal, at most 6 places (元 are 4 places of 万元; 6 leaves 分 room). */
export const projectAmountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, '金额须为不小于 0 的数字（万元，最多 6 位小数）');

/** 资金来源: 本年财政拨款, 上年结转资金, 其他资金 (budget.bySource of a project table); blank ones are null. */
export const projectFundingSchema = z.object({
  currentYear: projectAmountSchema.nullable(),
  carriedOver: projectAmountSchema.nullable(),
  other: projectAmountSchema.nullable(),
});

export const createProjectTargetTableBodySchema = z.object({
  year: yearSchema,
  project: z.string().trim().min(1, '请填写项目名称').max(200, '项目名称最多 200 字'),
  total: projectAmountSchema.describe('资金总额（万元）'),
  funding: projectFundingSchema.describe('资金来源（万元），合计须等于资金总额'),
});

export type ProjectFunding = z.infer<typeof projectFundingSchema>;
export type CreateProjectTargetTableBody = z.infer<typeof createProjectTargetTableBodySchema>;
