/**
 * A narrative monitoring report (绩效运行监控报告) as an outline: its own numbered sections in
 * order, for the .docx writer and the print view (the evaluation report's standard sections do
 * not apply to it).
 */
import type { PerformanceDocument } from '../../core/model.ts';
import type { ReportOutline } from './report-outline.ts';

/** Whether a monitoring document is a narrative report (sections, no indicator table). */
export function isMonitoringReport(document: PerformanceDocument): boolean {
  return (
    document.kind === 'monitoring' &&
    (document.report?.sections.length ?? 0) > 0 &&
    document.goals.every((goal) => goal.indicators.length === 0)
  );
}

/** The report's sections, one paragraph per line of text. */
export function buildMonitoringReportOutline(document: PerformanceDocument): ReportOutline {
  const year = document.year === null ? '' : `${document.year}年`;
  return {
    title: `${document.unit}${year}绩效运行监控报告`,
    sections: (document.report?.sections ?? []).map((section) => ({
      title: section.title,
      paragraphs: section.text.split('\n').filter((line) => line.trim() !== ''),
    })),
  };
}
