import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

function readFixture(name: string): PerformanceDocument {
  const document = readText(readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8'));
  if (!document) throw new Error(`${name} was not read`);
  return document;
}

function rows(document: PerformanceDocument) {
  return [...eachIndicator(document)].map(({ indicator }) => ({
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    target: indicator.target?.text ?? null,
    actualToDate: indicator.monitoring?.actualToDate?.text ?? null,
    likelihood: indicator.monitoring?.likelihood ?? null,
  }));
}

describe('national template, tab-separated, two header rows with tick columns (1-7月)', () => {
  const document = readFixture('national-tabs');

  it('reads the header, the window and the budget block by funding source', () => {
    expect(document).toMatchObject({
      kind: 'monitoring',
      scope: 'project',
      year: 2025,
      project: '青川县乡村道路养护补助',
      unit: '青川县公路养护中心',
      supervisor: '青川县交通运输局（301）',
      budget: {
        initial: '500',
        adjustment: '-40',
        adjusted: '460',
        executedToDate: '230',
        executionRate: '50',
        forecast: '455',
      },
    });
    expect(document.monitoring?.period).toEqual({ throughMonth: 7, cutOffDate: null, text: '1-7月' });
    expect(
      document.monitoring?.budgetRows?.map((row) => [
        row.source,
        row.executedToDate ?? null,
        row.forecast ?? null,
      ]),
    ).toEqual([
      ['total', '230', '455'],
      ['currentYear', '180', '360'],
      ['carriedOver', '50', '95'],
      ['other', null, null],
    ]);
    expect(document.overallGoal).toBe('完成全县乡村道路日常养护，路况保持良好');
    expect(document.overallResult).toBe('已完成日常养护里程70公里，路况总体稳定');
  });

  it('places every indicator under its 一级/二级 (blank = same as above) with ticks read as categories and likelihood', () => {
    expect(rows(document).map((row) => [row.level1, row.level2, row.name, row.likelihood])).toEqual([
      ['产出指标', '数量指标', '养护里程', 'certain'],
      ['产出指标', '数量指标', '新修边沟长度', 'possible'],
      ['产出指标', '质量指标', '路面完好率', 'certain'],
      ['效益指标', '社会效益指标', '群众出行条件', 'certain'],
      ['满意度指标', '服务对象满意度指标', '沿线群众满意度', 'certain'],
    ]);
    const ditch = document.goals[0]?.indicators[1]?.monitoring;
    expect(ditch).toMatchObject({
      deviationCategories: ['funding', 'equipment'],
      explanation: '雨季推迟开工，下拨资金未到位',
      correctiveAction: '9月集中施工，督促资金拨付',
    });
    expect(ditch?.forecast?.value).toBe('6');
    expect(document.goals[0]?.indicators[4]?.monitoring?.actualToDate).toBeNull();
  });

  it('reads the analysis block', () => {
    expect(document.monitoring).toMatchObject({
      deviation: '边沟工程受雨季影响进度滞后',
      problems: '资金拨付不及时',
      nextSteps: '加快资金拨付，9月完成边沟工程',
    });
  });

  it('is lit and checked by analyseDocument: 50% executed by July is green, the ditch is red and has its reason', () => {
    const analysed = analyseDocument(document);
    // 执行率 50% ÷ 7/12 = 85.7% → green; 边沟 2 of 8×7/12 = 42.9% → red.
    expect(analysed.monitoring?.budgetLight).toBe('green');
    expect(analysed.goals[0]?.indicators.map((indicator) => indicator.monitoring?.light)).toEqual([
      'green',
      'red',
      'green',
      'yellow',
      null,
    ]);
    expect(analysed.monitoring?.targetLight).toBe('red');
    expect(analysed.findings.filter((finding) => finding.code === 'missing-monitoring-reason')).toEqual([]);
  });
});

describe('the goal block headed 全年预期目标 (a central template)', () => {
  it('reads the goal under the heading, not the heading itself', () => {
    const text = readFileSync(new URL('./fixtures/national-tabs.txt', import.meta.url), 'utf8').replace('年度总体目标\t年初设定目标\t1-7月执行情况', '年度总体目标\t全年预期目标\t\t1-7月目标实际完成情况');
    const document = readText(text);
    expect(document?.overallGoal).toBe('完成全县乡村道路日常养护，路况保持良好');
    expect(document?.overallResult).toBe('已完成日常养护里程70公里，路况总体稳定');
  });
});

describe('pipe-separated table with one-cell 一级 lines and a likelihood column in words (1-6月)', () => {
  const document = readFixture('pipes-half-year');

  it('reads the header without taking 单位:万元 for the unit', () => {
    expect(document).toMatchObject({
      year: 2024,
      project: '校舍安全维修',
      unit: '溪口市第三中学',
      supervisor: '溪口市教育局',
    });
    expect(document.budget).toMatchObject({ initial: '180', executedToDate: '63', forecast: null });
    expect(document.monitoring?.period.throughMonth).toBe(6);
  });

  it('reads short 二级 names (数量, 质量) written before the indicator, and skips blank template rows', () => {
    expect(rows(document)).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '维修校舍面积',
        target: '≥3000平方米',
        actualToDate: '1200平方米',
        likelihood: 'certain',
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '竣工验收合格率',
        target: '100%',
        actualToDate: '100%',
        likelihood: 'certain',
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '师生安全隐患',
        target: '消除',
        actualToDate: '部分消除',
        likelihood: 'possible',
      },
    ]);
    expect(document.goals[0]?.indicators[2]?.monitoring?.explanation).toBe('暑期集中施工');
    expect(document.monitoring).toMatchObject({
      deviation: '上半年在校学生多，施工时间受限',
      nextSteps: '利用暑假完成剩余工程',
    });
  });
});

describe('one cell per line (a .docx table dumped cell by cell, 1-8月)', () => {
  const document = readFixture('one-cell-per-line');

  it('reads the budget block and cuts the indicator cells into rows of the header’s width', () => {
    expect(document.budget).toMatchObject({
      initial: '240.00',
      adjusted: '260.00',
      executedToDate: '130.00',
      executionRate: '50.00',
      forecast: null,
    });
    expect(document.monitoring?.budgetRows?.map((row) => row.source)).toEqual([
      'total',
      'currentYear',
      'other',
    ]);
    expect(document.monitoring?.period.throughMonth).toBe(8);
    expect(rows(document).map((row) => [row.level2, row.name, row.actualToDate, row.likelihood])).toEqual([
      ['数量指标', '管护公厕座数', '40', 'certain'],
      ['时效指标', '保洁及时率', '88%', 'possible'],
      ['服务对象满意度指标', '群众满意度', null, 'certain'],
    ]);
    expect(document.goals[0]?.indicators[1]?.monitoring).toMatchObject({
      explanation: '人员不足，夜班保洁缺岗',
      correctiveAction: '增补保洁员3名',
    });
    expect(document.monitoring?.problems).toBe('夜间保洁人员不足');
  });
});

describe('cells run together (PDF text: numbers separated by single spaces)', () => {
  const document = readFixture('run-together');

  it('splits a label from its numbers and reads labelled header fields written on one line', () => {
    expect(document).toMatchObject({
      project: '智慧课堂设备采购',
      supervisor: '东湾县教育局',
      unit: '东湾县第二小学',
    });
    expect(document.budget).toMatchObject({
      initial: '500',
      adjustment: '-50',
      adjusted: '450',
      executedToDate: '270',
      executionRate: '60',
      forecast: '440',
    });
    expect(rows(document).map((row) => [row.name, row.actualToDate, row.likelihood])).toEqual([
      ['采购交互式一体机台数', '30台', 'certain'],
      ['设备安装完成时间', '未开始', 'possible'],
      ['课堂互动率', '75%', 'certain'],
    ]);
    expect(document.goals[0]?.indicators[1]?.monitoring?.correctiveAction).toBe('加快招标');
  });
});

describe('department table in 元 with a cut-off date', () => {
  const document = readFixture('department-yuan');

  it('converts 元 to 万元 exactly, keeps rates as written and reads the window as a date', () => {
    expect(document).toMatchObject({
      kind: 'monitoring',
      scope: 'department',
      unit: '白河镇人民政府',
      supervisor: '白河县人民政府',
      project: null,
    });
    expect(document.budget).toMatchObject({
      initial: '1250',
      adjusted: '1300',
      executedToDate: '585',
      executionRate: '45',
      forecast: null,
    });
    expect(
      document.monitoring?.budgetRows?.map((row) => [row.source, row.adjusted, row.executionRate]),
    ).toEqual([
      ['total', '1300', '45'],
      ['generalPublic', '1240', '45.16'],
      ['governmentFund', '60', '41.67'],
    ]);
    expect(document.monitoring?.period).toMatchObject({ throughMonth: 6, cutOffDate: '2025-06-30' });
  });

  it('restores merged 一级/二级 cells left blank', () => {
    expect(rows(document).map((row) => [row.level1, row.level2, row.name])).toEqual([
      ['产出指标', '数量指标', '农村道路保洁里程'],
      ['产出指标', '数量指标', '村级公益事业项目数'],
      ['产出指标', '质量指标', '项目验收合格率'],
      ['效益指标', '社会效益指标', '群众诉求办结率'],
    ]);
  });

  it('flags nothing in its stated rates, which agree with the amounts', () => {
    expect(
      analyseDocument(document).findings.filter((finding) => finding.code === 'stated-rate-mismatch'),
    ).toEqual([]);
  });
});

describe('narrative monitoring report', () => {
  const document = readFixture('report');

  it('reads the window, the unit and the sections', () => {
    expect(document).toMatchObject({ kind: 'monitoring', unit: '临江县文化馆', year: 2025 });
    expect(document.monitoring?.period).toMatchObject({ throughMonth: 6, cutOffDate: '2025-06-30' });
    expect(document.report?.sections.map((section) => section.title)).toEqual([
      '项目基本情况',
      '绩效监控工作开展情况',
      '绩效目标完成情况',
      '存在的问题及原因',
      '下一步措施',
    ]);
    expect(document.monitoring?.nextSteps).toBe('加强与乡镇沟通，下半年集中安排演出。');
  });

  it('tells 预算, 到位 and 支付 apart, with the base of each stated rate; 支付 is the execution to date, no forecast stays null', () => {
    expect(document.monitoring?.moneyFacts?.map((fact) => [fact.kind, fact.amount])).toEqual([
      ['budget', '120'],
      ['received', '96'],
      ['spent', '54'],
    ]);
    expect(document.monitoring?.statedRates?.map((rate) => [rate.numerator, rate.base, rate.rate])).toEqual([
      ['received', 'budget', '80'],
      ['spent', 'received', '56.25'],
      ['executed', 'budget', '45'],
    ]);
    expect(document.budget).toMatchObject({ total: '120', executedToDate: '54', forecast: null });
    expect(
      analyseDocument(document).findings.filter((finding) => finding.code === 'stated-rate-mismatch'),
    ).toEqual([]);
  });

  it('reads a completion count with its rate, and finds one that does not hold', () => {
    expect(document.monitoring?.completionCounts).toEqual([
      { total: 8, completed: 5, rate: '62.5', line: 7 },
    ]);
    expect(
      analyseDocument(document).findings.filter((finding) => finding.code === 'stated-count-mismatch'),
    ).toEqual([]);
    const text = readFileSync(new URL('./fixtures/report.txt', import.meta.url), 'utf8').replace(
      '完成率62.5%',
      '完成率80%',
    );
    const findings = analyseDocument(readText(text)!).findings.filter(
      (finding) => finding.code === 'stated-count-mismatch',
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      '报告称设置指标8个、完成5个，完成率应为62.5%，填报为80%，请核对',
    ]);
  });

  it('finds a stated rate that its figures do not give', () => {
    const text = readFileSync(new URL('./fixtures/report.txt', import.meta.url), 'utf8').replace(
      '占到位资金的56.25%',
      '占到位资金的65%',
    );
    const findings = analyseDocument(readText(text)!).findings.filter(
      (finding) => finding.code === 'stated-rate-mismatch',
    );
    expect(findings.map((finding) => finding.line)).toEqual([5]);
  });
});

describe('a 部门整体 monitoring table whose budget block splits the total by 支出性质', () => {
  const document = readText(
    [
      '部门整体支出绩效运行监控表',
      '（2024年1-6月）',
      '部门名称\t临江县文化馆',
      '资金情况（万元）\t年初预算数\t调整后预算数\t1-6月执行数\t执行率\t全年预计执行数',
      '合计\t300.00\t320.00\t150.00\t46.88%\t318.00',
      '基本支出\t200.00\t200.00\t100.00\t50.00%\t200.00',
      '项目支出\t100.00\t120.00\t50.00\t41.67%\t118.00',
      '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t完成目标可能性\t偏差原因及纠偏措施',
      '产出指标\t数量指标\t公益展览场次\t≥12场\t6场\t确定能\t',
    ].join('\n'),
  );

  it('reads 基本支出 and 项目支出 as the year’s budget by nature (调整后预算数), the 合计 as the total', () => {
    expect(document?.budget).toMatchObject({ initial: '300.00', adjusted: '320.00', byNature: { basic: '200.00', project: '120.00' } });
    expect(rows(document as PerformanceDocument).map((row) => row.name)).toEqual(['公益展览场次']);
  });
});
