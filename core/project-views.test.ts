import { describe, expect, it } from 'vitest';
import { analyseDocument } from './analyse.ts';
import { createEmptyDocument, type Goal, type Indicator, type PerformanceDocument } from './model.ts';
import { numericValue } from './scoring/testing.ts';
import { projectViews } from './project-views.ts';

/** A row of a project's table: 指标值 ≥ target, 完成值 actual, its 分值 and entered 得分. */
function row(level1: string, name: string, target: string, actual: string, weight: string, score: string): Indicator {
  return {
    level1,
    level2: level1 === '满意度指标' ? '服务对象满意度指标' : '数量指标',
    name,
    target: numericValue(target, { operator: '>=', unit: '个' }),
    actual: numericValue(actual, { unit: '个' }),
    weight,
    score,
  };
}

/** Two projects, 90 points of indicators each; the second's 满意度 row gives 5 where it should give 10 when `short`. */
function report(options: { goalsNameProjects?: boolean; short?: boolean; duplicate?: boolean } = {}): PerformanceDocument {
  const document = createEmptyDocument('evaluation-report', 'project');
  document.unit = '白鹭县水务局';
  document.year = 2023;
  document.report = {
    sections: [],
    moneyLists: [],
    projects: [
      { name: '河道清淤项目', adjusted: '100', executed: '90', executionRate: '90', executionWeight: '10', executionScore: '9', score: '99' },
      { name: '农村饮水安全经费', adjusted: '40', executed: '40', executionRate: '100', executionWeight: '10', executionScore: '10', score: '100' },
    ],
  };
  const tag = (goal: Goal, project: string): Goal => (options.goalsNameProjects === false ? goal : { ...goal, project });
  document.goals = [
    tag(
      {
        name: '',
        indicators: [
          row('产出指标', '清淤河道条数', '10', '10', '50', '50'),
          row('效益指标', '行洪能力提升河段', '5', '5', '30', '30'),
          row('满意度指标', '沿河群众满意度', '90', '95', '10', '10'),
        ],
      },
      '河道清淤项目',
    ),
    tag(
      {
        name: '',
        indicators: [
          row('产出指标', options.duplicate ? '清淤河道条数' : '新建供水工程处数', '4', '4', '50', '50'),
          row('效益指标', '受益人口', '8000', '8000', '30', '30'),
          row('满意度指标', '受益群众满意度', '90', '92', options.short ? '5' : '10', options.short ? '5' : '10'),
        ],
      },
      '农村饮水安全经费',
    ),
  ];
  return document;
}

const codes = (document: PerformanceDocument) => document.findings.map((finding) => finding.code);

describe('a report over several projects, each with its own table (goal.project)', () => {
  it('sums each project on its own: no weight or score sum across the projects', () => {
    const analysed = analyseDocument(report());
    expect(codes(analysed)).not.toContain('weight-sum-mismatch');
    expect(codes(analysed)).not.toContain('score-sum-mismatch');
  });

  it('reads as one table when no goal names a project (the findings the per-project sums remove)', () => {
    const analysed = analyseDocument(report({ goalsNameProjects: false }));
    expect(codes(analysed)).toContain('weight-sum-mismatch');
  });

  it('names the project whose table does not add up, pointing into the report’s goals and projects', () => {
    const findings = analyseDocument(report({ short: true })).findings;
    const weight = findings.filter((finding) => finding.code === 'weight-sum-mismatch');
    expect(weight.map((finding) => finding.path)).toEqual(['goals.1.indicators.2.weight', 'report.projects.1']);
    expect(weight.every((finding) => finding.message.startsWith('“农村饮水安全经费”：'))).toBe(true);
    const score = findings.find((finding) => finding.code === 'score-sum-mismatch');
    expect(score?.path).toBe('report.projects.1.score');
    expect(score?.message).toContain('表中总分为100分，而预算执行率得分与各指标得分之和为95分');
  });

  it('finds a name twice within a project, never across two', () => {
    expect(codes(analyseDocument(report({ duplicate: true })))).not.toContain('duplicate-indicator');
    const within = report();
    within.goals[1]?.indicators.push(row('产出指标', '受益人口', '1', '1', '0', '0'));
    const duplicate = analyseDocument(within).findings.find((finding) => finding.code === 'duplicate-indicator');
    expect(duplicate?.path).toMatch(/^goals\.1\./);
  });

  it('scores each project by its own indicators and rate, and no total for the report out of them', () => {
    const analysed = analyseDocument(report({ short: true }));
    expect(analysed.report?.projects?.map((project) => [project.suggestedScore, project.suggestedGrade])).toEqual([
      ['99', '优'],
      ['95', '优'],
    ]);
    expect(analysed.totals.suggestedScore).toBeNull();
    // Analysed twice, the same.
    expect(analyseDocument(analysed).report?.projects).toEqual(analysed.report?.projects);
  });

  it('sees the rest of the report (goals of no project) as one more part', () => {
    const document = report();
    document.goals.unshift({ name: '', indicators: [row('产出指标', '全局指标', '1', '1', '90', '90')] });
    const views = projectViews(document);
    expect(views?.map((view) => [view.projectIndex, view.goalIndices])).toEqual([
      [null, [0]],
      [0, [1]],
      [1, [2]],
    ]);
  });
});
