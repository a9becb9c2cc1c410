/**
 * The HTTP contract of /api/indicator-library (issue 13): request and response schemas shared by
 * the server routes and the web client. zod and core types only.
 */
import { z } from 'zod';
import { commonIndicatorRequirementSchema } from '../core/indicator-library/common-indicators.ts';
import { entryInputSchema, entryKindSchema, entrySchema, entryStatusSchema } from '../core/indicator-library/entry.ts';
import { directionSchema, findingSchema } from '../core/model.ts';

export { entryInputSchema, entrySchema };

export const entryListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  status: entryStatusSchema.optional(),
  kind: entryKindSchema.optional(),
  level1: z.string().max(20).optional(),
  sector: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EntryListQuery = z.infer<typeof entryListQuerySchema>;

export const entryListSchema = z.object({ items: z.array(entrySchema), total: z.number().int() });
export type EntryList = z.infer<typeof entryListSchema>;

export const entryIdParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const mergeBodySchema = z.object({ intoId: z.string().min(1).max(100) });

export const suggestionQuerySchema = z.object({
  q: z.string().trim().min(1, '请输入指标名称').max(50),
  /** The year of the table being written; history comes from earlier years. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

const distributionSchema = z.object({
  year: z.number().int(),
  users: z.number().int(),
  count: z.number().int(),
  p10: z.number().nullable(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  /** Median of actual ÷ target (a ratio: 1.02 is 102 %). */
  completionMedian: z.number().nullable(),
});

export const suggestionSchema = z.object({
  nameKey: z.string(),
  /** The name to write (the entry's, else the most used wording). */
  name: z.string(),
  level1: z.string(),
  level2: z.string(),
  unit: z.string(),
  direction: directionSchema,
  /** How many past indicators carry this name. */
  uses: z.number().int(),
  entry: entrySchema.pick({ id: true, status: true, kind: true, definition: true, formula: true, scoringMethod: true, referenceValues: true }).nullable(),
  /** Targets of every unit in the latest earlier year. */
  targets: distributionSchema.nullable(),
  /** The signed-in unit's own latest earlier value. */
  own: z
    .object({ year: z.number().int(), targetText: z.string().nullable(), targetValue: z.number().nullable(), actualText: z.string().nullable(), actualValue: z.number().nullable() })
    .nullable(),
  /** Units of the same sector, latest earlier year. */
  peers: distributionSchema.extend({ sector: z.string() }).nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListSchema = z.object({ items: z.array(suggestionSchema), sector: z.string() });
export type SuggestionList = z.infer<typeof suggestionListSchema>;

export const libraryFindingsSchema = z.object({ findings: z.array(findingSchema) });

export const importBodySchema = z.object({ contentBase64: z.string().min(1).max(14_000_000) });
export const importResultSchema = z.object({ created: z.number().int(), updated: z.number().int(), errors: z.array(z.object({ row: z.number().int(), message: z.string() })) });
export type ImportResult = z.infer<typeof importResultSchema>;

export const entryDetailSchema = z.object({
  entry: entrySchema,
  /** All units, by year (newest first). */
  statistics: z.array(distributionSchema),
});
export type EntryDetail = z.infer<typeof entryDetailSchema>;

/** What the editor needs to run core's library checks live (checkAgainstLibrary) on an unsaved body. */
export const libraryContextSchema = z.object({
  references: z.record(
    z.string(),
    z.object({
      lastYear: z.number().int().nullable(),
      lastTarget: z.number().nullable(),
      lastActual: z.number().nullable(),
      peerMedian: z.number().nullable(),
      /** Median target of every unit, latest earlier year. */
      typicalTarget: z.number().nullable().optional(),
      unit: z.string(),
    }),
  ),
  levels: z.object({ level1: z.array(z.string()), level2: z.array(z.string()) }),
  /** The library checks' policy of the document's rule pack (its required 共性指标). */
  policy: z.object({ peerShortfall: z.number(), requiredCommonIndicators: z.array(commonIndicatorRequirementSchema) }),
});
export type LibraryContextResponse = z.infer<typeof libraryContextSchema>;
