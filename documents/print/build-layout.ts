import type { PerformanceDocument } from '../../core/model.ts';
import { buildSelfEvaluationLayout } from './self-evaluation-layout.ts';
import type { TableLayout } from './table-layout.ts';
import { buildMonitoringLayout } from './monitoring-layout.ts';
import { isMonitoringReport } from './monitoring-report-outline.ts';
import { buildTargetTableLayout } from './target-table-layout.ts';

/** The official table layout of a document; null for the evaluation report and a monitoring report, which are prose. */
export function buildTableLayout(document: PerformanceDocument): TableLayout | null {
  switch (document.kind) {
    case 'target-table':
    case 'approval-table':
      return buildTargetTableLayout(document);
    case 'self-evaluation':
      return buildSelfEvaluationLayout(document);
    case 'evaluation-report':
      return null;
    case 'monitoring':
      // A narrative 监控报告 is prose (monitoring-report-outline.ts); a 监控表 has its grid.
      return isMonitoringReport(document) ? null : buildMonitoringLayout(document);
  }
}
