import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';
import { readText } from '../../text/read-text.ts';

const sheet = [
  '一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分',
  '项目决策', '20', '项目目标', '20', '目标内容', '20', '18',
  '项目绩效', '80', '项目产出', '40', '产出数量', '40', '40',
  '项目效益', '40', '经济效益', '20', '19', '社会效益', '20', '20',
  '总分', '100', '97',
];

describe('a scoring sheet with a 分值 after each level, one cell per line (Hainan 自评表)', () => {
  it('tells levels from indicators by what follows them, known level words or not', () => {
    const table = readIndicatorGrid(recoverTextGrid(sheet).grid);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['项目目标', '目标内容', '20', '18'],
      ['项目产出', '产出数量', '40', '40'],
      ['项目效益', '经济效益', '20', '19'],
      ['项目效益', '社会效益', '20', '20'],
    ]);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '97']);
  });

  it('reads the project named only in the title and a grade on the line after 评价等次', () => {
    const document = readText(['岛屿旅游推广项目绩效自评表', '项目实施单位', '南礁市旅游推广中心', ...sheet, '评价等次', '优'].join('\n'));
    expect([document?.project, document?.unit, document?.totals.grade]).toEqual(['岛屿旅游推广', '南礁市旅游推广中心', '优']);
  });

  it('keeps a title unit with a unit ending as the unit', () => {
    const document = readText(['示范县公安局项目绩效自评表', ...sheet].join('\n'));
    expect([document?.unit, document?.project]).toEqual(['示范县公安局', null]);
  });

  it('reads on under the header written again after a page break', () => {
    const header = sheet.slice(0, 7);
    const broken = [...sheet.slice(0, 21), '- 1 -', ...header, ...sheet.slice(21)];
    const table = readIndicatorGrid(recoverTextGrid(broken).grid);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['目标内容', '产出数量', '经济效益', '社会效益']);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '97']);
  });

  it('reads the 总分 row’s two numbers in order when a 序号 column comes first', () => {
    const numbered = ['序号', ...sheet.slice(0, 7), '1', ...sheet.slice(7, 14), '2', ...sheet.slice(14, 21), '3', ...sheet.slice(21)];
    const table = readIndicatorGrid(recoverTextGrid(numbered).grid);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.weight, indicator.score])).toEqual([
      ['目标内容', '20', '18'],
      ['产出数量', '40', '40'],
      ['经济效益', '20', '19'],
      ['社会效益', '20', '20'],
    ]);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '97']);
  });
});

describe('a score sheet with a 分值 after each level and two sentence columns, one cell per line', () => {
  const standardSheet = [
    '一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '具体指标', '评价标准', '自评得分',
    '决策', '20', '项目立项', '20', '立项依据充分性', '20', '项目立项是否符合发展规划。', '①符合发展规划(20分)。', '18',
    '效益', '80', '项目效益', '80', '生活质量改善', '40', '补贴对生活质量的改善程度。', '明显改善得满分；有所改善得20分。', '36',
    '服务对象满意度', '40', '服务对象对服务的满意程度。', '满意度≥90%得满分；每低1个百分点扣1分。', '38',
    '总分', '100', '100', '100', '92',
  ];

  it('reads a level word written as the 二级 after its 一级 and weight, and a 三级 worded as a 二级, by the two texts after the indicator', () => {
    const table = readIndicatorGrid(recoverTextGrid(standardSheet).grid);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['项目立项', '立项依据充分性', '20', '18'],
      ['项目效益', '生活质量改善', '40', '36'],
      ['项目效益', '服务对象满意度', '40', '38'],
    ]);
  });

  it('reads the 总分 row that stops before the 得分 column, its figures in order', () => {
    const table = readIndicatorGrid(recoverTextGrid(standardSheet).grid);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '92']);
  });
});
