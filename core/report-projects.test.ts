import { describe, expect, it } from 'vitest';
import { countProjectIndicators, describeReportProjectFigures } from './report-projects.ts';

describe('describeReportProjectFigures', () => {
  it.each([
    [{ name: 'A项目', initial: '50', executed: '48', executionRate: '96', score: '92', grade: '优' as const }, '年初预算50万元，执行数48万元，执行率96%，得分92分，等级优'],
    [{ name: 'B项目', adjusted: '20', grade: '中' as const }, '全年预算20万元，等级中'],
    [{ name: 'C项目', score: null }, '未写明金额和得分'],
  ])('describes %o', (project, words) => {
    expect(describeReportProjectFigures(project)).toBe(words);
  });

  it('adds a project’s own table: how many indicators, and its total by the rules', () => {
    const project = { name: 'D项目', executionRate: '96', score: '96.6', suggestedScore: '95.6' };
    expect(describeReportProjectFigures(project, 5)).toBe('执行率96%，得分96.6分，自评表指标5个，按规则计算得分95.6分');
    expect(describeReportProjectFigures({ name: 'E项目' }, 3)).toBe('自评表指标3个');
  });
});

describe('countProjectIndicators', () => {
  it('counts the indicators of the goals that name the project, none of another’s', () => {
    const indicator = { level1: '产出指标', level2: '数量指标', name: '某指标', target: null };
    const goals = [
      { name: '', project: 'D项目', indicators: [indicator, indicator] },
      { name: '', project: 'E项目', indicators: [indicator] },
      { name: '', indicators: [indicator] },
    ];
    expect(countProjectIndicators({ goals }, { name: 'D项目' })).toBe(2);
    expect(countProjectIndicators({ goals }, { name: 'F项目' })).toBe(0);
  });
});
