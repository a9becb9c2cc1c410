/** Titles and file names of the official documents, as the samples write them. */
import type { PerformanceDocument } from '../../core/model.ts';

const tableNames = {
  department: {
    'target-table': '部门整体支出绩效目标表',
    'approval-table': '部门整体支出绩效目标批复表',
    'self-evaluation': '部门整体支出绩效自评表',
    'evaluation-report': '整体支出绩效评价报告',
    monitoring: '部门整体支出绩效运行监控表',
  },
  project: {
    'target-table': '项目支出绩效目标表',
    'approval-table': '项目支出绩效目标批复表',
    'self-evaluation': '项目支出绩效自评表',
    'evaluation-report': '项目支出绩效评价报告',
    monitoring: '项目支出绩效运行监控表',
  },
} as const;

/** The kind's official name at the document's scope: "部门整体支出绩效目标表". */
export function describeKind(document: Pick<PerformanceDocument, 'kind' | 'scope'>): string {
  return tableNames[document.scope][document.kind];
}

/** The title printed on the document ("2023年部门整体支出绩效目标表", "道县公安局2023年度整体支出绩效评价报告"). */
export function describeTitle(document: PerformanceDocument): string {
  const year = document.year === null ? '' : `${document.year}年`;
  if (document.kind === 'evaluation-report') {
    return `${document.unit}${document.year === null ? '' : `${document.year}年度`}${describeKind(document)}`;
  }
  if (document.kind === 'self-evaluation') return describeKind(document);
  return `${year}${describeKind(document)}`;
}
