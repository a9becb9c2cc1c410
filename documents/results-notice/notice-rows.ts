/** The notice's table as rows of text, shared by the .docx and .xlsx writers (and tested once). */
import { grades } from '../../core/model.ts';
import type { ResultsNotice } from '../../core/results/index.ts';

export const noticeColumns = ['序号', '单位', '主管部门', '评价对象', '全年预算数（万元）', '全年执行数（万元）', '执行率（%）', '自评得分', '评价等级'] as const;

/** One row per entry, in the notice's order. */
export function listNoticeRows(notice: ResultsNotice): string[][] {
  return notice.entries.map((entry, index) => [
    String(index + 1),
    entry.unit,
    entry.supervisor ?? '',
    entry.scope === 'project' ? (entry.project ?? '') : '部门整体支出',
    entry.adjusted ?? '',
    entry.executed ?? '',
    entry.executionRate ?? '',
    entry.score ?? '',
    entry.grade ?? '未定级',
  ]);
}

/** The grade table: 等级 and how many entries have it. */
export function listGradeRows(notice: ResultsNotice): string[][] {
  const rows = grades.map((grade) => [grade, String(notice.gradeCounts[grade])]);
  if (notice.gradeCounts.ungraded > 0) rows.push(['未定级', String(notice.gradeCounts.ungraded)]);
  rows.push(['合计', String(notice.entries.length)]);
  return rows;
}

export function formatNoticeTitle(notice: Pick<ResultsNotice, 'year'>): string {
  return `关于${notice.year}年度预算绩效自评结果的通报`;
}
