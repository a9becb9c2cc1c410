/**
 * Model paths ("goals.0.indicators.1.target.text", "budget.byNature.basic") in the words of the
 * forms, for the history, the conflict dialog and findings: one mapping of field names, and rows
 * named by the 序号 the editors show (numbered across goals), which reviewers quote.
 */
import type { PerformanceDocument } from '../model.ts';
import { describeRulePackLabel } from '../rule-packs/describe-pack.ts';

/** Chinese names of the model's fields, by key (a key means the same wherever it appears). */
export const fieldNames: Readonly<Record<string, string>> = {
  // Indicator rows.
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  suggestedScore: '建议得分',
  deviation: '偏差原因分析及改进措施',
  // The document.
  unit: '单位名称',
  year: '年度',
  project: '项目名称',
  supervisor: '主管部门',
  functions: '部门职能',
  overallGoal: '整体绩效目标',
  overallResult: '实际完成情况',
  budget: '预算',
  goals: '绩效目标',
  totals: '总分',
  report: '评价报告',
  rulePack: '评分规则',
};

const budgetNames: Readonly<Record<string, string>> = {
  total: '资金总额',
  bySource: '按收入性质分',
  byNature: '按支出性质分',
  generalPublic: '一般公共预算',
  governmentFund: '政府性基金拨款',
  specialAccount: '纳入专户管理的非税收入拨款',
  currentYear: '本年财政拨款',
  carriedOver: '上年结转资金',
  other: '其他资金',
  basic: '基本支出',
  project: '项目支出',
  initial: '年初预算数',
  adjusted: '全年预算数',
  executed: '全年执行数',
  weight: '执行率分值',
  executionRate: '执行率',
  score: '执行率得分',
  suggestedScore: '执行率建议得分',
};

const totalsNames: Readonly<Record<string, string>> = {
  weight: '总分分值',
  score: '填报总分',
  grade: '填报等级',
  suggestedScore: '按规则总分',
  suggestedGrade: '按规则等级',
  enteredGrade: '填报等级',
  gradeLetter: '报告所写字母等级',
};

/** The fields of a report's project (report.projects.N). */
const reportProjectNames: Readonly<Record<string, string>> = {
  name: '项目名称',
  initial: '年初预算数',
  adjusted: '全年预算数',
  executed: '全年执行数',
  executionRate: '执行率',
  score: '得分',
  grade: '等级',
  executionWeight: '执行率分值',
  executionScore: '执行率得分',
  suggestedScore: '按规则计算得分',
  suggestedGrade: '按规则计算等级',
};

const chineseDigits = '零一二三四五六七八九十';

/** A goal by its name, else the project whose own table it is (a report over several projects), else 目标N. */
function describeGoal(goalIndex: number, document?: Pick<PerformanceDocument, 'goals'>): string {
  const goal = document?.goals[goalIndex];
  return goal?.name || goal?.project || `目标${chineseDigits[goalIndex + 1] ?? goalIndex + 1}`;
}

/** The editors' 序号 of a row: rows are numbered 1, 2, … across all goals. */
export function toRowNumber(input: { goalIndex: number; indicatorIndex: number; document?: Pick<PerformanceDocument, 'goals'> }): number {
  const earlier = (input.document?.goals ?? [])
    .slice(0, input.goalIndex)
    .reduce((sum, goal) => sum + goal.indicators.length, 0);
  return earlier + input.indicatorIndex + 1;
}

function describeRow(parts: string[], document?: Pick<PerformanceDocument, 'goals'>): string {
  const goalIndex = Number(parts[1]);
  const indicatorIndex = Number(parts[3]);
  const indicator = document?.goals[goalIndex]?.indicators[indicatorIndex];
  // Without the document the rows of earlier goals are unknown: number within the goal.
  const place = document ? `序号${toRowNumber({ goalIndex, indicatorIndex, document })}` : `第${indicatorIndex + 1}行`;
  const field = parts[4] ? (fieldNames[parts[4]] ?? parts[4]) : '整行';
  return `${describeGoal(goalIndex, document)} ${place}${indicator ? `「${indicator.name}」` : ''}${field}`;
}

/** A model path in words: "goals.0.indicators.1.target.text" → "目标一 序号2「开展治安巡逻」指标值". */
export function describeFieldPath(path: string, document?: Pick<PerformanceDocument, 'goals'>): string {
  const parts = path.split('.');
  const [head = '', second, third] = parts;
  if (head === 'goals' && second !== undefined) {
    if (parts[2] === 'indicators' && parts[3] !== undefined) return describeRow(parts, document);
    const goal = describeGoal(Number(second), document);
    return third === 'name' ? `${goal} 名称` : `${goal}（整个目标）`;
  }
  if (head === 'budget' && second !== undefined) {
    const names = [second, third].filter((part): part is string => part !== undefined).map((part) => budgetNames[part] ?? part);
    return `预算：${names.join(' · ')}`;
  }
  if (head === 'totals' && second !== undefined) return totalsNames[second] ?? `总分：${second}`;
  if (head === 'report' && second === 'sections' && third !== undefined) {
    return `评价报告第${Number(third) + 1}部分`;
  }
  if (head === 'report' && second === 'projects' && third !== undefined) {
    const field = parts[3] ? (reportProjectNames[parts[3]] ?? parts[3]) : '';
    return `评价报告所评价的第${Number(third) + 1}个项目${field === '' ? '' : ` ${field}`}`;
  }
  return fieldNames[head] ?? path;
}

/** A changed value in words: text as written, a 指标值 by its text, an object by its named fields. */
export function describeFieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `${value.length} 项`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    const parts = Object.entries(record)
      .filter(([, part]) => part !== null && part !== undefined && part !== '')
      .map(([key, part]) => `${budgetNames[key] ?? fieldNames[key] ?? key} ${describeFieldValue(part)}`);
    return parts.length > 0 ? parts.join('；') : '（空）';
  }
  return '（空）';
}

/**
 * A changed value at `path` in words: as describeFieldValue, except the scoring pack a document
 * records ("national@1"), which a rescore changes and people read by its title and edition.
 */
export function describeChangeValue(path: string, value: unknown): string {
  if (path === 'rulePack' && typeof value === 'string' && value !== '') return describeRulePackLabel(value);
  return describeFieldValue(value);
}
