/**
 * 结果应用 records (issue 11): one per evaluated unit or project of a year — the grade, the budget
 * suggestion for the next year and finance's note. Until finance edits one, the record is the
 * policy's suggestion for the grade (`isDefault`).
 */
import type { Grade } from '../model.ts';
import { defaultApplicationPolicy, suggestBudget, type ApplicationPolicy, type BudgetSuggestion } from './application-policy.ts';
import type { ResultsNoticeEntry } from './results-notice.ts';

export interface ApplicationRecord {
  organisationId: string;
  unit: string;
  year: number;
  /** null for 部门整体. */
  project: string | null;
  grade: Grade | null;
  suggestion: BudgetSuggestion | null;
  changePercent: number | null;
  note: string | null;
  /** True while finance has not decided: the policy's suggestion for the grade. */
  isDefault: boolean;
  updatedAt: string | null;
}

export interface DecidedApplication {
  organisationId: string;
  project: string | null;
  grade: Grade | null;
  suggestion: BudgetSuggestion;
  changePercent: number | null;
  note: string | null;
  updatedAt: string;
}

const keyOf = (item: { organisationId: string; project: string | null }) => `${item.organisationId}\u0000${item.project ?? ''}`;

/**
 * A record for every entry of the year (finance's decision where one is stored, else the policy's
 * suggestion), and the stored decisions whose entry is gone (a withdrawn self-evaluation) after them.
 */
export function mergeApplications(input: {
  year: number;
  entries: readonly Pick<ResultsNoticeEntry, 'organisationId' | 'unit' | 'project' | 'grade'>[];
  decided: readonly DecidedApplication[];
  units?: ReadonlyMap<string, string>;
  policy?: ApplicationPolicy;
}): ApplicationRecord[] {
  const decided = new Map(input.decided.map((item) => [keyOf(item), item]));
  const records: ApplicationRecord[] = [];
  const seen = new Set<string>();
  for (const entry of input.entries) {
    const key = keyOf(entry);
    seen.add(key);
    const stored = decided.get(key);
    const base = { organisationId: entry.organisationId, unit: entry.unit, year: input.year, project: entry.project };
    if (stored) {
      records.push({ ...base, grade: entry.grade, suggestion: stored.suggestion, changePercent: stored.changePercent, note: stored.note, isDefault: false, updatedAt: stored.updatedAt });
      continue;
    }
    const rule = suggestBudget(entry.grade, input.policy ?? defaultApplicationPolicy);
    records.push({ ...base, grade: entry.grade, suggestion: rule?.suggestion ?? null, changePercent: rule?.changePercent ?? null, note: null, isDefault: true, updatedAt: null });
  }
  for (const stored of input.decided) {
    if (seen.has(keyOf(stored))) continue;
    const unit = input.units?.get(stored.organisationId) ?? '';
    records.push({ ...stored, unit, year: input.year, isDefault: false });
  }
  return records;
}
