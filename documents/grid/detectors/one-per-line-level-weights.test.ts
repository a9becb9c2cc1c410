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

