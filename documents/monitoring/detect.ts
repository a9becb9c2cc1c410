/**
 * Tells a monitoring table or report from the other kinds: a title (绩效运行监控表, 绩效监控情况表,
 * 绩效目标执行监控表, 绩效运行监控报告 …) in the first lines, or two column labels only
 * monitoring tables have (1-N月执行数, 全年预计执行数, 完成目标可能性, 纠偏措施 …).
 */
import type { Scope } from '../../core/model.ts';
import { compact } from '../text/normalize.ts';
import { toCellLines } from './cells.ts';
import { TITLE_LINES } from './read-table.ts';
import { monitoringColumnLabels, monitoringWords, reportTitle, tableTitle } from './vocabulary.ts';

export interface DetectedMonitoring {
  form: 'table' | 'report';
  scope: Scope;
}

function detectScope(head: string): Scope {
  if (/部门整体|整体支出|部门（单位）整体|单位整体/.test(head)) return 'department';
  return /项目/.test(head) ? 'project' : 'department';
}

/** The monitoring form of a text, or null when it is not a monitoring table or report. */
export function detectMonitoring(lines: readonly string[]): DetectedMonitoring | null {
  const titleLines = lines
    .filter((line) => line.trim() !== '')
    .slice(0, TITLE_LINES)
    .map(compact);
  const head = titleLines.join('\n');
  const scope = detectScope(head);
  if (titleLines.some((line) => reportTitle.test(line) && line.length <= 60))
    return { form: 'report', scope };
  if (titleLines.some((line) => tableTitle.test(line))) return { form: 'table', scope };
  // Every other kind is asked after this one: a text without any monitoring word costs one scan.
  const all = lines.join('');
  if (!monitoringWords.test(all)) return null;
  const found = new Set<number>();
  for (const { cells } of toCellLines(lines)) {
    for (const cell of cells) {
      const label = compact(cell);
      monitoringColumnLabels.forEach((pattern, index) => {
        if (pattern.test(label)) found.add(index);
      });
    }
    if (found.size >= 2)
      return { form: 'table', scope: /项目名称/.test(compact(lines.join(''))) ? 'project' : scope };
  }
  return null;
}
