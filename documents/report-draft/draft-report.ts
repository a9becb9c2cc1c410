/**
 * Issue 4 "Evaluation report editor: sections pre-filled from the data (figures, indicators not
 * met and their reasons), editable text". The draft has the standard sections of sample 003
 * (the ten of 部门基本情况 … 其他需要说明的情况; the print outline in documents/print/report-outline.ts
 * adds the numbering 一、… 十、) written from the year's scored self-evaluation and, when there is one,
 * the year's target table (the budget the unit asked for). Sections the data cannot fill start
 * empty for the unit to write. Pure: the server stores the result, the web edits it.
 */
import { Dec, roundDecimal, toDecimal } from '../../core/decimal.ts';
import { createEmptyDocument, type Budget, type PerformanceDocument } from '../../core/model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from '../../core/scoring/index.ts';
import { countAttainment, judgeIndicators, type JudgedIndicator } from './indicator-attainment.ts';

/** The section titles, in the order of sample 003, as stored (unnumbered; the outline numbers them). */
export const reportSectionTitles = [
  '部门基本情况',
  '一般公共预算支出情况',
  '政府性基金预算支出情况',
  '国有资本经营预算支出情况',
  '社会保障基金预算支出情况',
  '绩效情况',
  '存在的问题及原因分析',
  '下一步改进措施',
  '自评结果拟应用和公开情况',
  '其他需要说明的情况',
] as const;

export function draftReport(input: {
  selfEvaluation: PerformanceDocument;
  targetTable?: PerformanceDocument | null;
  /** The rules that decide which indicators were met; the default policy when not given. */
  policy?: ScoringPolicy;
}): PerformanceDocument {
  const { selfEvaluation } = input;
  const judged = judgeIndicators(selfEvaluation, input.policy ?? defaultScoringPolicy);
  const targets = input.targetTable ?? null;
  const document = createEmptyDocument('evaluation-report', selfEvaluation.scope);
  const { budget } = selfEvaluation;
  const functions = selfEvaluation.functions || targets?.functions || null;
  const overallGoal = selfEvaluation.overallGoal || targets?.overallGoal || null;
  const texts: Record<(typeof reportSectionTitles)[number], string> = {
    // Sample 003 states the year's goal within 部门基本情况; ten sections keep the editor's
    // numbering (一、… 十、) the same as the printed report's.
    部门基本情况: [functions, overallGoal ? `年度绩效目标：${overallGoal}` : null].filter(Boolean).join('\n'),
    一般公共预算支出情况: writeGeneralBudget(selfEvaluation.budget, targets?.budget ?? null),
    政府性基金预算支出情况: writeFund({ label: '政府性基金', amount: budget.bySource?.governmentFund ?? targets?.budget.bySource?.governmentFund }),
    国有资本经营预算支出情况: writeFund({ label: '国有资本经营', amount: null }),
    社会保障基金预算支出情况: writeFund({ label: '社会保障基金', amount: null }),
    绩效情况: writePerformance(selfEvaluation, judged),
    存在的问题及原因分析: writeProblems(judged),
    下一步改进措施: '',
    自评结果拟应用和公开情况: '自评结果作为下年度预算安排的参考，并按规定随部门决算公开。',
    其他需要说明的情况: '',
  };
  return {
    ...document,
    unit: selfEvaluation.unit,
    year: selfEvaluation.year,
    project: selfEvaluation.project ?? null,
    supervisor: selfEvaluation.supervisor ?? null,
    budget: { total: budget.adjusted ?? budget.total ?? null, executed: budget.executed ?? null },
    functions,
    overallGoal,
    overallResult: selfEvaluation.overallResult ?? null,
    report: {
      sections: reportSectionTitles.map((title) => ({ title, text: texts[title] })),
      moneyLists: [],
      draftedFrom: 'self-evaluation',
    },
  };
}

/** 预算执行率 as stated, else 执行数 ÷ 调整后预算数 × 100, two decimals. */
export function computeExecutionRate(budget: Budget): string | null {
  if (budget.executionRate) return budget.executionRate;
  const executed = toDecimal(budget.executed);
  const adjusted = toDecimal(budget.adjusted ?? budget.total);
  if (!executed || !adjusted || adjusted.isZero()) return null;
  return roundDecimal(executed.dividedBy(adjusted).times(new Dec(100)));
}

function joinSentence(parts: Array<string | null>): string {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length > 0 ? `${present.join('，')}。` : '';
}

function writeGeneralBudget(budget: Budget, targetBudget: Budget | null): string {
  const planned = targetBudget
    ? joinSentence([
        targetBudget.total ? `绩效目标表申报年度预算 ${targetBudget.total} 万元` : null,
        targetBudget.bySource?.generalPublic ? `其中一般公共预算 ${targetBudget.bySource.generalPublic} 万元` : null,
        targetBudget.byNature?.basic ? `基本支出 ${targetBudget.byNature.basic} 万元` : null,
        targetBudget.byNature?.project ? `项目支出 ${targetBudget.byNature.project} 万元` : null,
      ])
    : '';
  const rate = computeExecutionRate(budget);
  const executed = joinSentence([
    budget.initial ? `年初预算数 ${budget.initial} 万元` : null,
    budget.adjusted ? `全年预算数 ${budget.adjusted} 万元` : null,
    budget.executed ? `全年执行数 ${budget.executed} 万元` : null,
    rate ? `预算执行率 ${rate}%` : null,
  ]);
  return [planned, executed].filter(Boolean).join('\n');
}

function writeFund(input: { label: string; amount: string | null | undefined }): string {
  return input.amount ? `${input.label}预算支出 ${input.amount} 万元。` : `本年度无${input.label}预算支出。`;
}

function writePerformance(selfEvaluation: PerformanceDocument, judged: readonly JudgedIndicator[]): string {
  const { budget, totals } = selfEvaluation;
  const rate = computeExecutionRate(budget);
  const score = totals.suggestedScore ?? totals.score;
  const grade = totals.suggestedGrade ?? totals.grade;
  const summary = [
    selfEvaluation.overallResult ?? '',
    score ? `单位自评得分 ${score} 分${grade ? `，等级为“${grade}”` : ''}。` : '',
    joinSentence([
      budget.adjusted ? `全年预算数 ${budget.adjusted} 万元` : null,
      budget.executed ? `全年执行数 ${budget.executed} 万元` : null,
      rate ? `预算执行率 ${rate}%` : null,
    ]),
  ].join('');
  if (judged.length === 0) return summary;
  const counts = countAttainment(judged);
  const partial = counts.partial > 0 ? `（其中部分完成 ${counts.partial} 个）` : '';
  const unknownNames = judged.filter((item) => item.attainment === null).map((item) => item.indicator.name);
  const unknown = counts.unknown > 0 ? `另有 ${counts.unknown} 个无法按评分规则判断是否完成：${unknownNames.join('、')}。` : '';
  const sentence = `共设绩效指标 ${counts.total} 个，已完成 ${counts.met} 个，未完成 ${counts.notMet} 个${partial}。${unknown}`;
  return [summary, sentence].filter(Boolean).join('\n');
}

/** One line per indicator the rules find not (fully) met, with the unit's deviation reason. */
function writeProblems(judged: readonly JudgedIndicator[]): string {
  const lines = judged
    .filter((item) => item.attainment === 'partial' || item.attainment === 'not-met')
    .map(({ indicator }) => {
      const reason = (indicator.deviation ?? '').trim() || '未说明偏差原因。';
      return `${indicator.name}：目标${indicator.target?.text ?? '未填'}，实际完成${indicator.actual?.text ?? '未填'}。${reason}`;
    });
  return lines.length > 0 ? lines.join('\n') : '年度绩效指标均已完成。';
}
