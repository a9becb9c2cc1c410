import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'];

function read(rows: ReadonlyArray<readonly string[]>) {
  const table = readIndicatorGrid(gridOf([header, ...rows]));
  const indicators = table.goals.flatMap((goal) => goal.indicators);
  return { table, levels: indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}`) };
}

describe('scoring tables of the national evaluation framework (决策/过程/产出/效益)', () => {
  it('reads 绩效目标 as a 二级 under 决策, and the rows after it under 绩效目标', () => {
    const { levels } = read([
      ['决策（10分）', '项目立项', '立项依据充分性', '充分', '充分', '3', '3'],
      ['', '绩效目标', '目标设定合理性', '合理', '合理', '4', '4'],
      ['', '', '指标清晰量化程度', '明确', '明确', '3', '3'],
    ]);
    expect(levels).toEqual(['决策/项目立项/立项依据充分性', '决策/绩效目标/目标设定合理性', '决策/绩效目标/指标清晰量化程度']);
  });

  it('does not take 绩效目标 for a 二级 outside a 决策 group', () => {
    const { levels, table } = read([
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', '10', '10'],
      ['', '绩效目标', '目标设定合理性', '合理', '合理', '4', '4'],
    ]);
    expect(levels).toEqual(['产出指标/数量指标/培训人次']);
    expect(table.findings.some((finding) => finding.line === 3)).toBe(true);
  });

  it('reads 预算执行率 in the 三级 column under a carried 一级 as an indicator, not the budget’s row', () => {
    const { levels, table } = read([
      ['过程（20分）', '资金管理', '资金到位率', '=100%', '100%', '5', '5'],
      ['', '', '预算执行率', '≥90%', '88%', '5', '4'],
    ]);
    expect(levels).toEqual(['过程/资金管理/资金到位率', '过程/资金管理/预算执行率']);
    expect(table.executionRow).toBeNull();
  });

  it('still reads 预算执行率 in the first column before any level as the budget’s row', () => {
    const { levels, table } = read([
      ['预算执行率', '', '', '=100%', '95%', '10', '9.5'],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', '90', '90'],
    ]);
    expect(levels).toEqual(['产出指标/数量指标/培训人次']);
    expect(table.executionRow).toMatchObject({ weight: '10', score: '9.5' });
  });

  it('keeps a 满意度 二级 under the 效益 一级 the table wrote above it', () => {
    const { levels } = read([
      ['效益（20分）', '社会效益指标', '受益学生人次', '≥300人次', '320人次', '10', '10'],
      ['', '满意度指标', '家长满意度', '≥90%', '95%', '10', '10'],
    ]);
    expect(levels).toEqual(['效益指标/社会效益指标/受益学生人次', '效益指标/满意度指标/家长满意度']);
  });

  it('opens the 满意度 一级 when the 效益 above was only implied by its 二级 (no 一级 written)', () => {
    const { levels } = read([
      ['', '社会效益指标', '受益学生人次', '≥300人次', '320人次', '10', '10'],
      ['', '服务对象满意度指标', '家长满意度', '≥90%', '95%', '10', '10'],
    ]);
    expect(levels).toEqual(['效益指标/社会效益指标/受益学生人次', '满意度指标/服务对象满意度指标/家长满意度']);
  });

  it('opens a group at a 一级 heading with its weight on a row of its own outside the level columns', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'],
        ['社会效益指标', '受益人口', '≥3万人', '3.2万人', '20', '20'],
        ['', '满意度指标（10分）'],
        ['服务对象满意度指标', '群众满意度', '≥90%', '94%', '10', '10'],
      ]),
    );
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => indicator.level1)).toEqual(['效益指标', '满意度指标']);
    expect(table.findings.filter((finding) => finding.code === 'unparsed-line')).toEqual([]);
  });
});

describe('a 部门整体 评价得分表 with weights in its level and indicator names', () => {
  it('reads unknown levels written with their weight, and each weight after its indicator’s name', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['一级指标', '二级指标', '三级指标', '得分'],
        ['综合管理（30分）', '信息公开（10分）', '预算公开（5分）', '5'],
        ['', '资产管理（10分）', '资产报告情况（5分）', '4'],
        ['部门绩效情况（45分）', '满意度（10分）', '社会公众满意度（10分）', '9'],
      ]),
    );
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['综合管理', '信息公开', '预算公开', '5', '5'],
      ['综合管理', '资产管理', '资产报告情况', '5', '4'],
      ['部门绩效情况', '满意度', '社会公众满意度', '10', '9'],
    ]);
  });

  it('still refuses a bare unknown word in a level column (a shifted cell)', () => {
    const { levels, table } = read([['综合管理', '信息公开', '预算公开', '公开', '公开', '5', '5']]);
    expect(levels).not.toContain('综合管理/信息公开/预算公开');
    expect(table.findings.length).toBeGreaterThan(0);
  });
});

describe('a scoring sheet that gives each level its own 分值 column', () => {
  it('reads the 分值 after the 三级 as the indicator’s weight and the others as their level’s', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
        ['决策', '8', '项目立项', '8', '立项依据充分性', '4', '4'],
        ['', '', '', '', '立项程序规范性', '4', '3'],
        ['产出', '40', '产出数量', '20', '培训完成率', '20', '19'],
        ['', '', '产出质量', '20', '考核合格率', '20', '20'],
      ]),
    );
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['决策', '项目立项', '立项依据充分性', '4', '4'],
      ['决策', '项目立项', '立项程序规范性', '4', '3'],
      ['产出指标', '产出数量', '培训完成率', '20', '19'],
      ['产出指标', '产出质量', '考核合格率', '20', '20'],
    ]);
    expect(table.findings).toEqual([]);
  });

  it('reads the 2013 framework’s levels (项目绩效 / 项目产出) by the weights beside them, keeping 三级 named like levels', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['一级指标', '权重', '二级指标', '权重', '三级指标', '权重', '得分'],
        ['项目决策', '20', '决策过程', '20', '决策程序', '20', '18'],
        ['项目绩效', '80', '项目产出', '40', '产出数量', '40', '39'],
        ['', '', '项目效益', '40', '社会效益', '40', '40'],
      ]),
    );
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}:${indicator.weight}`)).toEqual([
      '决策/决策过程/决策程序:20',
      '项目绩效/项目产出/产出数量:40',
      '项目绩效/项目效益/社会效益:40',
    ]);
  });

  it('keeps a single 分值 after the 二级 column as the indicators’ weight when no other 分值 follows', () => {
    const { table } = read([['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', '10', '10']]);
    expect(table.goals[0]?.indicators[0]?.weight).toBe('10');
  });
});
