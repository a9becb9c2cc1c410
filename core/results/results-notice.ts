/**
 * 评价结果通报 (issue 11): after the year's self-evaluations the finance bureau tells every unit's
 * result — the project or unit evaluated, its money (全年预算数, 全年执行数, 执行率), its 总分 and
 * 等级 — with the count per grade. Built from the data only; pure, so the page, the .docx and the
 * .xlsx tell the same numbers.
 */
import { Dec, formatDecimal, roundDecimal, toDecimal } from '../decimal.ts';
import { grades, type Grade, type Scope } from '../model.ts';

/** One evaluated self-evaluation (a project, or a unit's 部门整体). */
export interface ResultsNoticeEntry {
  organisationId: string;
  unit: string;
  /** 主管部门. */
  supervisor: string | null;
  scope: Scope;
  project: string | null;
  /** 全年预算数 and 全年执行数 (万元, decimal text). */
  adjusted: string | null;
  executed: string | null;
  /** 执行率 in percent: as stated, else executed ÷ adjusted, two decimals. */
  executionRate: string | null;
  score: string | null;
  grade: Grade | null;
}

export interface ResultsNotice {
  year: number;
  entries: ResultsNoticeEntry[];
  /** How many entries have each grade; `ungraded`: no grade given or computed. */
  gradeCounts: Record<Grade, number> & { ungraded: number };
  /** Distinct units, projects evaluated, and the money summed over the entries (万元). */
  totals: { units: number; projects: number; departments: number; adjusted: string; executed: string; executionRate: string | null };
}

/** 执行率 as stated, else 全年执行数 ÷ 全年预算数 in percent (two decimals); null when not computable. */
export function computeExecutionRate(input: { executionRate?: string | null; executed?: string | null; adjusted?: string | null }): string | null {
  if (input.executionRate) return input.executionRate;
  const executed = toDecimal(input.executed);
  const adjusted = toDecimal(input.adjusted);
  if (!executed || !adjusted || adjusted.lessThanOrEqualTo(0)) return null;
  return roundDecimal(executed.times(100).dividedBy(adjusted));
}

const gradeOrder = new Map<Grade | null, number>([...grades.map((grade, index) => [grade, index] as const), [null, grades.length]]);

/** Best grade first, then higher score, then unit and project by Chinese collation. */
function compareEntries(a: ResultsNoticeEntry, b: ResultsNoticeEntry): number {
  const byGrade = (gradeOrder.get(a.grade) ?? 0) - (gradeOrder.get(b.grade) ?? 0);
  if (byGrade !== 0) return byGrade;
  const scoreA = toDecimal(a.score);
  const scoreB = toDecimal(b.score);
  if (scoreA && scoreB && !scoreA.equals(scoreB)) return scoreB.comparedTo(scoreA);
  if (scoreA && !scoreB) return -1;
  if (!scoreA && scoreB) return 1;
  return a.unit.localeCompare(b.unit, 'zh-CN') || (a.project ?? '').localeCompare(b.project ?? '', 'zh-CN');
}

/** The notice of `year` over `entries` (any order; the notice sorts them and computes missing 执行率). */
export function buildResultsNotice(input: { year: number; entries: readonly ResultsNoticeEntry[] }): ResultsNotice {
  const entries = input.entries.map((entry) => ({ ...entry, executionRate: computeExecutionRate(entry) })).sort(compareEntries);
  const gradeCounts = { 优: 0, 良: 0, 中: 0, 差: 0, ungraded: 0 };
  let adjusted = new Dec(0);
  let executed = new Dec(0);
  for (const entry of entries) {
    if (entry.grade) gradeCounts[entry.grade] += 1;
    else gradeCounts.ungraded += 1;
    adjusted = adjusted.plus(toDecimal(entry.adjusted) ?? 0);
    executed = executed.plus(toDecimal(entry.executed) ?? 0);
  }
  const adjustedText = formatDecimal(adjusted);
  const executedText = formatDecimal(executed);
  return {
    year: input.year,
    entries,
    gradeCounts,
    totals: {
      units: new Set(entries.map((entry) => entry.organisationId)).size,
      projects: entries.filter((entry) => entry.scope === 'project').length,
      departments: entries.filter((entry) => entry.scope === 'department').length,
      adjusted: adjustedText,
      executed: executedText,
      executionRate: computeExecutionRate({ executed: executedText, adjusted: adjustedText }),
    },
  };
}

/** The notice's one-paragraph summary, for the page, the .docx and the public page alike. */
export function describeResultsNotice(notice: ResultsNotice): string {
  const { totals, gradeCounts } = notice;
  const counts = grades.map((grade) => `“${grade}”${gradeCounts[grade]}个`).join('、');
  const ungraded = gradeCounts.ungraded > 0 ? `，未定级${gradeCounts.ungraded}个` : '';
  const rate = totals.executionRate === null ? '' : `，执行率${totals.executionRate}%`;
  // Two decimals, as in the table under the paragraph (9130.40, not 9130.4).
  const money = (amount: string) => new Dec(amount).toFixed(2);
  return (
    `${notice.year}年度共对${totals.units}个单位的${notice.entries.length}项绩效自评结果进行了汇总（项目${totals.projects}个、部门整体${totals.departments}个），` +
    `涉及全年预算${money(totals.adjusted)}万元、执行${money(totals.executed)}万元${rate}。评价等级为${counts}${ungraded}。`
  );
}
