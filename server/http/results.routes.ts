/**
 * 评价结果通报 and 结果应用 (issue 11): the finance bureau's notice of a year (read, .docx/.xlsx,
 * publish), the published notices on the public pages, the 结果应用 records, and last year's
 * records beside a document under review. Schemas: contract/results.ts.
 */
import { z } from 'zod';
import {
  applicationListSchema,
  applicationParamsSchema,
  applicationRecordSchema,
  documentApplicationsSchema,
  publicResultsNoticeListSchema,
  publicResultsNoticeSchema,
  resultsExportQuerySchema,
  resultsNoticeViewSchema,
  resultsYearParamsSchema,
  saveApplicationBodySchema,
} from '../../contract/results.ts';
import { documentIdParamsSchema } from '../../contract/documents.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { exportResultsNotice } from '../services/results/export-results-notice.ts';
import { getResultsNotice } from '../services/results/get-results-notice.ts';
import { listDocumentApplications } from '../services/results/list-document-applications.ts';
import { getPublicResultsNotice, listPublicResultsNotices } from '../services/results/list-public-results-notices.ts';
import { listResultsApplications } from '../services/results/list-results-applications.ts';
import { publishResultsNotice } from '../services/results/publish-results-notice.ts';
import { saveResultsApplication } from '../services/results/save-results-application.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';
import { formatContentDisposition } from './exports.routes.ts';

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
const tags = ['评价结果'];
/** The finance bureau reads and exports; the administrator reads too. Only finance publishes and decides. */
const readerRoles = ['finance-reviewer', 'admin'] as const;

export function registerResultsRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/results-notices/:year',
    { onRequest: requireRole(...readerRoles), schema: { tags, summary: '评价结果通报（按本年度已提交的自评表生成）', params: resultsYearParamsSchema, response: { 200: resultsNoticeViewSchema, ...errors(400, 401, 403) } } },
    async (request) => getResultsNotice(deps, { actor: getActor(request), year: request.params.year }),
  );

  app.get(
    '/api/results-notices/:year/export',
    {
      onRequest: requireRole(...readerRoles),
      schema: { tags, summary: '下载评价结果通报（.docx、.xlsx）', params: resultsYearParamsSchema, querystring: resultsExportQuerySchema, response: { 200: z.any(), ...errors(400, 401, 403, 503) } },
    },
    async (request, reply) => {
      const file = await exportResultsNotice(deps, { actor: getActor(request), year: request.params.year, format: request.query.format });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', formatContentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.post(
    '/api/results-notices/:year/publish',
    { onRequest: requireRole('finance-reviewer'), schema: { tags, summary: '发布评价结果通报（公开页面可见；再次发布则替换）', params: resultsYearParamsSchema, response: { 200: resultsNoticeViewSchema, ...errors(400, 401, 403, 409) } } },
    async (request) => publishResultsNotice(deps, { actor: getActor(request), year: request.params.year }),
  );

  app.get(
    '/api/public/results-notices',
    { schema: { tags: ['公开'], summary: '已发布的评价结果通报（年度列表）', response: { 200: publicResultsNoticeListSchema } } },
    async () => ({ items: await listPublicResultsNotices(deps) }),
  );

  app.get(
    '/api/public/results-notices/:year',
    { schema: { tags: ['公开'], summary: '已发布的评价结果通报', params: resultsYearParamsSchema, response: { 200: publicResultsNoticeSchema, ...errors(400, 404) } } },
    async (request) => getPublicResultsNotice(deps, { year: request.params.year }),
  );

  app.get(
    '/api/results-applications/:year',
    { onRequest: requireRole(...readerRoles), schema: { tags, summary: '结果应用：各单位、项目的等级与下一年度预算安排建议', params: resultsYearParamsSchema, response: { 200: applicationListSchema, ...errors(400, 401, 403) } } },
    async (request) => listResultsApplications(deps, { actor: getActor(request), year: request.params.year }),
  );

  app.put(
    '/api/results-applications/:year/:organisationId',
    {
      onRequest: requireRole('finance-reviewer'),
      schema: { tags, summary: '财政部门确定结果应用（预算安排建议、幅度、说明）', params: applicationParamsSchema, body: saveApplicationBodySchema, response: { 200: applicationRecordSchema, ...errors(400, 401, 403, 404) } },
    },
    async (request) =>
      saveResultsApplication(deps, { actor: getActor(request), organisationId: request.params.organisationId, year: request.params.year, body: request.body }),
  );

  app.get(
    '/api/documents/:id/results-applications',
    { onRequest: authenticate, schema: { tags, summary: '该单位上一年度的结果应用（审核下一年度绩效目标时参考）', params: documentIdParamsSchema, response: { 200: documentApplicationsSchema, ...errors(401, 404) } } },
    async (request) => listDocumentApplications(deps, { actor: getActor(request), id: request.params.id }),
  );
}
