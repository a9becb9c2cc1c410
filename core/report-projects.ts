/**
 * The projects of a report over several (report.projects) in people's words, one line each, the same in the
 * web app's report view and the CLI's import summary.
 */
import type { PerformanceDocument, ReportProject } from './model.ts';

const figureNames = [
  ['initial', '年初预算', '万元'],
  ['adjusted', '全年预算', '万元'],
  ['executed', '执行数', '万元'],
  ['executionRate', '执行率', '%'],
  ['score', '得分', '分'],
] as const;

/**
 * "年初预算50万元，执行数48万元，执行率96%，得分92分，等级优"; "未写明金额和得分" when the project states none. A project
 * with its own table (`indicators` of them, goal.project) adds how many and its total by the rules:
 * "…，自评表指标5个，按规则计算得分96.6分".
 */
export function describeReportProjectFigures(project: ReportProject, indicators = 0): string {
  const figures = figureNames.flatMap(([field, name, unit]) => {
    const value = project[field];
    return value == null ? [] : [`${name}${value}${unit}`];
  });
  if (project.grade) figures.push(`等级${project.grade}`);
  if (figures.length === 0 && indicators === 0) return '未写明金额和得分';
  if (indicators > 0) figures.push(`自评表指标${indicators}个`);
  if (project.suggestedScore != null) figures.push(`按规则计算得分${project.suggestedScore}分`);
  return figures.join('，');
}

/** How many indicators the project's own table holds in the report (its goals: goal.project). */
export function countProjectIndicators(document: Pick<PerformanceDocument, 'goals'>, project: ReportProject): number {
  let count = 0;
  for (const goal of document.goals) if (goal.project === project.name) count += goal.indicators.length;
  return count;
}
