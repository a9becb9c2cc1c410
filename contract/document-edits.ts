/** Editing a draft (/api/documents/:id, …/indicators, /api/documents/preview-score): bodies within the size limits. */
import { z } from 'zod';
import { findIndicatorLimitBreach, findLimitBreach, type LimitBreach } from '../core/document-limits.ts';
import { documentSchema, findingSchema, indicatorSchema } from '../core/model.ts';
import { documentSummarySchema } from './documents.ts';

/** A breach of core/document-limits.ts as a zod issue at its path, so the 400 names the field. */
function addBreach(breach: LimitBreach | null, context: z.RefinementCtx): void {
  if (breach) context.addIssue({ code: 'custom', message: breach.message, path: breach.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) });
}

/** The document as clients send it: the model within the size limits. */
export const boundedDocumentSchema = documentSchema.superRefine((document, context) => addBreach(findLimitBreach(document), context));

export const saveBodySchema = z.object({
  expectedVersion: z.number().int().min(1).describe('读取时的版本号'),
  body: boundedDocumentSchema,
});

export const saveIndicatorBodySchema = z.object({
  expectedVersion: z.number().int().min(1).describe('读取时的版本号'),
  path: z.string().max(40).describe('指标路径，如 goals.0.indicators.3'),
  indicator: indicatorSchema.superRefine((indicator, context) => addBreach(findIndicatorLimitBreach(indicator), context)),
});

export const savedIndicatorSchema = documentSummarySchema
  .extend({
    path: z.string(),
    indicator: indicatorSchema.describe('按规则重新评分后的指标'),
    totals: documentSchema.shape.totals,
    findings: documentSchema.shape.findings,
  })
  .describe('保存单个指标的结果');

export const scorePreviewBodySchema = z.object({ body: boundedDocumentSchema });

export const scorePreviewSchema = z.object({
  totals: documentSchema.shape.totals,
  budget: documentSchema.shape.budget,
  indicators: z.array(z.object({ path: z.string(), name: z.string(), score: z.string().nullable(), suggestedScore: z.string().nullable() })),
  findings: z.array(findingSchema),
});

export type SaveBody = z.infer<typeof saveBodySchema>;
export type SaveIndicatorBody = z.infer<typeof saveIndicatorBodySchema>;
export type SavedIndicator = z.infer<typeof savedIndicatorSchema>;
export type ScorePreview = z.infer<typeof scorePreviewSchema>;
