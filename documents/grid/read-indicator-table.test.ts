import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/model.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const standardHeader = ['一级指标', '二级指标', '三级指标', '指标值'];
const standardRows = [
  ['产出指标', '数量指标', '巡逻次数', '≥100次'],
  ['', '', '培训人次', '≥500人次'],
  ['', '质量指标', '案件办结率', '≥95%'],
  ['效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

function summarise(indicators: readonly Indicator[]): string[][] {
  return indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '']);
}

function readAll(rows: ReadonlyArray<readonly string[]>) {
  const read = readIndicatorGrid(gridOf(rows));
  return { read, indicators: read.goals.flatMap((goal) => goal.indicators) };
}

const expected = [
  ['产出指标', '数量指标', '巡逻次数', '≥100次'],
  ['产出指标', '数量指标', '培训人次', '≥500人次'],
  ['产出指标', '质量指标', '案件办结率', '≥95%'],
  ['效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

describe('the same table in other header shapes reads the same', () => {
  it('reads a one-row header with levels carried down', () => {
    expect(summarise(readAll([standardHeader, ...standardRows]).indicators)).toEqual(expected);
  });

  it('reads all indicators under a 2-row merged header (绩效指标 over 一级/二级/三级)', () => {
    const { indicators } = readAll([['绩效指标', '', '', '指标值'], ['一级指标', '二级指标', '三级指标', ''], ...standardRows]);
    expect(summarise(indicators)).toEqual(expected);
  });

  it('reads all indicators with a 序号 column in front', () => {
    const { indicators } = readAll([['序号', ...standardHeader], ...standardRows.map((row, index) => [String(index + 1), ...row])]);
    expect(summarise(indicators)).toEqual(expected);
  });

  it('reads reordered columns the same', () => {
    const order = [3, 2, 0, 1];
    const { indicators } = readAll([order.map((index) => standardHeader[index] ?? ''), ...standardRows.map((row) => order.map((index) => row[index] ?? ''))]);
    expect(summarise(indicators)).toEqual(expected);
  });

  it('never takes a header word for a value or a name', () => {
    const { indicators } = readAll([standardHeader, standardRows[0] ?? [], standardHeader, ...standardRows.slice(1)]);
    expect(summarise(indicators)).toEqual(expected);
  });
});

describe('goals', () => {
  it('opens a goal per 目标/职能 cell and carries levels only within it', () => {
    const { read } = readAll([
      ['核心职能', ...standardHeader],
      ['职能1: 安保执勤', '产出指标', '数量指标', '警卫安保活动次数', '≥25次/年'],
      ['', '', '', '参加警卫安保人次', '≥1000人次'],
      ['职能2：村警保障', '产出指标', '数量指标', '保障村警人数', '≥154个'],
    ]);
    expect(read.goals.map((goal) => [goal.name, goal.indicators.length])).toEqual([
      ['职能1：安保执勤', 2],
      ['职能2：村警保障', 1],
    ]);
  });

  it('reads 年度绩效目标1（40分） rows standing alone as goals', () => {
    const { read } = readAll([standardHeader, ['年度绩效目标1（40分）'], ...standardRows.slice(0, 2), ['年度绩效目标2（60分）'], ...standardRows.slice(2)]);
    expect(read.goals.map((goal) => [goal.name, goal.indicators.length])).toEqual([
      ['年度绩效目标1（40分）', 2],
      ['年度绩效目标2（60分）', 3],
    ]);
  });
});

describe('regional columns', () => {
  const sichuanHeader = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值', '得分', '未完成原因分析'];

  it.each([
    [['产出指标', '数量指标', '培训人数', '≥', '100', '人次', '10', '96', '9.6', '部分人员值班未参训'], '≥100人次', '96人次'],
    [['产出指标', '质量指标', '设备合格率', '=', '100', '%', '10', '100', '10', ''], '=100%', '100%'],
    [['产出指标', '质量指标', '投诉率', '≤', '5', '%', '5', '3', '5', ''], '≤5%', '3%'],
    [['效益指标', '社会效益指标', '群众安全感', '定性', '明显提升', '', '20', '明显提升', '18', ''], '明显提升', '明显提升'],
    [['产出指标', '质量指标', '培训覆盖', '正向指标', '90', '%', '5', '95', '5', ''], '≥90%', '95%'],
  ])('joins %j into the target %s and actual %s', (cells, target, actual) => {
    const { indicators } = readAll([sichuanHeader, cells]);
    expect([indicators[0]?.target?.text, indicators[0]?.actual?.text]).toEqual([target, actual]);
  });

  it('takes 权重 as the weight and 未完成原因分析 as the deviation', () => {
    const { indicators } = readAll([sichuanHeader, ['产出指标', '数量指标', '培训人数', '≥', '100', '人次', '10', '96', '9.6', '部分人员值班未参训']]);
    expect(indicators[0]).toMatchObject({ weight: '10', score: '9.6', deviation: '部分人员值班未参训' });
  });

  it('prefers the adjusted target of Chongqing tables and falls back to the initial one', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年初指标值', '调整指标值', '全年完成值', '指标权重'];
    const { indicators } = readAll([
      header,
      ['产出指标', '数量指标', '巡逻次数', '≥100次', '≥120次', '130次', '5'],
      ['', '', '出警次数', '≥100次', '', '130次', '5'],
    ]);
    expect(indicators.map((indicator) => indicator.target?.text)).toEqual(['≥120次', '≥100次']);
  });
});

describe('what cannot be placed', () => {
  it('reports a value without a name and never gives it one', () => {
    const { read, indicators } = readAll([standardHeader, standardRows[0] ?? [], ['', '', '', '≥5次']]);
    expect(indicators).toHaveLength(1);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'unparsed-line', line: 3 })]);
  });

  it('places a shifted row by content and says so', () => {
    const { read, indicators } = readAll([standardHeader, standardRows[0] ?? [], ['村警基本生活保障率', '', '≥50%', '']]);
    expect(indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '村警基本生活保障率' });
    expect(read.findings).toEqual([expect.objectContaining({ code: 'shifted-row', line: 3 })]);
  });

  it('reports a 一级 heading weight that its rows do not add up to', () => {
    const { read } = readAll([
      ['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分'],
      ['产出指标（50分）', '数量指标', '巡逻次数', '≥100次', '20', '20'],
      ['', '', '培训人次', '≥500人次', '20', '18'],
      ['总分', '', '', '', '40', '38'],
    ]);
    expect(read.totals).toMatchObject({ weight: '40', score: '38' });
    expect(read.findings).toEqual([expect.objectContaining({ code: 'heading-weight-mismatch' })]);
  });

  it.each([
    { case: 'rows with 分值 and no 得分 (the 得分 column left unfilled)', scores: ['', ''], totals: { weight: '100', score: null } },
    { case: 'rows with 得分', scores: ['50', '46'], totals: { weight: null, score: '100' } },
    { case: 'rows with one 得分 written', scores: ['', '46'], totals: { weight: null, score: '100' } },
  ])('reads a 合计 row’s lone number outside the 分值 and 得分 columns as the 分值 only after $case', ({ scores, totals }) => {
    const { read } = readAll([
      ['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分'],
      ['产出指标', '数量指标', '巡逻次数', '≥100次', '50', scores[0] ?? ''],
      ['', '', '培训人次', '≥500人次', '50', scores[1] ?? ''],
      ['合计', '100', '', '', '', ''],
    ]);
    expect(read.totals).toMatchObject(totals);
  });

  it('reads a lone total as the 得分 when the rows carry no 分值 either', () => {
    const { read } = readAll([standardHeader, ...standardRows, ['合计', '96', '', '']]);
    expect(read.totals).toMatchObject({ weight: null, score: '96' });
  });

  it('has no table without an indicator header', () => {
    expect(readAll([['项目名称', '禁毒宣传'], ['年度资金总额', '50']]).read.hasTable).toBe(false);
  });
});

describe('goal labels with their description in the level columns', () => {
  it('opens each goal from a "目标一 | description" row above its header, with the description in its name', () => {
    const header = ['', '一级指标', '二级指标', '三级指标', '指标值'];
    const { read, indicators } = readAll([
      ['', '目标一', '稳定粮食生产，做好农机安全监管。'],
      header,
      ['', '产出指标', '数量指标', '农机安全检查次数', '≥24次'],
      ['', '目标二', '推进耕地保护和化肥减量。'],
      header,
      ['', '产出指标', '数量指标', '耕地质量监测点位数', '≥35个'],
    ]);
    expect(read.goals.map((goal) => goal.name)).toEqual(['目标一：稳定粮食生产，做好农机安全监管。', '目标二：推进耕地保护和化肥减量。']);
    expect(indicators.map((indicator) => indicator.name)).toEqual(['农机安全检查次数', '耕地质量监测点位数']);
    expect(read.findings).toEqual([]);
  });
});
