/**
 * /api/indicator-library (issue 13, docs/indicator-library.md): browse and suggestions for anyone
 * signed in; units propose; finance confirms, edits, merges, retires, imports and exports.
 */
import { z } from 'zod';
import {
  entryDetailSchema,
  entryIdParamsSchema,
  entryInputSchema,
  entryListQuerySchema,
  entryListSchema,
  entrySchema,
  importBodySchema,
  importResultSchema,
  libraryContextSchema,
  libraryFindingsSchema,
  mergeBodySchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from '../../contract/indicator-library.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { confirmEntry, retireEntry } from '../services/indicator-library/change-entry-status.ts';
import { checkDocumentAgainstLibrary, loadLibraryContext } from '../services/indicator-library/check-against-library.ts';
import { editEntry } from '../services/indicator-library/edit-entry.ts';
import { exportEntries, importEntries } from '../services/indicator-library/import-export-entries.ts';
import { getEntry, listEntries } from '../services/indicator-library/list-entries.ts';
import { mergeEntries } from '../services/indicator-library/merge-entries.ts';
import { proposeEntry } from '../services/indicator-library/propose-entry.ts';
import { suggestIndicators } from '../services/indicator-library/suggest-indicators.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';
import { formatContentDisposition } from './exports.routes.ts';

const tags = ['指标库'];
const readErrors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
const writeErrors = { ...readErrors, 403: errorResponseSchema, 409: errorResponseSchema };
const financeOnly = requireRole('finance-reviewer');
// Units propose; finance manages; supervisors and administrators only read.
const unitsOnly = requireRole('unit-filler', 'unit-leader');
// Base64 of a workbook up to about 10 MB.
const importBodyLimit = 15 * 1024 * 1024;

export function registerIndicatorLibraryRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/indicator-library',
    { onRequest: authenticate, schema: { tags, summary: '指标库列表（检索、筛选）', querystring: entryListQuerySchema, response: { 200: entryListSchema, ...readErrors } } },
    async (request) => listEntries(deps, request.query),
  );

  app.get(
    '/api/indicator-library/suggestions',
    {
      onRequest: authenticate,
      schema: { tags, summary: '输入指标名称时的推荐：计量单位、方向、目标分布、本单位上年值、同行业中位数', querystring: suggestionQuerySchema, response: { 200: suggestionListSchema, ...readErrors } },
    },
    async (request) => suggestIndicators(deps, { actor: getActor(request), ...request.query }),
  );

  app.get(
    '/api/indicator-library/findings',
    {
      onRequest: authenticate,
      schema: { tags, summary: '按指标库检查文档（历史、同行业、共性指标、指标层级）', querystring: z.object({ documentId: z.string().min(1).max(100) }), response: { 200: libraryFindingsSchema, ...readErrors, 403: errorResponseSchema } },
    },
    async (request) => ({ findings: await checkDocumentAgainstLibrary(deps, { actor: getActor(request), id: request.query.documentId }) }),
  );

  app.get(
    '/api/indicator-library/context',
    {
      onRequest: authenticate,
      schema: { tags, summary: '文档的指标库参考（本单位历史、同行业中位数、指标层级、政策），供编辑时即时检查', querystring: z.object({ documentId: z.string().min(1).max(100) }), response: { 200: libraryContextSchema, ...readErrors, 403: errorResponseSchema } },
    },
    async (request) => loadLibraryContext(deps, { actor: getActor(request), id: request.query.documentId }),
  );

  app.get(
    '/api/indicator-library/export.xlsx',
    { onRequest: financeOnly, schema: { tags, summary: '导出指标库（.xlsx，财政）' } },
    async (_request, reply) => {
      const file = await exportEntries(deps);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', formatContentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.post(
    '/api/indicator-library/import',
    { onRequest: financeOnly, bodyLimit: importBodyLimit, schema: { tags, summary: '导入指标库（.xlsx，base64，财政）', body: importBodySchema, response: { 200: importResultSchema, ...writeErrors, 422: errorResponseSchema } } },
    async (request) => importEntries(deps, { bytes: Buffer.from(request.body.contentBase64, 'base64') }),
  );

  app.get(
    '/api/indicator-library/:id',
    { onRequest: authenticate, schema: { tags, summary: '指标库条目及其历年统计', params: entryIdParamsSchema, response: { 200: entryDetailSchema, ...readErrors } } },
    async (request) => getEntry(deps, request.params),
  );

  app.post(
    '/api/indicator-library',
    { onRequest: unitsOnly, schema: { tags, summary: '单位提议新指标', body: entryInputSchema, response: { 201: entrySchema, ...writeErrors } } },
    async (request, reply) => reply.code(201).send(await proposeEntry(deps, { actor: getActor(request), fields: request.body })),
  );

  app.put(
    '/api/indicator-library/:id',
    { onRequest: financeOnly, schema: { tags, summary: '修改指标（财政）', params: entryIdParamsSchema, body: entryInputSchema, response: { 200: entrySchema, ...writeErrors } } },
    async (request) => editEntry(deps, { id: request.params.id, fields: request.body }),
  );

  app.post(
    '/api/indicator-library/:id/confirm',
    { onRequest: financeOnly, schema: { tags, summary: '确认单位提议的指标（财政）', params: entryIdParamsSchema, response: { 200: entrySchema, ...writeErrors } } },
    async (request) => confirmEntry(deps, request.params),
  );

  app.post(
    '/api/indicator-library/:id/retire',
    { onRequest: financeOnly, schema: { tags, summary: '停用指标（财政）', params: entryIdParamsSchema, response: { 200: entrySchema, ...writeErrors } } },
    async (request) => retireEntry(deps, request.params),
  );

  app.post(
    '/api/indicator-library/:id/merge',
    { onRequest: financeOnly, schema: { tags, summary: '把重复的指标合并到另一条（财政）', params: entryIdParamsSchema, body: mergeBodySchema, response: { 200: entrySchema, ...writeErrors } } },
    async (request) => mergeEntries(deps, { id: request.params.id, intoId: request.body.intoId }),
  );
}
