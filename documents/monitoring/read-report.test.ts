import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

// Invented report in a wording the layout fixtures do not use: 1-8月 in the title and a cut-off
// date without a year, 项目名称 labelled, 下达/到账/支付, a 支付率 of the received funds, a
// 到账率 of the budget, no 全年预计执行数, numbered items "1." under level headings, 目标值为,
// 截至…累计完成, 1至8月实现, and three wordings of 完成目标可能性.
const REPORT = `示范县水利局2025年1-8月项目绩效运行监控报告
一、项目基本情况
项目名称：小型水库除险加固
本项目年度预算下达资金600万元，用于3座以上水库的加固。
二、资金执行情况
截至8月31日，资金到账450万元，到账率75%，实际支付270万元，支付率60%。
三、绩效指标完成情况
（一）产出指标
1.数量指标：除险加固水库座数，全年目标值为12座；截至8月底累计完成7座；目标完成可能性为确定能。
2.质量指标：工程验收合格率，年度指标值≥95%，1至8月实现96%，完成目标的可能性：有可能。
（二）满意度指标
3.周边群众满意度，年度指标值≥90%，尚未开展调查，全年完成可能性：无法完成。
四、存在的问题
部分工程受汛期影响停工。
五、下一步措施
汛后集中施工。
`;

function read(text: string): PerformanceDocument {
  const document = readText(text);
  if (!document) throw new Error('the report was not read');
  return document;
}

describe('narrative monitoring report in another wording', () => {
  const document = read(REPORT);

  it('reads the project, the unit and the window (title month completed by the cut-off date)', () => {
    expect(document).toMatchObject({
      kind: 'monitoring',
      scope: 'project',
      unit: '示范县水利局',
      year: 2025,
      project: '小型水库除险加固',
    });
    expect(document.monitoring?.period).toMatchObject({ throughMonth: 8, cutOffDate: '2025-08-31' });
  });

  it('tells 下达, 到账 and 支付 apart, with each rate on its base; 支付 is the execution to date, a missing forecast null', () => {
    expect(document.monitoring?.moneyFacts?.map((fact) => [fact.kind, fact.amount])).toEqual([
      ['budget', '600'],
      ['received', '450'],
      ['spent', '270'],
    ]);
    expect(document.monitoring?.statedRates?.map((rate) => [rate.numerator, rate.base, rate.rate])).toEqual([
      ['received', 'budget', '75'],
      ['spent', 'received', '60'],
    ]);
    expect(document.budget).toMatchObject({ total: '600', executedToDate: '270', forecast: null });
    expect(
      analyseDocument(document).findings.filter((finding) => finding.code === 'stated-rate-mismatch'),
    ).toEqual([]);
  });

  it('reads each indicator item with its levels, target, progress and 完成目标可能性', () => {
    expect(
      [...eachIndicator(document)].map(({ indicator }) => ({
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        target: indicator.target?.text,
        progress: indicator.monitoring?.actualToDate?.text ?? null,
        likelihood: indicator.monitoring?.likelihood,
        line: indicator.line,
      })),
    ).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '除险加固水库座数', target: '12座', progress: '7座', likelihood: 'certain', line: 9 },
      { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '≥95%', progress: '96%', likelihood: 'possible', line: 10 },
      { level1: '满意度指标', level2: '', name: '周边群众满意度', target: '≥90%', progress: null, likelihood: 'impossible', line: 12 },
    ]);
  });

  it('takes no sentence without a target for an indicator', () => {
    const withoutItems = read(REPORT.split('\n').filter((line) => !/指标值|目标值/.test(line)).join('\n'));
    expect([...eachIndicator(withoutItems)]).toEqual([]);
    expect(withoutItems.monitoring?.problems).toBe('部分工程受汛期影响停工。');
    expect(withoutItems.monitoring?.nextSteps).toBe('汛后集中施工。');
  });

  it('reads a section headed with two analysis words under the first', () => {
    const combined = read(REPORT.replace('四、存在的问题\n部分工程受汛期影响停工。\n五、下一步措施\n', '四、存在的问题及下一步措施\n'));
    expect(combined.monitoring?.problems).toBe('汛后集中施工。');
  });

  it('gives no progress for a 完成率 clause, which is no 1-N月完成值', () => {
    const withRate = read(REPORT.replace('1至8月实现96%', '1至8月完成率96%'));
    expect([...eachIndicator(withRate)][1]?.indicator.monitoring?.actualToDate ?? null).toBeNull();
  });

  it('reads a rate of the received funds stated as a share, and a cut-off date only when it agrees with the title', () => {
    const text = REPORT.replace('支付率60%', '占到账资金的60%').replace('截至8月31日', '截至7月31日');
    const document = read(text);
    expect(document.monitoring?.statedRates?.map((rate) => [rate.numerator, rate.base, rate.rate])).toEqual([
      ['received', 'budget', '75'],
      ['spent', 'received', '60'],
    ]);
    expect(document.monitoring?.period).toMatchObject({ throughMonth: 8, cutOffDate: null });
  });
});

describe('narrative monitoring items that say 预期目标值', () => {
  it('take the value after 预期目标值 as the target and keep 预期 out of the name', () => {
    const document = read(REPORT.replace('年度指标值≥95%', '预期目标值≥95%').replace('年度指标值≥90%', '年度预期目标值≥90%'));
    const targets = [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.target?.text]);
    expect(targets).toContainEqual(['工程验收合格率', '≥95%']);
    expect(targets).toContainEqual(['周边群众满意度', '≥90%']);
  });
});

describe('a note under a narrative monitoring report', () => {
  it('opens no indicator item with its numbers', () => {
    const document = read(`${REPORT}注：1.指标值应尽量量化；2.本表金额单位为万元。\n`);
    expect([...eachIndicator(document)].map(({ indicator }) => indicator.name)).not.toContain('1.');
    expect([...eachIndicator(document)]).toHaveLength([...eachIndicator(read(REPORT))].length);
  });
});

// Invented: a bureau's report over several projects, its budget split by kind of expenditure
// (项目支出 there names a budget line), what was used by the cut-off date, and no 执行 written.
const BUREAU_REPORT = `示范县环境卫生管理局2024年项目支出绩效运行监控报告
一、项目支出基本情况
2024年度，我局纳入绩效运行监控的项目共4个，年初预算安排共计1800.5万元，其中部门项目支出300万元，公共项目支出1500.5万元。
二、监控结果
截至2024年6月30日，项目资金已到位900万元，使用765万元，使用率85%。
三、存在的问题
部分项目采购流程较长。
`;

describe('a report whose budget names kinds of expenditure', () => {
  it('reads 项目支出 after the budget as a part of it and 使用 as the execution to date', () => {
    const document = read(BUREAU_REPORT);
    expect(document.monitoring?.moneyFacts?.map((fact) => [fact.kind, fact.amount])).toEqual([
      ['budget', '1800.5'],
      ['received', '900'],
      ['spent', '765'],
    ]);
    expect(document.budget).toMatchObject({ total: '1800.5', executedToDate: '765' });
  });

  it('still reads 项目支出 as spending in a sentence that gives no budget', () => {
    const document = read(BUREAU_REPORT.replace('使用765万元，使用率85%', '项目支出765万元'));
    expect(document.monitoring?.moneyFacts?.map((fact) => [fact.kind, fact.amount])).toContainEqual(['spent', '765']);
    expect(document.budget.executedToDate).toBe('765');
  });
});

describe('a report setting its targets under level labels, its title without a year', () => {
  const LEVELLED_REPORT = `枫岭村灌溉渠道修复项目绩效运行监控报告
枫岭乡人民政府对2025年度实施的衔接资金项目进行绩效目标运行监控，现将1-6月份的绩效运行监控报告如下：
一、绩效目标设定情况
1.数量指标：修复灌溉渠道长度2.4公里；新建节制闸不少于3座。
2.质量指标：工程验收合格率100%。
3.满意度指标：受益农户满意度达90%。
二、绩效运行开展情况
截至6月底，渠道修复已完成1.1公里。
`;

  it('names the project from the title and reads each listed target under its label\'s levels', () => {
    const document = read(LEVELLED_REPORT);
    expect(document.project).toBe('枫岭村灌溉渠道修复项目');
    expect([...eachIndicator(document)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '修复灌溉渠道长度', '2.4公里'],
      ['产出指标', '数量指标', '新建节制闸', '不少于3座'],
      ['产出指标', '质量指标', '工程验收合格率', '100%'],
      // 满意度指标 is also a 二级 word of the vocabulary (templates write it under its 一级).
      ['满意度指标', '满意度指标', '受益农户满意度', '达90%'],
    ]);
  });

  it('keeps the items a report numbers with their 年度指标值 over a listed one', () => {
    expect([...eachIndicator(read(REPORT))].map(({ indicator }) => indicator.name)).toEqual(['除险加固水库座数', '工程验收合格率', '周边群众满意度']);
  });
});
