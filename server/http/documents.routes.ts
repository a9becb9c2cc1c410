/**
 * The document API (issue 3 "Documents and workflow"): list, upload, create a self-evaluation
 * from targets, read, save with optimistic locking, move through the workflow, opinions, history
 * and a score preview. Each handler validates, takes the actor, calls one use case.
 */
import { addedOpinionSchema, opinionBodySchema, transitionBodySchema, transitionResponseSchema } from '../../contract/document-workflow.ts';
import { historyQuerySchema, historySchema } from '../../contract/document-history.ts';
import { saveBodySchema, saveIndicatorBodySchema, savedIndicatorSchema, scorePreviewBodySchema, scorePreviewSchema } from '../../contract/document-edits.ts';
import {
  createFromYearBodySchema,
  documentDetailSchema,
  documentIdParamsSchema,
  documentListQuerySchema,
  documentPageSchema,
  documentViewSchema,
  importBodySchema,
  uploadBodySchema,
  uploadResponseSchema,
} from '../../contract/documents.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { addOpinion } from '../services/documents/add-opinion.ts';
import { createEvaluationReport } from '../services/documents/create-evaluation-report.ts';
import { createSelfEvaluationFromTargets } from '../services/documents/create-self-evaluation-from-targets.ts';
import { getDocumentText } from '../services/documents/get-document.ts';
import { getHistory } from '../services/documents/get-history.ts';
import { listDocuments } from '../services/documents/list-documents.ts';
import { previewScore } from '../services/documents/preview-score.ts';
import { saveDocument } from '../services/documents/save-document.ts';
import { saveIndicator } from '../services/documents/save-indicator.ts';
import { transitionDocument } from '../services/documents/transition-document.ts';
import { maxUploadBytes, uploadDocument } from '../services/documents/upload-document.ts';
import { importDocumentFile, maxImportBytes } from '../services/documents/import-document-file.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['文档'];
const readErrors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const writeErrors = { ...readErrors, 409: errorResponseSchema, 422: errorResponseSchema };
/** Room for JSON escaping around the largest accepted text; the service reports the size in Chinese. */
const uploadBodyLimit = maxUploadBytes * 2 + 64 * 1024;
const saveBodyLimit = 8 * 1024 * 1024;
/** base64 grows a file by 4/3. */
const importBodyLimit = Math.ceil((maxImportBytes * 4) / 3) + 64 * 1024;

export function registerDocumentRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/documents',
    {
      onRequest: authenticate,
      schema: { tags, summary: '文档列表（按年度、单位、种类、状态筛选，分页）', querystring: documentListQuerySchema, response: { 200: documentPageSchema, ...readErrors } },
    },
    async (request) => listDocuments(deps, { actor: getActor(request), filter: request.query }),
  );

  app.post(
    '/api/documents/upload',
    {
      onRequest: authenticate,
      bodyLimit: uploadBodyLimit,
      schema: {
        tags,
        summary: '上传文本文档，生成草稿并返回检查结果',
        body: uploadBodySchema,
        response: { 201: uploadResponseSchema, ...writeErrors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await uploadDocument(deps, { actor: getActor(request), ...request.body })),
  );

  app.post(
    '/api/documents/import',
    {
      onRequest: authenticate,
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        summary: '导入文件（.txt/.xlsx/.docx/.pdf，base64），生成草稿并返回检查结果',
        body: importBodySchema,
        response: { 201: uploadResponseSchema, ...writeErrors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { contentBase64, ...rest } = request.body;
      return reply.code(201).send(await importDocumentFile(deps, { actor: getActor(request), bytes: Buffer.from(contentBase64, 'base64'), ...rest }));
    },
  );

  app.post(
    '/api/documents/self-evaluations',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '由已批复的绩效目标表生成自评表草稿',
        body: createFromYearBodySchema,
        response: { 201: documentViewSchema, ...writeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createSelfEvaluationFromTargets(deps, { actor: getActor(request), ...request.body })),
  );

  app.post(
    '/api/documents/evaluation-reports',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '由本年度自评表生成评价报告草稿',
        body: createFromYearBodySchema,
        response: { 201: documentViewSchema, ...writeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createEvaluationReport(deps, { actor: getActor(request), ...request.body })),
  );

  app.post(
    '/api/documents/preview-score',
    {
      onRequest: authenticate,
      bodyLimit: saveBodyLimit,
      schema: { tags, summary: '按规则评分和检查（不保存）', body: scorePreviewBodySchema, response: { 200: scorePreviewSchema, ...readErrors } },
    },
    async (request) => previewScore(deps, { body: request.body.body, organisationId: getActor(request).organisationId }),
  );

  app.get(
    '/api/documents/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: '读取文档', params: documentIdParamsSchema, response: { 200: documentDetailSchema, ...readErrors } },
    },
    // The body goes out as stored JSON text (http/response-serializer.ts splices it in).
    async (request, reply) => reply.send(await getDocumentText(deps, { actor: getActor(request), id: request.params.id }) as never),
  );

  app.put(
    '/api/documents/:id',
    {
      onRequest: authenticate,
      bodyLimit: saveBodyLimit,
      schema: {
        tags,
        summary: '保存草稿（带读取时的版本号；版本过期返回 409 与当前文档）',
        params: documentIdParamsSchema,
        body: saveBodySchema,
        response: { 200: documentViewSchema, ...writeErrors },
      },
    },
    async (request) => saveDocument(deps, { actor: getActor(request), id: request.params.id, ...request.body }),
  );

  app.patch(
    '/api/documents/:id/indicators',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '保存草稿中的一个指标（自动保存；带版本号，版本过期返回 409 与当前文档）',
        params: documentIdParamsSchema,
        body: saveIndicatorBodySchema,
        response: { 200: savedIndicatorSchema, ...writeErrors },
      },
    },
    async (request) => saveIndicator(deps, { actor: getActor(request), id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/documents/:id/transitions',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '审核流转：提交、撤回、审核通过、退回、公开、调整',
        params: documentIdParamsSchema,
        body: transitionBodySchema,
        response: { 200: transitionResponseSchema, ...writeErrors },
      },
    },
    async (request) => transitionDocument(deps, { actor: getActor(request), id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/documents/:id/opinions',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '填写审核意见（针对指标或整体）',
        params: documentIdParamsSchema,
        body: opinionBodySchema,
        response: { 201: addedOpinionSchema, ...writeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await addOpinion(deps, { actor: getActor(request), id: request.params.id, opinion: request.body })),
  );

  app.get(
    '/api/documents/:id/history',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '文档历史：流转、修改（分页，最新的在第一页）、意见与修订版本',
        params: documentIdParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: historySchema, ...readErrors },
      },
    },
    async (request) => getHistory(deps, { actor: getActor(request), id: request.params.id, ...request.query }),
  );
}
