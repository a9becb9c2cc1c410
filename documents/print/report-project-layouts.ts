/**
 * A report over several projects whose parts each hold their own 自评表 (goal.project, readers-37): each project's
 * table laid out as the 自评表 it was filed as (core/project-views.ts sees each project as a document: its goals, its
 * figures and its rate's 分值 / 得分 as its budget, its stated score as its total), named by its project. The .xlsx
 * of such a report is these tables, one sheet each; a report with no project table has none (prose only).
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { projectViews } from '../../core/project-views.ts';
import { buildSelfEvaluationLayout } from './self-evaluation-layout.ts';
import type { TableLayout } from './table-layout.ts';

export interface NamedTableLayout {
  name: string;
  layout: TableLayout;
}

export function buildReportProjectLayouts(document: PerformanceDocument): NamedTableLayout[] {
  if (document.kind !== 'evaluation-report') return [];
  const views = projectViews(document) ?? [];
  return views.flatMap((view) =>
    view.projectIndex === null || view.document.goals.length === 0
      ? []
      : [{ name: view.document.project ?? '', layout: buildSelfEvaluationLayout({ ...view.document, kind: 'self-evaluation', scope: 'project' }) }],
  );
}
