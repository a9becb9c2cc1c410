/**
 * The light half of exporting: content types and file names, without the writers, so the server's
 * request thread (which only names and sends the bytes a worker wrote) does not load them.
 */
import type { PerformanceDocument } from '../core/model.ts';
import type { ExportFormat } from './export-error.ts';
import { suggestFileBaseName } from './print/file-name.ts';

/** MIME types for download responses. */
export const exportContentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** A file name as clerks name such files: "2023年湘潭县公安局部门整体支出绩效目标表.xlsx". */
export function suggestFileName(document: PerformanceDocument, format: ExportFormat): string {
  return `${suggestFileBaseName(document)}.${format}`;
}
