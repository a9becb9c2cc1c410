/**
 * Downloads (issue 5 "API download endpoints with correct Chinese file names"): one document as
 * .xlsx/.docx/.pdf/.json for whoever may read it, the same for published documents without a
 * login, and the finance bureau's summary (.xlsx, and as JSON for the overview page).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { documentIdParamsSchema } from '../../contract/documents.ts';
import { summaryQuerySchema, summarySchema } from '../../contract/reports.ts';
import { exportFormats } from '../../documents/export-error.ts';
import { closePdfBrowser } from '../../documents/pdf/render-pdf.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { publicActor } from '../services/documents/list-public-documents.ts';
import { exportDocumentFile, type DocumentFile } from '../services/exports/export-document-file.ts';
import { readSummaryJson, readSummaryWorkbook } from '../services/reports/read-kept-summary.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const exportQuerySchema = z.object({
  format: z.enum(exportFormats).describe('xlsx | docx | pdf | json'),
});
const downloadErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  503: errorResponseSchema,
};
/** Reviewers of the whole tree (the finance bureau) and the administrator read the summary. */
const summaryRoles = ['finance-reviewer', 'admin'] as const;

/** RFC 5987 value characters: everything else is percent-encoded (encodeURIComponent leaves '()*! unencoded). */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `attachment` with an ASCII fallback for old clients and the real (Chinese) name in
 * `filename*=UTF-8''…`, which every current browser prefers (RFC 6266 §4.3).
 */
export function formatContentDisposition(fileName: string): string {
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')) : '';
  const fallback = fileName
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%;]/g, '')
    .trim();
  const asciiName = fallback.length > extension.length ? fallback : `document${extension}`;
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function sendFile(reply: FastifyReply, file: Pick<DocumentFile, 'bytes' | 'contentType' | 'fileName'>) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', formatContentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

export function registerExportRoutes(app: ApiApp, deps: ServiceDeps): void {
  // The warm PDF browser (documents/pdf/browser-pool.ts) goes with the server.
  app.addHook('onClose', closePdfBrowser);
  app.get(
    '/api/documents/:id/export',
    {
      onRequest: authenticate,
      schema: {
        tags: ['导出'],
        summary: '下载文档（xlsx、docx、pdf、json），文件名为中文',
        params: documentIdParamsSchema,
        querystring: exportQuerySchema,
        response: downloadErrors,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportDocumentFile(deps, {
          actor: getActor(request),
          id: request.params.id,
          format: request.query.format,
        }),
      ),
  );

  app.get(
    '/api/public/documents/:id/export',
    {
      schema: {
        tags: ['公开'],
        summary: '下载已公开的文档（无需登录）',
        params: documentIdParamsSchema,
        querystring: exportQuerySchema,
        response: { 400: errorResponseSchema, 404: errorResponseSchema, 503: errorResponseSchema },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportDocumentFile(deps, {
          actor: publicActor,
          id: request.params.id,
          format: request.query.format,
        }),
      ),
  );

  app.get(
    '/api/reports/summary',
    {
      onRequest: requireRole(...summaryRoles),
      schema: {
        tags: ['导出'],
        summary: '汇总：每个单位每份文档一行（状态、执行率、得分、等级、问题数），及可见的单位',
        querystring: summaryQuerySchema,
        response: {
          200: summarySchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    // Rows and units go out as JSON bytes written field by field (services/reports/summary-json.ts;
    // http/response-serializer.ts splices them in): a province's answer is 10 MB. Kept per instance
    // until a write changes them (services/reports/kept-summaries.ts).
    async (request, reply) => reply.send((await readSummaryJson(deps, { actor: getActor(request), ...request.query })) as never),
  );

  app.get(
    '/api/reports/summary.xlsx',
    {
      onRequest: requireRole(...summaryRoles),
      schema: {
        tags: ['导出'],
        summary: '下载汇总表（.xlsx）',
        querystring: summaryQuerySchema,
        response: { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const workbook = await readSummaryWorkbook(deps, { actor: getActor(request), ...request.query });
      return sendFile(reply, {
        bytes: workbook.bytes,
        fileName: workbook.fileName,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
}
