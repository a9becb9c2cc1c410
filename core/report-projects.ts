/**
 * The projects of a report over several (report.projects) in people's words, one line each, the same in the
 * web app's report view and the CLI's import summary.
 */
import type { ReportProject } from './model.ts';

const figureNames = [
  ['initial', '年初预算', '万元'],
  ['adjusted', '全年预算', '万元'],
  ['executed', '执行数', '万元'],
  ['executionRate', '执行率', '%'],
  ['score', '得分', '分'],
] as const;

/** "年初预算50万元，执行数48万元，执行率96%，得分92分，等级优"; "未写明金额和得分" when the project states none. */
export function describeReportProjectFigures(project: ReportProject): string {
  const figures = figureNames.flatMap(([field, name, unit]) => {
    const value = project[field];
    return value == null ? [] : [`${name}${value}${unit}`];
  });
  if (project.grade) figures.push(`等级${project.grade}`);
  return figures.length > 0 ? figures.join('，') : '未写明金额和得分';
}
