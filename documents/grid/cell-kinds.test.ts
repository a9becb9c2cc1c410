import { describe, expect, it } from 'vitest';
import { isDateValue, isQualitativeValue, isTableEnd, isTotalsCell, isWrappedUnit, looksLikeValue } from './cell-kinds.ts';
import { matchGoalName } from './goal-names.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';

describe('matchGoalName', () => {
  it.each([
    ['目   标   一', '目标一'],
    ['职能1: 安保执勤', '职能1：安保执勤'],
    ['职能3：道路标志标线、信号灯购置及维修维护', '职能3：道路标志标线、信号灯购置及维修维护'],
    ['核心职能2', '职能2'],
    ['职能11', '职能11'],
    ['目标2', '目标2'],
    ['年度绩效目标1（40分）', '年度绩效目标1（40分）'],
    // A Hubei county's 自评表 heads each goal's table "项目年度目标1：…".
    ['项目年度目标1：村级道路日常养护', '年度目标1：村级道路日常养护'],
    ['项目绩效目标2', '绩效目标2'],
  ])('names %j as %j', (cell, expected) => {
    expect(matchGoalName(cell)).toBe(expected);
  });

  it.each([['职能履行率'], ['目标值'], ['产出指标'], ['年度指标值'], ['项目目标1'], ['项目绩效目标值'], ['']])('does not take %j for a goal', (cell) => {
    expect(matchGoalName(cell)).toBeNull();
  });
});

describe('level names through the vocabulary', () => {
  it.each([
    ['产出指标（50分）', 'output', '产出指标', '50'],
    ['效益指 标 (30 分)', 'outcome', '效益指标', '30'],
    ['满意度指标', 'satisfaction', '满意度指标', null],
    ['成本指标', 'cost', '成本指标', null],
  ])('reads %j as 一级 %s (%s) with weight %s', (cell, key, name, weight) => {
    expect(matchLevel1(cell)).toEqual({ key, name, weight });
  });

  it.each([
    ['数量指标', '数量指标', 'output'],
    ['经济效益指标', '经济效益指标', 'outcome'],
    ['社会公众或服务对象满意度', '社会公众或服务对象满意度', 'satisfaction'],
    ['服务对象 满意度指标', '服务对象满意度指标', 'satisfaction'],
    ['社会效益', '社会效益', 'outcome'],
    ['经济成本指标', '经济成本指标', 'cost'],
  ])('reads %j as 二级 %j under %s', (cell, name, parent) => {
    expect(matchLevel2(cell)).toEqual({ name, parent });
  });

  it.each([['村警基本生活保障率'], ['指标'], ['']])('does not take %j for a 二级', (cell) => {
    expect(matchLevel2(cell)).toBeNull();
  });
});

describe('looksLikeValue', () => {
  it.each([['≥90%'], ['≤2小时'], ['1套'], ['30分钟'], ['1000元/月人'], ['0起'], ['不少于2次'], ['100%'], ['≥ 90%'], ['下降15%'], ['1.5万元'], ['2个']])(
    'takes %j for a value',
    (cell) => {
      expect(looksLikeValue(cell)).toBe(true);
    },
  );

  it.each([['50人以上赴省进京的群体性事件'], ['村警基本生活保障率'], ['辅警整体形象水平全面提高率'], ['双项目标'], [''], ['1.执行规范性'], ['2、预算执行率'], ['3．资金到位率']])(
    'takes %j for a name, not a value',
    (cell) => {
      expect(looksLikeValue(cell)).toBe(false);
    },
  );
});

describe('table ends', () => {
  // 自评得分 opens the closing row of a sheet that states its score and grade ("自评得分 96 自评等级 优").
  it.each([['总分', true], ['总 分：', true], ['合计', true], ['总分排名第一', false], ['自评得分', true], ['自评得分率', false]])('%j opens the 总分 row: %s', (cell, expected) => {
    expect(isTotalsCell(cell)).toBe(expected);
  });

  it.each([
    ['财政部门审核意见', true],
    ['填表人：张三', true],
    ['审核指标值', false],
    ['财政主管业务科室审核意见', true],
    ['第三方机构审核意见：', true],
    ['出具审核意见的及时率', false],
    ['主管部门意见：', true],
    ['财政部门审批意见', true],
    ['收集群众意见', false],
    ['四、部门自评等级', true],
    ['（五）绩效自评结论', true],
    ['自评等级：优', true],
    ['一、产出指标', false],
    ['四、社会效益指标', false],
    ['填报单位（盖章）：柳河县河道管理所', true],
    ['填报单位满意度', false],
    // The form's closing rows: the label as the whole cell or before a colon, never as a bare prefix.
    ['说明', true],
    ['说 明', true],
    ['备注：无', true],
    ['其他说明：本表指标值以批复为准', true],
    ['其他需要说明的情况', true],
    ['说明书发放份数', false],
    ['备注信息录入及时率', false],
    ['情况说明会召开次数', false],
  ])('%j ends the table: %s', (cell, expected) => {
    expect(isTableEnd(cell)).toBe(expected);
  });
});

describe('a figure’s unit wrapped onto the next line', () => {
  it.each([
    ['≥120 万', '亩', true],
    ['≥5600', '户', true],
    ['不少于30', '人次', true],
    ['95.00', '%', true],
    ['=80 元/人·', '月', true],
    ['=80 元/', '人', true],
    ['=80 元/人·', '月底前完成', false],
    ['≥5600', '户数', false],
    ['良好', '户', false],
    ['≥90%', '人', false],
    ['2023年8月', '日', false],
  ])('%j then %j: %s', (value, unit, expected) => {
    expect(isWrappedUnit(value, unit)).toBe(expected);
  });
});

describe('dates as a 时效 indicator’s value', () => {
  it.each([
    ['2024年9月', true],
    ['2024年10月前', true],
    ['2024年底前', true],
    ['2025年3月15日', true],
    ['2024 年 9 月底前', true],
    ['2024年', false],
    ['2024年9月完成验收并交付使用', false],
    ['9月底前', false],
    ['2024年度', false],
    // A period in dotted dates (a Hunan city's 申报表, twenty-second study); a figure or a range of figures is none.
    ['2024.03-2024.12', true],
    ['2023.7—2024.1', true],
    ['2024/03/01-2024/12/31', true],
    ['2024.03', false],
    ['1.5-2.5', false],
    ['2024-2026', false],
  ])('%j is a date value: %s', (cell, expected) => {
    expect(isDateValue(cell)).toBe(expected);
  });
});

describe('qualitative values', () => {
  // A change word alone ("提升", "增加") and 长远 / 长期 are values as the 持续提升 wordings are (a Gansu 目标表, twenty-third study).
  it.each(['提升', '增加', '降低', '持续提升', '明显改善', '长远', '长期', '健全', '达到预期'])('takes %j for a value', (cell) => {
    expect(isQualitativeValue(cell)).toBe(true);
  });

  it.each(['提升率', '群众满意度', '增加岗位数', '长远影响', '提升博物馆绿化水平', '开放天数'])('does not take %j for a value', (cell) => {
    expect(isQualitativeValue(cell)).toBe(false);
  });
});
