/**
 * fast-check arbitraries for documents a reader must read back: invented units, projects and
 * indicators, levels from the vocabulary of DOMAIN.md, numeric and qualitative values, consistent
 * budgets. Used by the round-trip property test only.
 */
import fc from 'fast-check';
import { Dec } from '../../../core/decimal.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../../core/model.ts';

const places = ['青禾县', '松川县', '石岭市', '兰江县', '云溪区', '桐岭镇', '柳湾市', '岚山县', '白沙县', '南屏市'];
const bureaus = ['农业农村局', '水利局', '教育局', '民政局', '司法局', '文化旅游局', '交通运输局', '林业局', '卫生健康局', '应急管理局'];
const subjects = ['农机', '校舍', '村道', '防汛物资', '养老服务', '文化活动', '供水管网', '技能培训', '补贴资金', '监测点位', '护林巡查', '法律援助'];
const measures = ['完成数量', '覆盖面积', '服务人次', '验收合格率', '按时完成率', '惠及户数', '建设里程', '办结天数'];
const projectWords = ['农田水利设施维护', '乡村道路养护', '社区养老服务补助', '中小学校舍维修', '森林防火巡护', '公共文化服务保障'];

const levels: ReadonlyArray<[string, string]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const goalNumbers = ['一', '二', '三', '四', '五'];
const valueUnits = ['个', '次', '人次', '%', '户', '公里', '万元', '天'];
const qualitativeTargets = ['健全', '明显改善', '持续提升', '达到预期'];

interface ValueDraft {
  target: string;
  actual: string;
}

const numericValue: fc.Arbitrary<ValueDraft> = fc
  .tuple(fc.constantFrom('≥', '≤', '='), fc.integer({ min: 1, max: 4000 }), fc.constantFrom(...valueUnits), fc.integer({ min: 80, max: 120 }))
  .map(([operator, amount, unit, percent]) => {
    const value = unit === '%' ? Math.min(amount, 100) : amount;
    const actual = unit === '%' ? Math.min(100, Math.round((value * percent) / 100)) : Math.round((value * percent) / 100);
    return { target: `${operator}${value}${unit}`, actual: `${actual}${unit}` };
  });

const qualitativeValue: fc.Arbitrary<ValueDraft> = fc
  .constantFrom(...qualitativeTargets)
  .map((target) => ({ target, actual: '达成年度指标' }));

const indicatorDraft = fc.record({
  level: fc.constantFrom(...levels),
  name: fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...measures)).map(([subject, measure]) => `${subject}${measure}`),
  value: fc.oneof({ weight: 3, arbitrary: numericValue }, { weight: 1, arbitrary: qualitativeValue }),
  weight: fc.integer({ min: 1, max: 20 }),
});

type IndicatorDraft = typeof indicatorDraft extends fc.Arbitrary<infer T> ? T : never;

/** Indicators ordered by level as tables print them, names unique across the document. */
function buildIndicators(drafts: IndicatorDraft[], isSelfEvaluation: boolean): Indicator[] {
  const order = (draft: IndicatorDraft) => levels.indexOf(draft.level);
  return [...drafts]
    .sort((a, b) => order(a) - order(b))
    .map((draft) => ({
      level1: draft.level[0],
      level2: draft.level[1],
      name: draft.name,
      target: parseIndicatorValue(draft.value.target, { name: draft.name }),
      ...(isSelfEvaluation
        ? { actual: parseIndicatorValue(draft.value.actual, { name: draft.name }), weight: String(draft.weight), score: String(draft.weight) }
        : {}),
    }));
}

const uniqueDrafts = (minLength: number, maxLength: number) =>
  fc.uniqueArray(indicatorDraft, { minLength, maxLength, selector: (draft) => draft.name });

const unitName = fc.tuple(fc.constantFrom(...places), fc.constantFrom(...bureaus)).map(([place, bureau]) => `${place}${bureau}`);
const year = fc.integer({ min: 2019, max: 2025 });
/** An amount in 万元 with two decimals, 1.00–99999.99. */
const amount = fc.integer({ min: 100, max: 9_999_999 }).map((cents) => new Dec(cents).dividedBy(100).toFixed(2));

/** 部门整体支出绩效目标表 with 2–5 goals. */
export const departmentTargetTable: fc.Arbitrary<PerformanceDocument> = fc
  .record({ unit: unitName, year, total: amount, goals: fc.array(uniqueDrafts(2, 5), { minLength: 2, maxLength: 5 }) })
  .map(({ unit, year: documentYear, total, goals }) => {
    const document = createEmptyDocument('target-table', 'department');
    const seen = new Set<string>();
    document.unit = unit;
    document.year = documentYear;
    document.budget.total = total;
    document.overallGoal = '保障年度重点工作任务完成，提高财政资金使用效益。';
    document.goals = goals
      .map((drafts) => drafts.filter((draft) => !seen.has(draft.name) && seen.add(draft.name)))
      .filter((drafts) => drafts.length > 0)
      .map((drafts, index) => ({ name: `目标${goalNumbers[index] ?? index + 1}`, indicators: buildIndicators(drafts, false) }));
    return document;
  });

/** 项目支出绩效自评表 with 3–8 indicators, full scores and a consistent budget. */
export const projectSelfEvaluation: fc.Arbitrary<PerformanceDocument> = fc
  .record({
    unit: unitName,
    supervisor: unitName,
    project: fc.constantFrom(...projectWords),
    year,
    adjusted: amount,
    executedPercent: fc.integer({ min: 60, max: 100 }),
    drafts: uniqueDrafts(3, 8),
  })
  .map(({ unit, supervisor, project, year: documentYear, adjusted, executedPercent, drafts }) => {
    const document = createEmptyDocument('self-evaluation', 'project');
    const executed = new Dec(adjusted).times(executedPercent).dividedBy(100).toFixed(2);
    const rate = new Dec(executed).dividedBy(adjusted).times(100).toFixed(2);
    document.unit = unit;
    document.supervisor = supervisor;
    document.project = project;
    document.year = documentYear;
    document.budget = { initial: adjusted, adjusted, executed, weight: '10', executionRate: rate, score: new Dec(rate).dividedBy(10).toFixed(2) };
    document.goals = [{ name: '', indicators: buildIndicators(drafts, true) }];
    const indicatorWeights = document.goals[0]!.indicators.reduce((sum, indicator) => sum.plus(indicator.weight ?? '0'), new Dec(0));
    document.totals = { weight: indicatorWeights.plus(10).toFixed(0), score: indicatorWeights.plus(document.budget.score ?? '0').toFixed(2) };
    return document;
  });

/** 项目支出绩效目标表 with 3–8 indicators, all money from the current year's appropriation. */
export const projectTargetTable: fc.Arbitrary<PerformanceDocument> = fc
  .record({ unit: unitName, supervisor: unitName, project: fc.constantFrom(...projectWords), year, total: amount, drafts: uniqueDrafts(3, 8) })
  .map(({ unit, supervisor, project, year: documentYear, total, drafts }) => {
    const document = createEmptyDocument('target-table', 'project');
    document.unit = unit;
    document.supervisor = supervisor;
    document.project = project;
    document.year = documentYear;
    document.budget = { total, bySource: { currentYear: total } };
    document.overallGoal = '按期完成项目建设任务，提高资金使用效益。';
    document.goals = [{ name: '', indicators: buildIndicators(drafts, false) }];
    return document;
  });

const likelihoods = ['certain', 'possible', 'impossible'] as const;

/**
 * 项目支出绩效运行监控表 for the months 1-6 to 1-9: 年初预算数, 1-N月执行数 and 全年预计执行数,
 * 3–8 indicators each with its 1-N月完成值 and 完成目标可能性.
 */
export const projectMonitoringTable: fc.Arbitrary<PerformanceDocument> = fc
  .record({
    unit: unitName,
    supervisor: unitName,
    project: fc.constantFrom(...projectWords),
    year,
    month: fc.integer({ min: 6, max: 9 }),
    initial: amount,
    executedPercent: fc.integer({ min: 20, max: 90 }),
    drafts: uniqueDrafts(3, 8),
    chances: fc.array(fc.constantFrom(...likelihoods), { minLength: 8, maxLength: 8 }),
  })
  .map(({ unit, supervisor, project, year: documentYear, month, initial, executedPercent, drafts, chances }) => {
    const document = createEmptyDocument('monitoring', 'project');
    document.unit = unit;
    document.supervisor = supervisor;
    document.project = project;
    document.year = documentYear;
    document.monitoring = { period: { throughMonth: month } };
    const executedToDate = new Dec(initial).times(executedPercent).dividedBy(100).toFixed(2);
    document.budget = { initial, executedToDate, forecast: initial };
    const indicators = buildIndicators(drafts, false).map((indicator, index) => {
      // Part of the year's target by the window's end: the actual of a self-evaluation draft, read as progress.
      const draft = drafts.find((candidate) => candidate.name === indicator.name);
      return {
        ...indicator,
        monitoring: { actualToDate: parseIndicatorValue(draft?.value.actual ?? '', { name: indicator.name }), likelihood: chances[index % chances.length] },
      };
    });
    document.goals = [{ name: '', indicators }];
    return document;
  });

/**
 * 部门整体支出绩效自评表 with 4–10 indicators: the funds row (年初/全年预算数, 全年执行数, 分值, 执行率,
 * 得分), income by source and spending by nature written "label：amount" in cells, full scores.
 */
export const departmentSelfEvaluation: fc.Arbitrary<PerformanceDocument> = fc
  .record({
    unit: unitName,
    year,
    adjusted: amount,
    otherPercent: fc.integer({ min: 0, max: 30 }),
    basicPercent: fc.integer({ min: 30, max: 90 }),
    executedPercent: fc.integer({ min: 60, max: 100 }),
    drafts: uniqueDrafts(4, 10),
  })
  .map(({ unit, year: documentYear, adjusted, otherPercent, basicPercent, executedPercent, drafts }) => {
    const document = createEmptyDocument('self-evaluation', 'department');
    const share = (percent: number) => new Dec(adjusted).times(percent).dividedBy(100).toFixed(2);
    const other = share(otherPercent);
    const basic = share(basicPercent);
    const executed = share(executedPercent);
    const rate = new Dec(executed).dividedBy(adjusted).times(100).toFixed(2);
    document.unit = unit;
    document.year = documentYear;
    document.budget = {
      initial: adjusted,
      adjusted,
      executed,
      weight: '10',
      executionRate: rate,
      score: new Dec(rate).dividedBy(10).toFixed(2),
      bySource: { generalPublic: new Dec(adjusted).minus(other).toFixed(2), other },
      byNature: { basic, project: new Dec(adjusted).minus(basic).toFixed(2) },
    };
    document.overallGoal = '完成年度重点工作任务，提高财政资金使用效益。';
    document.overallResult = '年度重点工作任务按期完成。';
    document.goals = [{ name: '', indicators: buildIndicators(drafts, true) }];
    const indicatorWeights = document.goals[0]!.indicators.reduce((sum, indicator) => sum.plus(indicator.weight ?? '0'), new Dec(0));
    document.totals = { weight: indicatorWeights.plus(10).toFixed(0), score: indicatorWeights.plus(document.budget.score ?? '0').toFixed(2) };
    return document;
  });

/** 项目支出绩效目标批复表: the finance bureau's approval of a project's targets, with the 批复金额. */
export const projectApprovalTable: fc.Arbitrary<PerformanceDocument> = projectTargetTable.map((target) => {
  const document = createEmptyDocument('approval-table', 'project');
  return { ...document, unit: target.unit, supervisor: target.supervisor, project: target.project, year: target.year, budget: { total: target.budget.total }, overallGoal: target.overallGoal, goals: target.goals };
});

/**
 * 二级 names no vocabulary lists, as units write their own (工作质量类, 办件时效, 履职成效): the reader
 * must know them by the row around them. The 一级 is kept, so the facts say where each row belongs.
 */
const unlistedLevel2Names: Readonly<Record<string, string>> = {
  数量指标: '工作任务量',
  质量指标: '工作质量类',
  时效指标: '办件时效',
  社会效益指标: '履职成效',
  服务对象满意度指标: '群众评价',
};

/** The document with its 二级 names replaced by names outside the vocabulary. */
export function withUnlistedLevel2Names(document: PerformanceDocument): PerformanceDocument {
  const rename = (indicator: Indicator): Indicator => ({ ...indicator, level2: unlistedLevel2Names[indicator.level2] ?? indicator.level2 });
  return { ...document, goals: document.goals.map((goal) => ({ ...goal, indicators: goal.indicators.map(rename) })) };
}
