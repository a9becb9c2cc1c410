/** POST /api/documents/target-tables: a unit starts the year's 绩效目标表, blank or from last year's approved one. */
import { createTargetTableBodySchema, documentViewSchema } from '../../contract/documents.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createTargetTable } from '../services/documents/create-target-table.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export function registerTargetTableRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/documents/target-tables',
    {
      onRequest: authenticate,
      schema: {
        tags: ['文档'],
        summary: '新建绩效目标表草稿（空白，或复制上年已批复的目标表）',
        body: createTargetTableBodySchema,
        response: {
          201: documentViewSchema,
          ...Object.fromEntries([400, 401, 403, 404, 409].map((status) => [status, errorResponseSchema])),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createTargetTable(deps, { actor: getActor(request), ...request.body })),
  );
}
