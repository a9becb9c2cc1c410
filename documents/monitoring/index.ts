/** Monitoring tables and reports (绩效运行监控表/报告) from text dumps, into the document model. */
import type { PerformanceDocument, Scope } from '../../core/model.ts';
import { detectMonitoring } from './detect.ts';
import { readMonitoringReport } from './read-report.ts';
import { readMonitoringTable } from './read-table.ts';
import { oneLineCells, spacelessStreamRows } from './one-line.ts';

export { detectMonitoring, type DetectedMonitoring } from './detect.ts';

/** Reads a monitoring table or report (whichever the text is). */
export function readMonitoring(written: readonly string[], scope: Scope): PerformanceDocument {
  const lines = oneLineCells(written) ?? spacelessStreamRows(written) ?? written;
  const form = detectMonitoring(lines)?.form ?? 'table';
  return form === 'report' ? readMonitoringReport(lines, scope) : readMonitoringTable(lines, scope);
}
