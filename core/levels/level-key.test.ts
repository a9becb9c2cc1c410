import { describe, expect, it } from 'vitest';
import { level1Entries, level2Entries } from './level-names.ts';
import {
  findGroupBoundLevel2Parent,
  findLevel1Entry,
  findLevel2Parent,
  isFrameworkLevel,
  level1KeyOf,
  level1NameOf,
  mayStandUnder,
  normalizeLevelText,
  readHeadingWeight,
} from './level-key.ts';

describe('a level name numbered as an outline', () => {
  it.each([
    ['一、产出指标', '产出指标'],
    ['二.效益指标（30分）', '效益指标'],
    ['（一）数量指标', '数量指标'],
    ['(二)质量指标', '质量指标'],
    ['（三） 服务对象满意度指标', '服务对象满意度指标'],
  ])('%s is the level %s', (written, name) => {
    expect(normalizeLevelText(written)).toBe(name);
  });

  it('reads the 一级 and the 二级 under it as the vocabulary names them', () => {
    expect(findLevel1Entry('一、产出指标')?.key).toBe('output');
    expect(findLevel2Parent('（一）经济效益指标')).toBe('outcome');
  });

  it.each(['（一）', '1.5万元', '一、', '十五', '1.公众满意度', '（1）群众满意度'])('keeps %s, no level numbered as an outline', (written) => {
    expect(normalizeLevelText(written)).toBe(written);
  });
});

describe('level1KeyOf', () => {
  it.each([
    ['产出指标', 'output'],
    ['产 出 指 标', 'output'],
    ['产出指标（50分）', 'output'],
    ['产出指标(50)', 'output'],
    ['产出', 'output'],
    ['效果指标', 'outcome'],
    ['效益指标 (30 分)', 'outcome'],
    ['经济效益指标', 'outcome'],
    ['满意度', 'satisfaction'],
    ['社会公众或服务对象满意度', 'satisfaction'],
    ['成本指标', 'cost'],
    ['生态环境成本', 'cost'],
    ['项目产出', 'output'],
    ['决策', 'decision'],
    ['决策（20分）', 'decision'],
    ['决 策 指 标', 'decision'],
    ['项目立项', 'decision'],
    ['过程', 'process'],
    ['过程(20)', 'process'],
    ['组织实施', 'process'],
    ['资金管理', 'process'],
    ['投入（15分）', 'input'],
    ['规划', 'planning'],
    ['执行（30分）', 'execution'],
    ['效果', 'outcome'],
    ['预算执行', 'process'],
    ['目标设定', 'input'],
  ] as const)('reads %s as %s', (written, key) => {
    expect(level1KeyOf(written)).toBe(key);
  });

  it('names no level for text that is none', () => {
    expect(level1KeyOf('其他')).toBeNull();
    expect(level1KeyOf('')).toBeNull();
  });

  it('maps every name and variant of the vocabulary to its own key', () => {
    for (const entry of level1Entries) {
      for (const word of [entry.name, ...entry.variants]) expect(level1KeyOf(word)).toBe(entry.key);
    }
    for (const entry of level2Entries) {
      if (level1Entries.some((level) => level.name === entry.name)) continue;
      for (const word of [entry.name, ...entry.variants]) expect(level1KeyOf(word)).toBe(entry.parent);
    }
  });

  it('gives the model’s name of each key', () => {
    expect(level1NameOf('satisfaction')).toBe('满意度指标');
  });
});

describe('readHeadingWeight', () => {
  it.each([
    ['产出指标（50分）', '50'],
    ['效益指标 (30 分)', '30'],
    ['满意度指标(10)', '10'],
    ['决策（20分）', '20'],
    // A Hubei county's 自评表 writes the weight right after the level, without brackets.
    ['产出指标40分', '40'],
    ['数量指标 15分', '15'],
    ['产出指标', null],
    ['≥90分', null],
    ['项目决策2分', '2'],
    // A template's range of weights (a Chongqing 审批表) is no weight.
    ['产出指标(40-50)分', null],
    ['成本指标（0-20分）', null],
  ] as const)('reads %s as %s', (written, weight) => {
    expect(readHeadingWeight(written)).toBe(weight);
  });
});

describe('a level heading with the template\'s range of weights', () => {
  it.each([
    ['成本指标(0-20)分', 'cost', '成本指标'],
    ['产出指标 (40-50)分', 'output', '产出指标'],
    ['效益指标（20-30分）', 'outcome', '效益指标'],
    ['满意度指标(0~10)分', 'satisfaction', '满意度指标'],
  ] as const)('reads %s as its level, the range left out', (written, key, bare) => {
    expect(level1KeyOf(written)).toBe(key);
    expect(normalizeLevelText(written)).toBe(bare);
  });
});

describe('levels bound to a group', () => {
  it('names 绩效目标 a 二级 only inside a 决策 group', () => {
    expect(findGroupBoundLevel2Parent('绩效目标', 'decision')).toBe('decision');
    expect(findGroupBoundLevel2Parent('绩 效 目 标', 'decision')).toBe('decision');
    expect(findGroupBoundLevel2Parent('绩效目标', 'output')).toBeNull();
    expect(findGroupBoundLevel2Parent('绩效目标', null)).toBeNull();
    expect(findLevel2Parent('绩效目标')).toBeNull();
  });

  it('lets 成本 stand under any 产出 and 满意度 only under a 效益 the document wrote', () => {
    expect(mayStandUnder({ own: 'cost', group: 'output', isGroupWritten: false })).toBe(true);
    expect(mayStandUnder({ own: 'satisfaction', group: 'outcome', isGroupWritten: true })).toBe(true);
    expect(mayStandUnder({ own: 'satisfaction', group: 'outcome', isGroupWritten: false })).toBe(false);
    expect(mayStandUnder({ own: 'outcome', group: 'output', isGroupWritten: true })).toBe(false);
  });
});

describe('isFrameworkLevel', () => {
  it('marks the levels of evaluation scoring frameworks only', () => {
    expect(['decision', 'process', 'input', 'planning', 'execution'].every((key) => isFrameworkLevel(key as never))).toBe(true);
    expect(['output', 'outcome', 'satisfaction', 'cost'].some((key) => isFrameworkLevel(key as never))).toBe(false);
    expect(isFrameworkLevel(null)).toBe(false);
  });

  it('binds 满意度 as a 二级 to the 效果 group only', () => {
    expect(findGroupBoundLevel2Parent('满意度', 'outcome')).toBe('satisfaction');
    expect(findGroupBoundLevel2Parent('满意度', 'output')).toBeNull();
  });
});

describe('mayStandUnder with a name restriction', () => {
  it('keeps only 职责履行 of the 产出 二级 under a written 效果', () => {
    expect(mayStandUnder({ own: 'output', group: 'outcome', isGroupWritten: true, level2Name: '职责履行' })).toBe(true);
    expect(mayStandUnder({ own: 'output', group: 'outcome', isGroupWritten: true, level2Name: '时效指标' })).toBe(false);
  });
});

describe('a 二级 outside the lists, known by its shape', () => {
  it.each([
    ['服务质量指标', 'output'],
    ['工作进度指标', 'output'],
    ['社会效应指标', 'outcome'],
    ['受益群众满意度指标', 'satisfaction'],
    ['运行成本指标', 'cost'],
  ])('%s belongs to %s', (text, parent) => {
    expect(findLevel2Parent(text)).toBe(parent);
  });

  it.each([['绩效指标'], ['三级指标'], ['重点任务指标'], ['水质达标率'], ['质量达标率95%指标'], ['产出指标'], ['产出指标数量指标'], ['效益指标社会效益指标']])('%s is no 二级 by shape', (text) => {
    expect(findLevel2Parent(text)).toBeNull();
  });
});

describe('a 二级 written with 目标 for 指标 (a 绩效目标评审申报表)', () => {
  it.each([
    ['时效目标', 'output'],
    ['数量目标', 'output'],
    ['质 量 目 标', 'output'],
    ['成本目标', 'cost'],
    ['经济效益目标', 'outcome'],
    ['可持续影响目标', 'outcome'],
    ['满意度目标', 'satisfaction'],
    ['服务对象满意度目标', 'satisfaction'],
  ])('%s belongs to %s', (text, parent) => {
    expect(findLevel2Parent(text)).toBe(parent);
  });

  it.each([['绩效目标'], ['年度目标'], ['总体目标'], ['长期目标'], ['预期目标'], ['目标'], ['年度绩效目标'], ['数量目标值']])('%s stays no 二级', (text) => {
    expect(findLevel2Parent(text)).toBeNull();
  });

  it('lets a 成本 二级 stand under a written 投入 only', () => {
    expect(mayStandUnder({ own: 'cost', group: 'input', isGroupWritten: true })).toBe(true);
    expect(mayStandUnder({ own: 'cost', group: 'input', isGroupWritten: false })).toBe(false);
  });
});

describe('a level name with the template’s explanation in brackets', () => {
  it.each([
    ['产出（工作量）指标（数量、质量、成本方面的指标）', 'output'],
    ['效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）', 'outcome'],
    ['满意度指标(服务对象)', 'satisfaction'],
    ['产出指标（50分）', 'output'],
  ] as const)('%s is %s', (written, key) => {
    expect(findLevel1Entry(written)?.key ?? null).toBe(key);
  });

  it.each([['培训人次（人）'], ['道路（公里）养护'], ['产出（2023）指标']])('%s names no level', (written) => {
    expect(findLevel1Entry(written)).toBeNull();
    expect(findLevel2Parent(written)).toBeNull();
  });
});

describe('levels worded as goals (Fujian: 产出目标 / 数量目标)', () => {
  it.each([
    ['产出目标', 'output'],
    ['效益目标', 'outcome'],
    ['满意度目标', 'satisfaction'],
  ])('%s is the 一级 %s', (written, key) => {
    expect(level1KeyOf(written)).toBe(key);
  });

  it.each([
    ['数量目标', 'output'],
    ['质量目标', 'output'],
    ['时效目标', 'output'],
    ['社会效益目标', 'outcome'],
    ['服务对象满意度目标', 'satisfaction'],
  ])('%s is a 二级 under %s', (written, parent) => {
    expect(findLevel2Parent(written)).toBe(parent);
  });

  it.each(['绩效目标', '年度目标', '长期目标', '总体目标'])('%s stays no level outside 决策', (written) => {
    expect(level1KeyOf(written)).toBeNull();
    expect(findLevel2Parent(written)).toBeNull();
  });
});

describe('a Guangdong 批复表\'s levels (预期产出指标, 预算(或投资规模)控制指标: twenty-fifth study)', () => {
  it.each([
    ['预期产出指标', 'output', '产出指标'],
    ['预期效果指标', 'outcome', '效果指标'],
    ['预期效益指标', 'outcome', '效益指标'],
    ['预期满意度指标', 'satisfaction', '满意度指标'],
    ['预期产出', 'output', '产出'],
  ] as const)('%s is the 一级 %s, written without 预期', (written, key, bare) => {
    expect(findLevel1Entry(written)?.key ?? null).toBe(key);
    expect(normalizeLevelText(written)).toBe(bare);
  });

  it.each([
    ['预算(或投资规模)控制指标', 'output', '预算控制指标'],
    ['投资规模控制指标', 'output', '投资规模控制指标'],
    ['时效指标(工期指标)', 'output', '时效指标'],
    ['数量指标(或建筑规模指标)', 'output', '数量指标'],
    ['社会、经济、生态效益 指标', 'outcome', '社会、经济、生态效益指标'],
  ] as const)('%s is a 二级 under %s, named %s', (written, parent, name) => {
    expect(findLevel2Parent(written)).toBe(parent);
    expect(normalizeLevelText(written)).toBe(name);
  });

  it.each(['预期目标', '预期指标值', '预期', '预期数量指标'])('%s stays as written: 预期 goes only before a 一级 name', (written) => {
    expect(normalizeLevelText(written)).toBe(written);
  });
});
