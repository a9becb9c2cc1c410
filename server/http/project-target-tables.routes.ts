/** POST /api/documents/project-target-tables: a unit starts a 项目支出绩效目标表 (name, amount, sources). */
import { documentViewSchema } from '../../contract/documents.ts';
import { createProjectTargetTableBodySchema } from '../../contract/project-target-tables.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createProjectTargetTable } from '../services/documents/create-project-target-table.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export function registerProjectTargetTableRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/documents/project-target-tables',
    {
      onRequest: authenticate,
      schema: {
        tags: ['文档'],
        summary: '新建项目支出绩效目标表草稿（项目名称、资金总额、资金来源）',
        body: createProjectTargetTableBodySchema,
        response: {
          201: documentViewSchema,
          ...Object.fromEntries([400, 401, 403, 409].map((status) => [status, errorResponseSchema])),
        },
      },
    },
    async (request, reply) => {
      const { year, project, total, funding } = request.body;
      return reply.code(201).send(await createProjectTargetTable(deps, { actor: getActor(request), year, project, total, funding }));
    },
  );
}
