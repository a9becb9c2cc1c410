/**
 * HTTP contract of the monitoring overview by level (issue 11, the overview at 10,000 units): a
 * round's lights, 执行率 and late units summed per child organisation of the one being viewed
 * (province → cities → counties → 主管部门 → units), so a province's finance bureau reads about a
 * dozen rows instead of every unit and drills down one level at a time.
 * zod + core types only; the server route and the web client both import it.
 */
import { z } from 'zod';

const idText = z.string().min(1).max(100);

export const roundRollupQuerySchema = z.object({
  under: idText.optional().describe('查看哪个单位的下级；不填为本用户所在单位（管理员：开启轮次的财政部门）'),
});
export type RoundRollupQuery = z.infer<typeof roundRollupQuerySchema>;

export const lightCountsSchema = z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), blue: z.number().int(), none: z.number().int() });
export type LightCounts = z.infer<typeof lightCountsSchema>;

/** One child organisation (or the viewed organisation's own tables) with everything below it summed. */
export const rollupRowSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  isSelf: z.boolean().describe('true：所查看单位本身的监控表（不含下级）'),
  hasSubordinates: z.boolean().describe('下级单位也有监控表，可继续下钻'),
  units: z.number().int().describe('有监控表的单位数'),
  tables: z.number().int().describe('监控表数'),
  withoutTable: z.number().int().describe('没有已批复目标、未生成监控表的单位/项目数'),
  budget: lightCountsSchema.describe('预算执行灯（none：无灯或无权查看）'),
  target: lightCountsSchema.describe('绩效目标灯'),
  redIndicators: z.number().int().describe('红灯指标个数'),
  yellowIndicators: z.number().int().describe('黄灯指标个数'),
  executedToDate: z.string().nullable().describe('1-N月执行数合计（万元）'),
  budgetBase: z.string().nullable().describe('执行率基数合计（万元）'),
  executionRate: z.string().nullable().describe('执行数合计 / 基数合计，百分比'),
  lateUnits: z.number().int().describe('逾期未提交的单位数'),
});
export type RollupRow = z.infer<typeof rollupRowSchema>;

export const roundRollupSchema = z.object({
  roundId: z.string(),
  timeProgress: z.string().nullable().describe('序时进度，百分比'),
  organisation: z.object({ id: z.string(), name: z.string() }),
  trail: z.array(z.object({ id: z.string(), name: z.string() })).describe('从本用户所在单位到所查看单位（含两端），用于逐级返回'),
  total: rollupRowSchema.describe('所查看单位及其全部下级合计'),
  children: z.array(rollupRowSchema).describe('各下级单位合计；所查看单位本身有监控表时另有 isSelf 一行'),
});
export type RoundRollup = z.infer<typeof roundRollupSchema>;
