import type { PerformanceDocument } from '../../core/model.ts';
import { buildSelfEvaluationLayout } from './self-evaluation-layout.ts';
import type { TableLayout } from './table-layout.ts';
import { buildTargetTableLayout } from './target-table-layout.ts';

/** The official table layout of a document; null for the evaluation report, which is prose. */
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
      return null;
  }
}
