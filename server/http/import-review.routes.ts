/**
 * The import review API (issue 8 item 9): preview an uploaded file (nothing saved), save it with
 * the person's corrections (or every chosen table of a file holding several, uploaded once), and list the named layouts an organisation reads with. Schemas are the
 * shared contract (contract/import-review.ts).
 */
import { z } from 'zod';
import {
  importLayoutSchema,
  importPreviewBodySchema,
  importPreviewSchema,
  importSaveBodySchema,
  importSaveResultSchema,
  importSaveTablesBodySchema,
  importSaveTablesResultSchema,
} from '../../contract/import-review.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { maxImportBytes } from '../services/documents/import-document-file.ts';
import { previewImport, toImportLayoutView } from '../services/import-review/preview-import.ts';
import { saveImport } from '../services/import-review/save-import.ts';
import { saveImportTables } from '../services/import-review/save-import-tables.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['导入核对'];
const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
  422: errorResponseSchema,
};
/** base64 grows a file by 4/3; corrections are small. */
const bodyLimit = Math.ceil((maxImportBytes * 4) / 3) + 256 * 1024;

export function registerImportReviewRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/import-review/preview',
    {
      onRequest: authenticate,
      bodyLimit,
      schema: { tags, summary: '导入预览（不保存）：原表网格、识别结果、栏目对应与单位核对', body: importPreviewBodySchema, response: { 200: importPreviewSchema, ...errors } },
    },
    async (request) => {
      const { contentBase64, ...rest } = request.body;
      return previewImport(deps, { actor: getActor(request), bytes: Buffer.from(contentBase64, 'base64'), ...rest });
    },
  );

  app.post(
    '/api/import-review/save',
    {
      onRequest: authenticate,
      bodyLimit,
      schema: { tags, summary: '按核对结果导入并生成草稿，可保存栏目对应为命名版式', body: importSaveBodySchema, response: { 201: importSaveResultSchema, ...errors } },
    },
    async (request, reply) => {
      const { contentBase64, ...rest } = request.body;
      return reply.code(201).send(await saveImport(deps, { actor: getActor(request), bytes: Buffer.from(contentBase64, 'base64'), ...rest }));
    },
  );

  app.post(
    '/api/import-review/save-tables',
    {
      onRequest: authenticate,
      bodyLimit,
      schema: {
        tags,
        summary: '一个文件的多张表一次导入：文件只上传一次，每张表各生成一份草稿（每张表要么完整保存，要么不保存），逐表返回结果（已导入 / 未导入及原因）',
        body: importSaveTablesBodySchema,
        response: { 200: importSaveTablesResultSchema, ...errors },
      },
    },
    async (request) => {
      const { contentBase64, ...rest } = request.body;
      return saveImportTables(deps, {
        actor: getActor(request),
        bytes: Buffer.from(contentBase64, 'base64'),
        ...rest,
        onFault: (error, table) => request.log.error({ err: error, table }, 'saving one table of a file failed'),
      });
    },
  );

  app.get(
    '/api/import-layouts',
    {
      onRequest: authenticate,
      schema: { tags, summary: '本单位可用的命名版式（本单位的与上级财政部门共享的）', response: { 200: z.array(importLayoutSchema), 401: errorResponseSchema } },
    },
    async (request) => {
      const actor = getActor(request);
      const layouts = await deps.repositories.importLayouts.listVisible({ organisationId: actor.organisationId, organisationPath: actor.organisationPath });
      return layouts.map(toImportLayoutView);
    },
  );
}
