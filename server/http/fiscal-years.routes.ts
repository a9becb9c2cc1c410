import { fiscalYearListSchema, fiscalYearParamsSchema, fiscalYearSchema, saveFiscalYearBodySchema, saveFiscalYearDeadlinesBodySchema } from '../../contract/fiscal-years.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listFiscalYears } from '../services/fiscal-years/list-fiscal-years.ts';
import { saveFiscalYear } from '../services/fiscal-years/save-fiscal-year.ts';
import { setFiscalYearDeadlines } from '../services/fiscal-years/set-fiscal-year-deadlines.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export function registerFiscalYearRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/fiscal-years',
    {
      onRequest: authenticate,
      schema: { tags: ['年度'], summary: '年度列表（新的在前）', response: { 200: fiscalYearListSchema, 401: errorResponseSchema } },
    },
    async () => ({ items: await listFiscalYears(deps) }),
  );

  app.put(
    '/api/fiscal-years/:year',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['年度'],
        summary: '新增年度或开启/关闭年度（管理员）',
        params: fiscalYearParamsSchema,
        body: saveFiscalYearBodySchema,
        response: { 200: fiscalYearSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => saveFiscalYear(deps, { year: request.params.year, isOpen: request.body.isOpen }),
  );

  app.put(
    '/api/fiscal-years/:year/deadlines',
    {
      onRequest: requireRole('admin', 'finance-reviewer'),
      schema: {
        tags: ['年度'],
        summary: '设置年度的截止日期（财政部门、管理员）',
        params: fiscalYearParamsSchema,
        body: saveFiscalYearDeadlinesBodySchema,
        response: { 200: fiscalYearSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => setFiscalYearDeadlines(deps, { actor: getActor(request), year: request.params.year, deadlines: request.body.deadlines }),
  );
}
