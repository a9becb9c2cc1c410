import { describe, expect, it } from 'vitest';
import { impliedLevel1Of, isTableHeading, looksLikeValue, matchGoalName, matchLevel2Name } from './indicator-cells.ts';

describe('matchGoalName', () => {
  it.each([
    ['目   标   一', '目标一'],
    ['职能1: 安保执勤', '职能1：安保执勤'],
    ['职能3：道路标志标线、信号灯购置及维修维护', '职能3：道路标志标线、信号灯购置及维修维护'],
    ['职能11', '职能11'],
    ['目标2', '目标2'],
  ])('names %j as %j', (cell, expected) => {
    expect(matchGoalName(cell)).toBe(expected);
  });

  it.each([['职能履行率'], ['目标值'], ['产出指标'], ['']])('does not take %j for a goal', (cell) => {
    expect(matchGoalName(cell)).toBeNull();
  });
});

describe('matchLevel2Name and impliedLevel1Of', () => {
  it.each([
    ['数量指标', '数量指标', '产出指标'],
    ['经济效益指标', '经济效益指标', '效益指标'],
    ['社会公众或服务对象满意度', '社会公众或服务对象满意度', '满意度指标'],
    ['服务对象 满意度指标', '服务对象满意度指标', '满意度指标'],
    ['社会效益', '社会效益', '效益指标'],
  ])('reads %j as 二级 %j under %j', (cell, level2, level1) => {
    expect(matchLevel2Name(cell)).toBe(level2);
    expect(impliedLevel1Of(level2)).toBe(level1);
  });

  it.each([['村警基本生活保障率'], ['指标'], ['']])('does not take %j for a 二级', (cell) => {
    expect(matchLevel2Name(cell)).toBeNull();
  });
});

describe('looksLikeValue', () => {
  it.each([['≥90%'], ['≤2小时'], ['1套'], ['30分钟'], ['1000元/月人'], ['0起'], ['不少于2次'], ['100%'], ['≥ 90%']])(
    'takes %j for a value',
    (cell) => {
      expect(looksLikeValue(cell)).toBe(true);
    },
  );

  it.each([['50人以上赴省进京的群体性事件'], ['村警基本生活保障率'], ['辅警整体形象水平全面提高率'], ['双项目标'], ['']])(
    'takes %j for a name, not a value',
    (cell) => {
      expect(looksLikeValue(cell)).toBe(false);
    },
  );
});

describe('isTableHeading', () => {
  it.each([
    ['一级指标', true],
    ['指标值及单位', true],
    ['年度绩效指标', true],
    ['指标', true],
    ['指标值（单位）', true],
    ['数量指标', false],
    ['警卫安保活动次数', false],
  ])('%j is a heading: %s', (cell, expected) => {
    expect(isTableHeading(cell)).toBe(expected);
  });
});
