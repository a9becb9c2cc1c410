/**
 * One document as a file to download (issue 5 "API download endpoints with correct Chinese file
 * names"): read through the same access decision as GET /api/documents/:id (core/review
 * decideAccess, via loadDocumentFor), written by documents/export.ts in the official layout.
 */
import type { ReviewActor } from '../../../core/review/index.ts';
import { isExportError, type ExportFormat } from '../../../documents/export-error.ts';
import { exportContentTypes, suggestFileName } from '../../../documents/export-names.ts';
import { PdfUnavailableError } from '../../../documents/pdf/render-pdf.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadDocumentFor } from '../documents/load-document.ts';
import { withOrganisationUnit } from '../documents/organisation-unit.ts';
import { ConcurrencyLimitError, createConcurrencyLimit } from './concurrency-limit.ts';
import { ServiceError } from '../service-error.ts';

export interface DocumentFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/** Two Chromiums at a time on a two-core office server; a few more wait, the rest are told to retry. */
const pdfLimit = createConcurrencyLimit({ maxRunning: 2, maxWaiting: 8 });

export async function exportDocumentFile(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string; format: ExportFormat },
): Promise<DocumentFile> {
  const stored = await loadDocumentFor(deps.repositories, {
    actor: input.actor,
    id: input.id,
    action: 'read',
  });
  // Printed and downloaded under the owning organisation's name, whatever the stored body says.
  const body = withOrganisationUnit(stored.body, stored.organisationName);
  try {
    const bytes =
      input.format === 'pdf'
        ? await pdfLimit.run(() => deps.heavyWork.exportDocument(body, 'pdf'))
        : await deps.heavyWork.exportDocument(body, input.format);
    return {
      bytes,
      contentType: exportContentTypes[input.format],
      fileName: suggestFileName(body, input.format),
    };
  } catch (error) {
    if (isExportError(error))
      throw new ServiceError({ code: error.code, message: error.message, httpStatus: 400 });
    // Chromium is an optional system package: say so plainly instead of a 500 (issue 5 "a clear message").
    if (error instanceof PdfUnavailableError)
      throw new ServiceError({ code: error.code, message: error.message, httpStatus: 503 });
    if (error instanceof ConcurrencyLimitError)
      throw new ServiceError({
        code: 'pdf-busy',
        message: '正在生成的 PDF 较多，请稍后再试，或先导出 .docx/.xlsx。',
        httpStatus: 503,
        retryAfterSeconds: 10,
      });
    throw error;
  }
}
