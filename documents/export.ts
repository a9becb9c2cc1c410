/**
 * Export of one document in the official layouts: .xlsx and .docx for the tables (目标表, 批复表,
 * 自评表, 监控表; a report's projects' own 自评表, one sheet each), .docx for the evaluation and monitoring reports, PDF of any from the HTML print
 * view, and the JSON exchange format.
 */
import type { PerformanceDocument } from '../core/model.ts';
import { renderPdf } from './pdf/render-pdf.ts';
import { buildTableLayout } from './print/build-layout.ts';
import { buildReportOutline } from './print/report-outline.ts';
import { buildMonitoringReportOutline } from './print/monitoring-report-outline.ts';
import { renderReportHtml, renderTableHtml } from './print/render-html.ts';
import { buildReportProjectLayouts } from './print/report-project-layouts.ts';
import { writeTablesXlsx, writeTableXlsx } from './xlsx/write-table-xlsx.ts';
import { ExportError, type ExportFormat } from './export-error.ts';

export { ExportError, exportFormats, isExportError, type ExportFormat } from './export-error.ts';
export { exportContentTypes, suggestFileName } from './export-names.ts';

/** The HTML print view of a document (a whole page with A4 CSS): the source of PDF and of the web app's print page. */
export function renderPrintView(document: PerformanceDocument): string {
  const layout = buildTableLayout(document);
  return layout ? renderTableHtml(layout) : renderReportHtml(outlineOf(document));
}

/** The prose outline of a document without a table layout: an evaluation report or a monitoring report. */
function outlineOf(document: PerformanceDocument) {
  return document.kind === 'monitoring'
    ? buildMonitoringReportOutline(document)
    : buildReportOutline(document);
}

/** The bytes of a document in a format; PDF needs Chromium (PdfUnavailableError otherwise). */
export async function exportDocument(document: PerformanceDocument, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
    case 'pdf':
      return renderPdf(renderPrintView(document));
    case 'docx': {
      // The docx package costs about 0.1 s to load: only exports to .docx pay it (the CLI's import does not).
      const layout = buildTableLayout(document);
      if (layout) return (await import('./docx/write-table-docx.ts')).writeTableDocx(layout);
      return (await import('./docx/write-report-docx.ts')).writeReportDocx(outlineOf(document));
    }
    case 'xlsx': {
      const layout = buildTableLayout(document);
      // A report over several projects with their own 自评表: those tables, one sheet per project.
      const projectTables = layout ? [] : buildReportProjectLayouts(document);
      if (projectTables.length > 0) return writeTablesXlsx(projectTables);
      if (!layout)
        throw new ExportError(
          'format-not-supported',
          `${document.kind === 'monitoring' ? '监控报告' : '评价报告'}是文字材料，不能导出为 .xlsx：请导出为 .docx 或 .pdf`,
        );
      return writeTableXlsx(layout);
    }
  }
}
