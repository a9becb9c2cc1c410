/**
 * 整改 (issue 11): finance issues notices and accepts or returns answers, the unit answers each item,
 * everyone involved reads (scoped), and the ledger counts. Schemas: contract/rectification.ts.
 */
import { z } from 'zod';
import {
  answerRequestSchema,
  issueNoticeRequestSchema,
  itemParamsSchema,
  ledgerQuerySchema,
  ledgerSchema,
  noticeDetailSchema,
  noticeIdParamsSchema,
  noticeListQuerySchema,
  noticeListSchema,
  reviewRequestSchema,
} from '../../contract/rectification.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { answerRectificationItem } from '../services/rectification/answer-rectification-item.ts';
import { getRectificationAttachment, getRectificationNotice } from '../services/rectification/get-rectification-notice.ts';
import { issueRectificationNotice } from '../services/rectification/issue-rectification-notice.ts';
import { getRectificationLedger, listRectificationNotices } from '../services/rectification/list-rectification-notices.ts';
import { reviewRectificationItem } from '../services/rectification/review-rectification-item.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';
import { formatContentDisposition } from './exports.routes.ts';

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
const tags = ['整改'];

export function registerRectificationRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/rectification-notices',
    {
      onRequest: requireRole('finance-reviewer'),
      schema: { tags, summary: '下发整改通知（财政部门）；关联的文档须已提交', body: issueNoticeRequestSchema, response: { 201: noticeDetailSchema, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request, reply) => reply.code(201).send(await issueRectificationNotice(deps, { actor: getActor(request), request: request.body })),
  );

  app.get(
    '/api/rectification-notices',
    { onRequest: authenticate, schema: { tags, summary: '整改通知列表', querystring: noticeListQuerySchema, response: { 200: noticeListSchema, ...errors(400, 401) } } },
    async (request) => ({ items: await listRectificationNotices(deps, { actor: getActor(request), year: request.query.year }) }),
  );

  app.get(
    '/api/rectification-ledger',
    { onRequest: authenticate, schema: { tags, summary: '整改台账：通知数、事项数、已办结、逾期、资金处理（万元）', querystring: ledgerQuerySchema, response: { 200: ledgerSchema, ...errors(400, 401) } } },
    async (request) => getRectificationLedger(deps, { actor: getActor(request), year: request.query.year }),
  );

  app.get(
    '/api/rectification-notices/:id',
    { onRequest: authenticate, schema: { tags, summary: '整改通知及各事项', params: noticeIdParamsSchema, response: { 200: noticeDetailSchema, ...errors(401, 404) } } },
    async (request) => getRectificationNotice(deps, { actor: getActor(request), id: request.params.id }),
  );

  app.post(
    '/api/rectification-notices/:id/items/:itemId/answer',
    {
      onRequest: authenticate,
      // An attachment of up to 1 MB travels as base64 inside JSON.
      bodyLimit: 2 * 1024 * 1024,
      schema: { tags, summary: '单位反馈整改情况（可附文件）', params: itemParamsSchema, body: answerRequestSchema, response: { 200: noticeDetailSchema, ...errors(400, 401, 403, 404, 409, 413) } },
    },
    async (request) => answerRectificationItem(deps, { actor: getActor(request), id: request.params.id, itemId: request.params.itemId, request: request.body }),
  );

  app.post(
    '/api/rectification-notices/:id/items/:itemId/review',
    {
      onRequest: authenticate,
      schema: { tags, summary: '财政部门验收或退回整改事项；全部验收后通知办结', params: itemParamsSchema, body: reviewRequestSchema, response: { 200: noticeDetailSchema, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request) => reviewRectificationItem(deps, { actor: getActor(request), id: request.params.id, itemId: request.params.itemId, ...request.body }),
  );

  app.get(
    '/api/rectification-notices/:id/items/:itemId/attachment',
    { onRequest: authenticate, schema: { tags, summary: '下载整改附件', params: itemParamsSchema, response: { 200: z.any(), ...errors(401, 404) } } },
    async (request, reply) => {
      const file = await getRectificationAttachment(deps, { actor: getActor(request), id: request.params.id, itemId: request.params.itemId });
      // Always a download of opaque bytes: a unit's file is never rendered in the app's origin.
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', formatContentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
