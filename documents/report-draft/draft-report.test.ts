import { describe, expect, it } from 'vitest';
import { createEmptyDocument, documentSchema, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { buildReportOutline } from '../print/report-outline.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import { buildSampleTargetTable } from '../print/sample-documents.ts';
import { computeExecutionRate, draftReport, reportSectionTitles } from './draft-report.ts';

function value(text: string) {
  return parseIndicatorValue(text);
}

function indicator(input: { name: string; target: string; actual: string; deviation?: string }): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: input.name,
    target: value(input.target),
    actual: value(input.actual),
    weight: '10',
    score: input.deviation ? '6' : '10',
    deviation: input.deviation ?? null,
  };
}

function buildSelfEvaluation(change: (document: PerformanceDocument) => void = () => undefined): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = '示范县公安局';
  document.year = 2025;
  document.functions = '负责全县治安管理。';
  document.budget = { initial: '900', adjusted: '1000', executed: '950', total: '1000' };
  document.totals = { ...document.totals, score: '92.5', grade: '优' };
  document.goals = [
    {
      name: '年度目标',
      indicators: [
        indicator({ name: '破案数', target: '≥100件', actual: '120件' }),
        indicator({ name: 'DNA 采集数', target: '≥500份', actual: '300份', deviation: '设备到位晚。' }),
      ],
    },
  ];
  change(document);
  return document;
}

function sectionText(document: PerformanceDocument, title: string): string | undefined {
  return document.report?.sections.find((section) => section.title === title)?.text;
}

describe('draftReport', () => {
  it('drafts every standard section, in order, as a valid evaluation report of the same unit and year', () => {
    const report = draftReport({ selfEvaluation: buildSelfEvaluation() });
    expect(documentSchema.parse(report)).toEqual(report);
    expect(report.report?.sections.map((section) => section.title)).toEqual([...reportSectionTitles]);
    expect(report).toMatchObject({ kind: 'evaluation-report', unit: '示范县公安局', year: 2025 });
  });

  it.each<[string, string, string | RegExp]>([
    ['部门基本情况', 'the functions', '负责全县治安管理。'],
    ['一般公共预算支出情况', 'budget and execution', '年初预算数 900 万元，全年预算数 1000 万元，全年执行数 950 万元，预算执行率 95%。'],
    ['政府性基金预算支出情况', 'no fund spending when none is stated', '本年度无政府性基金预算支出。'],
    ['绩效情况', 'score, grade and execution rate', /单位自评得分 92\.5 分，等级为“优”。全年预算数 1000 万元，全年执行数 950 万元，预算执行率 95%。/],
    ['绩效情况', 'how many indicators were met', /共设绩效指标 2 个，已完成 1 个，未完成 1 个（其中部分完成 1 个）。/],
    ['存在的问题及原因分析', 'each indicator not met with its deviation reason', 'DNA 采集数：目标≥500份，实际完成300份。设备到位晚。'],
    ['下一步改进措施', 'nothing: the unit writes it', ''],
    ['其他需要说明的情况', 'nothing: the unit writes it', ''],
  ])('fills 「%s」 with %s', (title, _, expected) => {
    const text = sectionText(draftReport({ selfEvaluation: buildSelfEvaluation() }), title);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it('adds the budget the unit asked for in the target table', () => {
    const report = draftReport({ selfEvaluation: buildSelfEvaluation(), targetTable: buildSampleTargetTable() });
    expect(sectionText(report, '一般公共预算支出情况')?.split('\n')[0]).toBe(
      '绩效目标表申报年度预算 12222.69 万元，其中一般公共预算 12222.69 万元，基本支出 9368.19 万元，项目支出 2854.50 万元。',
    );
  });

  it('states the goal in 部门基本情况, from the target table when the self-evaluation has none', () => {
    const report = draftReport({ selfEvaluation: buildSelfEvaluation(), targetTable: buildSampleTargetTable() });
    expect(sectionText(report, '部门基本情况')).toBe(`负责全县治安管理。\n年度绩效目标：${buildSampleTargetTable().overallGoal}`);
    expect(report.overallGoal).toBe(buildSampleTargetTable().overallGoal);
  });

  it('has as many sections as the printed report, so the numbering matches', () => {
    const report = draftReport({ selfEvaluation: buildSelfEvaluation() });
    const outline = buildReportOutline(report);
    expect(outline.sections.map((section) => section.title)).toEqual(
      report.report!.sections.map((section, index) => `${'一二三四五六七八九十'[index]}、${section.title}`),
    );
  });

  it('says all indicators were met when every actual reaches its target, whatever the deviation text says', () => {
    const allMet = buildSelfEvaluation((document) => {
      document.goals[0]!.indicators = [
        indicator({ name: '破案数', target: '≥100件', actual: '120件', deviation: '完成绩效目标' }),
        indicator({ name: 'DNA 采集数', target: '≥500份', actual: '600份', deviation: '完成绩效目标' }),
      ];
    });
    const report = draftReport({ selfEvaluation: allMet });
    expect(sectionText(report, '存在的问题及原因分析')).toBe('年度绩效指标均已完成。');
    expect(sectionText(report, '绩效情况')).toMatch(/共设绩效指标 2 个，已完成 2 个，未完成 0 个。/);
  });

  it('lists a shortfall the unit gave no reason for, and judges 反向 indicators by their direction', () => {
    const document = buildSelfEvaluation((draft) => {
      draft.goals[0]!.indicators = [
        indicator({ name: '事故发生率', target: '≤1%', actual: '3%' }),
        indicator({ name: '办结天数', target: '少于30天', actual: '12天' }),
      ];
    });
    const report = draftReport({ selfEvaluation: document });
    expect(sectionText(report, '存在的问题及原因分析')).toBe('事故发生率：目标≤1%，实际完成3%。未说明偏差原因。');
    expect(sectionText(report, '绩效情况')).toMatch(/已完成 1 个，未完成 1 个。/);
  });

  it('names the indicators the rules cannot judge instead of counting them as met or not', () => {
    const document = buildSelfEvaluation((draft) => {
      draft.goals[0]!.indicators = [indicator({ name: '满意度', target: '≥95分', actual: '99%' })];
    });
    expect(sectionText(draftReport({ selfEvaluation: document }), '绩效情况')).toMatch(
      /共设绩效指标 1 个，已完成 0 个，未完成 0 个。另有 1 个无法按评分规则判断是否完成：满意度。/,
    );
  });

  it('is printed under the standard numbering with the text the unit keeps', () => {
    const outline = buildReportOutline(draftReport({ selfEvaluation: buildSelfEvaluation() }));
    expect(outline.sections.find((section) => section.title.startsWith('七、'))?.paragraphs).toEqual([
      'DNA 采集数：目标≥500份，实际完成300份。设备到位晚。',
    ]);
  });
});

describe('computeExecutionRate', () => {
  it.each<[string, Partial<PerformanceDocument['budget']>, string | null]>([
    ['the stated rate', { executionRate: '98.16', executed: '1', adjusted: '2' }, '98.16'],
    ['executed ÷ adjusted', { executed: '6695.12', adjusted: '6820.40' }, '98.16'],
    ['executed ÷ total when not adjusted', { executed: '50', total: '200' }, '25'],
    ['nothing without a budget', { executed: '50' }, null],
    ['nothing for a zero budget', { executed: '0', adjusted: '0' }, null],
  ])('gives %s', (_, budget, expected) => {
    expect(computeExecutionRate({ total: null, ...budget })).toBe(expected);
  });
});
