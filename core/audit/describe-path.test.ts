import { describe, expect, it } from 'vitest';
import { describeChangeValue, describeFieldPath, describeFieldValue, toRowNumber } from './describe-path.ts';
import { getRulePack } from '../rule-packs/index.ts';

describe('describeFieldValue', () => {
  it.each<[unknown, string]>([
    [null, '（空）'],
    ['', '（空）'],
    ['≥95%', '≥95%'],
    [{ text: '≥95%', value: '95' }, '≥95%'],
    [{ basic: '9368.19', project: '2854.50', total: null }, '基本支出 9368.19；项目支出 2854.50'],
    [[1, 2, 3], '3 项'],
  ])('writes %j as %s', (value, words) => {
    expect(describeFieldValue(value)).toBe(words);
  });
});

describe('toRowNumber', () => {
  it('counts the rows of earlier goals first', () => {
    const indicator = { level1: '', level2: '', name: '', target: null };
    const document = { goals: [{ name: '', indicators: [indicator, indicator] }, { name: '', indicators: [indicator] }] };
    expect(toRowNumber({ goalIndex: 1, indicatorIndex: 0, document })).toBe(3);
    expect(toRowNumber({ goalIndex: 0, indicatorIndex: 1, document })).toBe(2);
  });
});

describe('a rescore in the history', () => {
  it('names the scoring pack a document records by its title and edition, not its code', () => {
    const pack = getRulePack('execution-20');
    expect(describeFieldPath('rulePack')).toBe('评分规则');
    expect(describeChangeValue('rulePack', 'execution-20@1')).toBe(`${pack.title}（第 1 版）`);
    expect(describeChangeValue('rulePack', null)).toBe('（空）');
    // Elsewhere a value stays as written, even one that looks like a code.
    expect(describeChangeValue('goals.0.name', 'execution-20@1')).toBe('execution-20@1');
  });
});

describe('a report’s projects and letter grade in the history', () => {
  it.each([
    ['report.projects.1.score', '评价报告所评价的第2个项目 得分'],
    ['report.projects.0.executionRate', '评价报告所评价的第1个项目 执行率'],
    ['report.projects.2', '评价报告所评价的第3个项目'],
    ['totals.gradeLetter', '报告所写字母等级'],
    ['report.projects.1.suggestedScore', '评价报告所评价的第2个项目 按规则计算得分'],
  ])('%s → %s', (path, words) => {
    expect(describeFieldPath(path)).toBe(words);
  });

  it('names a goal of a project’s own table by its project', () => {
    const indicator = { level1: '产出指标', level2: '数量指标', name: '清淤河道条数', target: null };
    const document = { goals: [{ name: '', project: '东渠修缮项目', indicators: [indicator] }, { name: '', indicators: [indicator] }] };
    expect(describeFieldPath('goals.0.indicators.0.weight', document)).toMatch(/^东渠修缮项目 /);
    expect(describeFieldPath('goals.1.indicators.0.weight', document)).toMatch(/^目标二 /);
  });
});
