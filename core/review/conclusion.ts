/**
 * Review conclusions and opinions (DOMAIN.md "Target review"): reviewers give opinions per
 * indicator and a conclusion 通过/不通过 with the review grade 优/良/中/差.
 */
import { z } from 'zod';
import { gradeSchema, type DocumentKind } from '../model.ts';
import type { TransitionAction } from './actions.ts';
import { refuse, type Refusal } from './result.ts';

export const verdicts = ['pass', 'fail'] as const;
export const verdictSchema = z.enum(verdicts);
export type Verdict = z.infer<typeof verdictSchema>;

export const verdictNames: Record<Verdict, string> = { pass: '通过', fail: '不通过' };

export const maxOpinionLength = 2000;

export const reviewConclusionSchema = z.object({
  verdict: verdictSchema,
  grade: gradeSchema.nullable().optional(),
  text: z.string().max(maxOpinionLength).nullable().optional(),
});
export type ReviewConclusion = z.infer<typeof reviewConclusionSchema>;

/**
 * An opinion on one indicator ("goals.0.indicators.3") or on a part of the document
 * ("budget", "overallGoal"); an empty path means the document as a whole.
 */
export const reviewOpinionSchema = z.object({
  path: z
    .string()
    .max(200)
    .regex(/^([A-Za-z]+(\.\d+|\.[A-Za-z]+)*)?$/, '意见位置格式不正确'),
  text: z.string().trim().min(1, '意见不能为空').max(maxOpinionLength, `意见不能超过 ${maxOpinionLength} 个字`),
});
export type ReviewOpinion = z.infer<typeof reviewOpinionSchema>;

export type ConclusionRefusalCode = 'conclusion-mismatch';

/**
 * Checks that a conclusion fits the action it accompanies: an approval carries 通过, a return
 * 不通过. For target tables the grade decides funding (优 go, 良 go after adjustment, 中 revise
 * and resubmit, 差 not funded), so 通过 with 中 or 差 contradicts itself.
 */
export function checkConclusion(input: {
  kind: DocumentKind;
  action: TransitionAction;
  conclusion: ReviewConclusion | null | undefined;
}): { ok: true } | Refusal<ConclusionRefusalCode> {
  const { conclusion } = input;
  if (!conclusion) return { ok: true };
  const isApproval = input.action === 'supervisor-approve' || input.action === 'finance-approve';
  if (isApproval && conclusion.verdict !== 'pass') {
    return refuse('conclusion-mismatch', '审核通过时结论应为“通过”；不通过请退回并说明理由。');
  }
  if (input.action === 'return' && conclusion.verdict !== 'fail') {
    return refuse('conclusion-mismatch', '退回时结论应为“不通过”。');
  }
  if (!isApproval && input.action !== 'return') {
    return refuse('conclusion-mismatch', '只有审核通过或退回时可以给出审核结论。');
  }
  const isTargets = input.kind === 'target-table' || input.kind === 'approval-table';
  if (isTargets && conclusion.verdict === 'pass' && (conclusion.grade === '中' || conclusion.grade === '差')) {
    return refuse('conclusion-mismatch', `审核等级为“${conclusion.grade}”的绩效目标应退回修改，不能审核通过。`);
  }
  return { ok: true };
}
