/**
 * A rule pack: one region's (or one year's) way of scoring and lighting, as data validated by
 * zod (docs/rule-packs.md). The scoring part is a set of overrides on the national default
 * policy (core/scoring/policy.ts), so a pack states only what it changes.
 */
import { z } from 'zod';
import { decimalSchema, gradeLetters, gradeSchema } from '../model.ts';
import { level1Keys } from '../levels/index.ts';
import { commonIndicatorRequirementSchema } from '../indicator-library/common-indicators.ts';

const level1KeySchema = z.enum(level1Keys);
const bandSchema = z.object({ min: decimalSchema, max: decimalSchema });

/** Light policies of core/monitoring by id (the monitoring module keeps them as data). */
export const lightPolicyIds = ['default', 'milestone'] as const;
export type LightPolicyId = (typeof lightPolicyIds)[number];

export const scoringOverridesSchema = z
  .object({
    name: z.string().min(1),
    executionWeight: decimalSchema,
    levelWeights: z.partialRecord(level1KeySchema, decimalSchema.nullable()),
    levelsCountedWithin: z.partialRecord(level1KeySchema, level1KeySchema),
    indicatorScoring: z.enum(['rules', 'coefficient']),
    executionRateDenominator: z.enum(['adjusted', 'initial']),
    executionCap: decimalSchema.nullable(),
    qualitativeBands: z
      .object({ achieved: bandSchema, partial: bandSchema, notAchieved: bandSchema })
      .partial(),
    qualitativeClosedEdge: z.enum(['lower', 'upper']),
    deviationDegree: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('none') }),
      z.object({ mode: z.literal('deduct'), threshold: decimalSchema, points: decimalSchema }),
      z.object({ mode: z.literal('explain'), threshold: decimalSchema }),
    ]),
    totalCaps: z.array(z.object({ below: decimalSchema, max: decimalSchema })),
    gradeEdges: z.object({ excellent: decimalSchema, good: decimalSchema, fair: decimalSchema }).partial(),
    roundingPlaces: z.number().int().min(0).max(4),
    /** A region's letter grades: each letter with its grade or its lowest score (docs/rule-packs.md). */
    letterScale: z
      .array(
        z
          .object({ letter: z.enum(gradeLetters), grade: gradeSchema.optional(), minScore: decimalSchema.optional() })
          .strict()
          .refine((entry) => entry.grade !== undefined || entry.minScore !== undefined, '字母等级须写明对应的等级或最低分'),
      )
      .refine((entries) => new Set(entries.map((entry) => entry.letter)).size === entries.length, '同一字母等级只能写一次'),
  })
  .partial()
  .strict();

export const rulePackSchema = z
  .object({
    /** Stable id, kebab-case: stored with fiscal years and scored documents. */
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '规则包名称只能用小写字母、数字和连字符'),
    /** Bumped whenever the pack's rules change, so a stored score says which rules made it. */
    version: z.string().regex(/^\d+(?:\.\d+)*$/),
    /** Chinese title shown to finance staff. */
    title: z.string().min(1),
    /** Where the rules come from (a document number or the published layout). */
    source: z.string().min(1),
    /** 全国, or the region whose layout it follows. */
    region: z.string().min(1),
    /** What it changes against the national default, one Chinese sentence each. */
    changes: z.array(z.string().min(1)),
    scoring: scoringOverridesSchema,
    lightPolicy: z.enum(lightPolicyIds),
    /** documents/vocabulary/profiles id of the reader profile, when the pack implies one. */
    readerProfile: z.string().nullable(),
    /** 共性指标 target tables must carry, by scope (names of the shipped library's common indicators). */
    requiredCommonIndicators: z.array(commonIndicatorRequirementSchema),
  })
  .strict();

export type RulePack = z.infer<typeof rulePackSchema>;
