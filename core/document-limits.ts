/**
 * How large a document may be: field lengths, digits of a number, goals, indicators, sections and
 * findings. Real tables stay far below every limit (the longest 整体绩效目标 of the samples is about
 * 2,000 characters); the limits keep one request from storing a 7.5 MB text five times over or
 * scoring a million indicators (issue 9). The server checks them at its edge (zod) and after
 * reading an uploaded file; docs/limits.md lists them.
 */
import type { Indicator, PerformanceDocument } from './model.ts';

export const documentLimits = {
  /** Names, labels, levels, codes, paths: one line of a table. */
  nameLength: 500,
  /** 指标值 and 完成值 as written. */
  valueTextLength: 1_000,
  /** 部门职能, 整体绩效目标, 实际完成情况, 偏差原因, a report section, a finding's message. */
  longTextLength: 50_000,
  /** Characters of a number ("12222.69"). */
  decimalLength: 40,
  goals: 200,
  /** Across all goals. */
  indicators: 1_000,
  reportSections: 200,
  moneyLists: 200,
  moneyItems: 1_000,
  /** The projects a report over several evaluates (report.projects). */
  reportProjects: 500,
  findings: 5_000,
} as const;

export interface LimitBreach {
  /** Where, as findings name places: "goals.0.indicators.3.name". */
  path: string;
  /** Chinese, says the limit. */
  message: string;
}

const longTextKeys = new Set(['functions', 'overallGoal', 'overallResult', 'deviation', 'message']);
const valueTextKeys = new Set(['text', 'qualitative']);
const decimalKeys = new Set([
  'total', 'generalPublic', 'governmentFund', 'specialAccount', 'currentYear', 'carriedOver', 'other', 'basic', 'project',
  'initial', 'adjusted', 'executed', 'weight', 'executionRate', 'score', 'suggestedScore', 'amount', 'value',
]);

/** The longest a string may be at `path` (its last key decides; a report section's text is long). */
function findLengthLimit(path: readonly (string | number)[]): number {
  const key = String(path.at(-1));
  if (longTextKeys.has(key) || (key === 'text' && path.includes('sections'))) return documentLimits.longTextLength;
  if (valueTextKeys.has(key)) return documentLimits.valueTextLength;
  // "project" is a name at the top and an amount under budget.byNature.
  if (decimalKeys.has(key) && (key !== 'project' || path.includes('budget'))) return documentLimits.decimalLength;
  return documentLimits.nameLength;
}

function describeCount(path: string, count: number, limit: number, what: string): LimitBreach {
  return { path, message: `${what}过多（${count} 个，上限 ${limit} 个）` };
}

function findLongString(value: unknown, path: (string | number)[], depth: number): LimitBreach | null {
  if (typeof value === 'string') {
    const limit = findLengthLimit(path);
    return value.length > limit ? { path: path.join('.'), message: `过长（${value.length} 个字符，上限 ${limit} 个）` } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const breach = findLongString(item, [...path, key], depth + 1);
    if (breach) return breach;
  }
  return null;
}

/** The first limit a document passes, or null when it keeps them all. Counts are checked before lengths. */
export function findLimitBreach(document: Pick<PerformanceDocument, 'goals' | 'findings' | 'report'>): LimitBreach | null {
  const goals = document.goals ?? [];
  if (goals.length > documentLimits.goals) return describeCount('goals', goals.length, documentLimits.goals, '绩效目标');
  const indicators = goals.reduce((sum, goal) => sum + (goal.indicators?.length ?? 0), 0);
  if (indicators > documentLimits.indicators) return describeCount('goals', indicators, documentLimits.indicators, '指标');
  const findings = document.findings?.length ?? 0;
  if (findings > documentLimits.findings) return describeCount('findings', findings, documentLimits.findings, '检查结果');
  const sections = document.report?.sections.length ?? 0;
  if (sections > documentLimits.reportSections) return describeCount('report.sections', sections, documentLimits.reportSections, '报告章节');
  const moneyLists = document.report?.moneyLists ?? [];
  if (moneyLists.length > documentLimits.moneyLists) return describeCount('report.moneyLists', moneyLists.length, documentLimits.moneyLists, '资金列表');
  const moneyItems = moneyLists.reduce((sum, list) => sum + (list.items?.length ?? 0), 0);
  if (moneyItems > documentLimits.moneyItems) return describeCount('report.moneyLists', moneyItems, documentLimits.moneyItems, '资金列表项');
  const projects = document.report?.projects?.length ?? 0;
  if (projects > documentLimits.reportProjects) return describeCount('report.projects', projects, documentLimits.reportProjects, '报告所评价的项目');
  return findLongString(document, [], 0);
}

/** The first limit one indicator passes (the autosave of one indicator), or null. */
export function findIndicatorLimitBreach(indicator: Indicator): LimitBreach | null {
  return findLongString(indicator, [], 0);
}
