/**
 * 结果应用 (issue 11): an evaluation grade turns into a budget suggestion for the next year. Which
 * suggestion each grade gets is policy, kept as data (a region may ship its own): the default
 * follows the common practice of 财预〔2020〕10号's use of results — 优 given priority, 良 kept,
 * 中 cut, 差 cut hard or cancelled.
 */
import { z } from 'zod';
import { grades, type Grade } from '../model.ts';

export const budgetSuggestions = ['increase', 'keep', 'reduce', 'cancel'] as const;
export const budgetSuggestionSchema = z.enum(budgetSuggestions);
export type BudgetSuggestion = z.infer<typeof budgetSuggestionSchema>;

export const budgetSuggestionNames: Record<BudgetSuggestion, string> = {
  increase: '优先保障，可适当增加',
  keep: '维持预算规模',
  reduce: '压减预算',
  cancel: '取消或暂停安排',
};

const ruleSchema = z.object({
  suggestion: budgetSuggestionSchema,
  /** Percent of this year's budget to add (positive) or cut (negative); null: not a fixed share. */
  changePercent: z.number().min(-100).max(100).nullable(),
});

export const applicationPolicySchema = z.object({
  name: z.string(),
  byGrade: z.object(Object.fromEntries(grades.map((grade) => [grade, ruleSchema])) as Record<Grade, typeof ruleSchema>),
});
export type ApplicationPolicy = z.infer<typeof applicationPolicySchema>;
export type ApplicationRule = z.infer<typeof ruleSchema>;

export const defaultApplicationPolicy: ApplicationPolicy = applicationPolicySchema.parse({
  name: '默认结果应用规则',
  byGrade: {
    优: { suggestion: 'increase', changePercent: null },
    良: { suggestion: 'keep', changePercent: 0 },
    中: { suggestion: 'reduce', changePercent: -10 },
    差: { suggestion: 'cancel', changePercent: -100 },
  },
});

/** The suggestion for `grade` under `policy`; null for an entry without a grade (finance decides). */
export function suggestBudget(grade: Grade | null, policy: ApplicationPolicy = defaultApplicationPolicy): ApplicationRule | null {
  return grade === null ? null : policy.byGrade[grade];
}

/** The suggestion in words: "压减预算（-10%）". */
export function describeSuggestion(rule: ApplicationRule): string {
  const name = budgetSuggestionNames[rule.suggestion];
  if (rule.changePercent === null || rule.changePercent === 0) return name;
  return `${name}（${rule.changePercent > 0 ? '+' : ''}${rule.changePercent}%）`;
}
