/**
 * An indicator library (指标库) entry: one indicator as finance keeps it, with its 指标解释,
 * formula, 评(扣)分标准 and reference values, each value with the basis it rests on (the four
 * bases of 财预〔2020〕10号: 计划标准, 行业标准, 历史标准, 其他经财政部门确认的标准).
 */
import { z } from 'zod';
import { directionSchema } from '../model.ts';

/** Where a reference value comes from. */
export const referenceBases = ['plan', 'industry', 'history', 'finance-confirmed'] as const;
export const referenceBasisSchema = z.enum(referenceBases);
export type ReferenceBasis = z.infer<typeof referenceBasisSchema>;
export const referenceBasisNames: Record<ReferenceBasis, string> = {
  plan: '计划标准',
  industry: '行业标准',
  history: '历史标准',
  'finance-confirmed': '其他经财政部门确认的标准',
};

/** unit-proposed → finance-confirmed → retired. */
export const entryStatuses = ['proposed', 'confirmed', 'retired'] as const;
export const entryStatusSchema = z.enum(entryStatuses);
export type EntryStatus = z.infer<typeof entryStatusSchema>;
export const entryStatusNames: Record<EntryStatus, string> = { proposed: '单位提议', confirmed: '财政确认', retired: '已停用' };

/** 共性 (shared by every unit of a kind of table) or 个性 (the unit's own). */
export const entryKinds = ['common', 'specific'] as const;
export const entryKindSchema = z.enum(entryKinds);
export type EntryKind = z.infer<typeof entryKindSchema>;

/** The Chinese names of the four directions, as tables write them. */
export const directionNames = { 'higher-better': '正向', 'lower-better': '反向', equal: '等于', qualitative: '定性' } as const;

export const referenceValueSchema = z.object({
  /** The value as a 指标值 is written: ≥95%, 100. */
  text: z.string().trim().min(1).max(100),
  basis: referenceBasisSchema,
  /** The document, rule or year the value comes from. */
  note: z.string().max(200).nullable().default(null),
});
export type ReferenceValue = z.infer<typeof referenceValueSchema>;

const text = (max: number) => z.string().trim().max(max);

export const entryTagsSchema = z.object({
  /** 行业: 公安, 教育, 水利 … (core/indicator-library/sectors.ts); empty for every sector. */
  sectors: z.array(text(20).min(1)).max(20).default([]),
  /** 职能 or 支出功能 the indicator measures, free text. */
  function: text(100).nullable().default(null),
  /** 项目 or 部门整体 (the model's scope); null for both. */
  scope: z.enum(['department', 'project']).nullable().default(null),
});
export type EntryTags = z.infer<typeof entryTagsSchema>;

/** The fields a person writes; the server adds id, status, timestamps and who proposed it. */
export const entryInputSchema = z.object({
  name: text(100).min(1, '请填写指标名称'),
  /** Stable 一级 key (output / outcome / satisfaction / cost); checked against the level vocabulary at the edge. */
  level1: text(20).min(1, '请选择一级指标'),
  /** The 二级 name as the model stores it (数量指标, 社会效益指标 …). */
  level2: text(30).min(1, '请选择二级指标'),
  kind: entryKindSchema.default('specific'),
  definition: text(2000).default(''),
  formula: text(1000).default(''),
  unit: text(20).default(''),
  direction: directionSchema,
  scoringMethod: text(2000).default(''),
  referenceValues: z.array(referenceValueSchema).max(20).default([]),
  tags: entryTagsSchema.default({ sectors: [], function: null, scope: null }),
  /** First and last year the entry applies to; null for open-ended. */
  validFrom: z.number().int().min(1990).max(2100).nullable().default(null),
  validTo: z.number().int().min(1990).max(2100).nullable().default(null),
  /** The document or regulation it comes from. */
  source: text(300).default(''),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entrySchema = entryInputSchema.extend({
  id: z.string(),
  status: entryStatusSchema,
  /** The clustering key of the name (normaliseIndicatorName). */
  nameKey: z.string(),
  /** When merged into another entry: that entry's id. */
  mergedInto: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LibraryEntry = z.infer<typeof entrySchema>;

/** Whether an entry applies in a year (its validity years include it). */
export function isEntryValidIn(entry: Pick<LibraryEntry, 'validFrom' | 'validTo'>, year: number): boolean {
  return (entry.validFrom === null || entry.validFrom <= year) && (entry.validTo === null || year <= entry.validTo);
}

