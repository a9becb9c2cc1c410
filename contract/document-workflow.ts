/** Moving a document through review (/api/documents/:id/transitions) and opinions (…/opinions). */
import { z } from 'zod';
import { reviewConclusionSchema, reviewOpinionSchema, transitionActions } from '../core/review/index.ts';
import { documentViewSchema, opinionSchema } from './documents.ts';

export const transitionBodySchema = z.object({
  action: z.enum(transitionActions).describe('submit 提交 / withdraw 撤回（审核开始前） / supervisor-approve 主管部门审核通过 / finance-approve 财政审核通过 / return 退回 / publish 公开 / revise 调整'),
  expectedVersion: z.number().int().min(1).nullable().optional(),
  reason: z.string().max(5000).nullable().optional().describe('退回理由 / 调整原因（退回、调整时必填）'),
  conclusion: reviewConclusionSchema.nullable().optional(),
});

export const transitionResponseSchema = z.object({
  document: documentViewSchema,
  revision: documentViewSchema.optional().describe('调整时新建的修订版本'),
  approvalTable: documentViewSchema.optional().describe('批复时生成的批复表'),
});

export const opinionBodySchema = reviewOpinionSchema;
export const addedOpinionSchema = opinionSchema.omit({ revision: true, actorName: true });

export type TransitionBody = z.infer<typeof transitionBodySchema>;
export type TransitionResponse = z.infer<typeof transitionResponseSchema>;
export type AddedOpinion = z.infer<typeof addedOpinionSchema>;
