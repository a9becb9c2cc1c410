import { describe, expect, it } from 'vitest';
import { joinBrokenHeaderWords, readHeaderWords } from './run-together-words.ts';

describe('header words a page broke at a space', () => {
  it.each([
    [['上年度', '实际水平', '本年度', '计划水平'], ['上年度实际水平', '本年度计划水平']],
    [['绩效', '指标', '指标名称'], ['绩效指标', '指标名称']],
    // A word with a role of its own stays apart ("单位" is the 计量单位 column; "计划水平" names the target).
    [['单位', '万元'], ['单位', '万元']],
    [['计划水平', '指标内容'], ['计划水平', '指标内容']],
    // Words that make no column together stay apart.
    [['管网', '清淤'], ['管网', '清淤']],
    // A word spread out one character at a time (a letter-spaced cell), and a column word's rest broken off.
    [['绩', '效', '指', '标', '一级', '指标', '三级指标'], ['绩效指标', '一级指标', '三级指标']],
    [['未完成原因和', '改进措施'], ['未完成原因和改进措施']],
    // Single characters that make no word stay apart; a rest with a column of its own stays apart.
    [['管', '网', '清', '淤'], ['管', '网', '清', '淤']],
    [['三级指标', '指标值'], ['三级指标', '指标值']],
  ])('%j → %j', (words, expected) => {
    expect(joinBrokenHeaderWords(words)).toEqual(expected);
  });
});

describe('a run-together header of two rows written one after the other', () => {
  it('puts 二级 and 三级 where 指标名称 stands over them', () => {
    expect(readHeaderWords('指标名称 上年度实际水平 本年度计划水平 指标内容/计算公式 二级指标 三级指标 目标完成程度 1.名称')).toEqual({
      roles: ['level2', 'name', 'priorValue', 'target', 'content'],
      rest: '目标完成程度 1.名称',
    });
  });

  it('reads a header of one row as before', () => {
    expect(readHeaderWords('一级指标 二级指标 三级指标 指标值 产出指标')?.roles).toEqual(['level1', 'level2', 'name', 'target']);
  });
});
