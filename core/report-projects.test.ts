import { describe, expect, it } from 'vitest';
import { describeReportProjectFigures } from './report-projects.ts';

describe('describeReportProjectFigures', () => {
  it.each([
    [{ name: 'A项目', initial: '50', executed: '48', executionRate: '96', score: '92', grade: '优' as const }, '年初预算50万元，执行数48万元，执行率96%，得分92分，等级优'],
    [{ name: 'B项目', adjusted: '20', grade: '中' as const }, '全年预算20万元，等级中'],
    [{ name: 'C项目', score: null }, '未写明金额和得分'],
  ])('describes %o', (project, words) => {
    expect(describeReportProjectFigures(project)).toBe(words);
  });
});
