/**
 * HTTP contract of the rule packs (issue 12): the list of packs with each year's choice, and a
 * fiscal year's pack change with the totals and grades it moved. zod only; server routes and the
 * web client both import it.
 */
import { z } from 'zod';

export const rulePackSummarySchema = z
  .object({
    name: z.string(),
    version: z.string(),
    title: z.string(),
    source: z.string(),
    region: z.string(),
    changes: z.array(z.string()),
  })
  .describe('规则包');
export type RulePackSummary = z.infer<typeof rulePackSummarySchema>;

export const yearRulePackSchema = z.object({ year: z.number().int(), isOpen: z.boolean(), rulePack: z.string() }).describe('年度规则包');
export type YearRulePack = z.infer<typeof yearRulePackSchema>;

/** A finance bureau's pack for its subtree in one year, overriding the year's (multi-region deployments). */
export const regionRulePackSchema = z
  .object({ organisationId: z.string(), organisationName: z.string(), year: z.number().int(), pack: z.string() })
  .describe('地区规则包');
export type RegionRulePack = z.infer<typeof regionRulePackSchema>;

export const rulePackListSchema = z.object({
  items: z.array(rulePackSummarySchema),
  /** Every entered year with its pack; a year not listed scores by `defaultPack`. */
  years: z.array(yearRulePackSchema),
  defaultPack: z.string(),
  /** Region choices; the nearest bureau above a unit wins over the year's pack. */
  regions: z.array(regionRulePackSchema),
  /** The finance bureaus that may carry a region choice (every region of the deployment). */
  bureaus: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type RulePackList = z.infer<typeof rulePackListSchema>;

const scoreAndGradeSchema = z.object({ score: z.string().nullable(), grade: z.string().nullable() });

export const rescoredDocumentSchema = z.object({
  documentId: z.string(),
  unit: z.string(),
  kind: z.string(),
  state: z.string(),
  before: scoreAndGradeSchema,
  after: scoreAndGradeSchema,
});
export type RescoredDocument = z.infer<typeof rescoredDocumentSchema>;

export const changeYearRulePackBodySchema = z.object({
  pack: z.string().min(1, '请选择规则包').max(64),
  /** true: only say what would be rescored (the confirm dialog), change nothing. */
  dryRun: z.boolean().optional(),
});
export type ChangeYearRulePackBody = z.infer<typeof changeYearRulePackBodySchema>;

export const yearRulePackChangeSchema = z.object({
  year: z.number().int(),
  fromPack: z.string(),
  toPack: z.string(),
  dryRun: z.boolean(),
  /** Draft and returned documents of the year rescored under the new pack. */
  rescoredCount: z.number().int(),
  /** Those whose total or grade changed, before and after. */
  changed: z.array(rescoredDocumentSchema),
});
export type YearRulePackChange = z.infer<typeof yearRulePackChangeSchema>;

export const yearParamsSchema = z.object({
  year: z.coerce.number().int().min(1990, '年度须在 1990–2100 之间').max(2100, '年度须在 1990–2100 之间'),
});

export const regionParamsSchema = yearParamsSchema.extend({ organisationId: z.string().min(1).max(100) });

export const setRegionRulePackBodySchema = z.object({
  /** null: the region goes back to the year's pack. */
  pack: z.string().min(1, '请选择规则包').max(64).nullable(),
  /** true: only say what would be rescored (the confirm dialog), change nothing. */
  dryRun: z.boolean().optional(),
});
export type SetRegionRulePackBody = z.infer<typeof setRegionRulePackBodySchema>;

/**
 * A region's pack change: the drafts of units under the bureau that score by its choice, rescored
 * as for a year's change; `fromPack`/`toPack` are the packs the bureau's own units score by before
 * and after (the year's, or a bureau's above, when it has no choice of its own).
 */
export const regionRulePackChangeSchema = yearRulePackChangeSchema
  .extend({ organisationId: z.string(), organisationName: z.string() })
  .describe('地区规则包更换');
export type RegionRulePackChange = z.infer<typeof regionRulePackChangeSchema>;
